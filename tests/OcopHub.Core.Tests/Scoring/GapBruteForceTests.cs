using OcopHub.Core.Criteria;
using OcopHub.Core.Scoring;

namespace OcopHub.Core.Tests.Scoring;

/// <summary>
/// Gap-analysis optimality against brute force on small random sheets: every product-level plan (for each
/// criterion keep, or raise members below an option to it) is evaluated by the engine itself, and the cheapest
/// plan reaching the next star — fewest added points, then fewest changed criteria — must cost the same as the
/// analyzer's.
/// </summary>
public class GapBruteForceTests
{
    [Theory]
    [InlineData(1, MinimumRule.Majority)]
    [InlineData(2, MinimumRule.Majority)]
    [InlineData(3, MinimumRule.Unanimous)]
    [InlineData(4, MinimumRule.Majority)]
    [InlineData(5, MinimumRule.Unanimous)]
    public void Analyzer_matches_brute_force_on_random_small_sheets(int seed, MinimumRule rule)
    {
        var random = new Random(seed);
        var options = new EvaluationOptions { MinimumRule = rule };
        int checkedCases = 0, reachable = 0, unreachable = 0;
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var book = RandomBook(random, attempt);
            var sheet = book.Sheets[0];
            var criteria = sheet.AllCriteria.ToArray();
            var members = random.Next(1, 4);
            var sheets = Enumerable.Range(0, members).Select(_ => new ScoreSheetAnswers(null, criteria.ToDictionary(
                c => c.Code, c => RandomAnswer(random, c)))).ToArray();

            var result = StarEngine.Evaluate(book, 1, sheets, options: options);
            if (result.Status is EvaluationStatus.KnockedOut || result.NextStars is not { } target) continue;
            var gap = GapAnalyzer.Analyze(book, 1, sheets, options: options);
            var best = BruteForce(book, criteria, sheets, target, options);
            checkedCases++;

            Assert.Equal(target, gap.TargetStars);
            if (best is null)
            {
                unreachable++;
                Assert.False(gap.Reachable, $"case {attempt}: brute force finds no plan, analyzer claims one");
                continue;
            }
            reachable++;
            Assert.True(gap.Reachable, $"case {attempt}: brute force reaches {target}★ with {best}, analyzer says unreachable");
            var added = Math.Round((gap.GainFromMinimums + gap.GainFromUpgrades) * members, 6);
            Assert.Equal((best.Value.Added, best.Value.Changes), (added, gap.Upgrades.Count));
            Assert.Equal(added, Math.Round(gap.Upgrades.Sum(u => u.AverageGain) * members, 6));

            var after = StarEngine.Evaluate(book, 1, GapAnalyzerTests.Apply(book, 1, sheets, gap), options: options);
            Assert.True(after.AwardedStars >= target, $"case {attempt}: applying the plan gives {after.AwardedStars}");
        }
        // The generator must exercise both outcomes, or the test proves little.
        Assert.True(checkedCases > 100, $"only {checkedCases} cases");
        Assert.True(reachable > 50, $"only {reachable} reachable");
        Assert.True(unreachable > 10, $"only {unreachable} unreachable");
    }

    private static Rulebook RandomBook(Random random, int n) => TestRulebookBuilder.Single(s =>
    {
        var count = random.Next(2, 6);
        for (var c = 0; c < count; c++)
        {
            var opts = new List<Opt>();
            var optionCount = random.Next(2, 5);
            for (var o = 0; o < optionCount; o++)
            {
                // Points in no particular order, duplicates allowed; marks and knock-outs now and then.
                int? mark = random.Next(4) == 0 ? random.Next(3, 6) : null;
                var ko = o > 0 && random.Next(12) == 0 ? "bị loại" : null;
                opts.Add(new Opt(((char)('a' + o)).ToString(), random.Next(0, 31), ko is null ? mark : null, ko));
            }
            if (random.Next(3) == 0) s.CriterionNone($"{c + 1}", $"Tiêu chí {c + 1}", opts.ToArray());
            else s.Criterion($"{c + 1}", $"Tiêu chí {c + 1}", opts.ToArray());
        }
    }, $"random-{n}");

    private static string RandomAnswer(Random random, Criterion c)
    {
        var choices = c.Options.Where(o => !o.KnockOut || random.Next(4) == 0).Select(o => o.Letter).ToList();
        if (c.AllowsNone) choices.Add(ScoreSheetAnswers.None);
        return choices[random.Next(choices.Count)];
    }

    private static (decimal Added, int Changes)? BruteForce(Rulebook book, Criterion[] criteria, ScoreSheetAnswers[] sheets, int target, EvaluationOptions options)
    {
        static decimal Points(Criterion c, string answer) => c.FindOption(answer)?.Points ?? 0m;
        (decimal, int)? best = null;
        var plan = new int[criteria.Length]; // -1 keep, else option index
        Array.Fill(plan, -1);
        while (true)
        {
            var changed = sheets.Select(s => new Dictionary<string, string>(s.Answers)).ToArray();
            decimal added = 0;
            var changes = 0;
            for (var c = 0; c < criteria.Length; c++)
            {
                if (plan[c] < 0) continue;
                var to = criteria[c].Options[plan[c]];
                var any = false;
                foreach (var answers in changed)
                {
                    var current = Points(criteria[c], answers[criteria[c].Code]);
                    if (to.Points <= current) continue;
                    added += to.Points - current;
                    answers[criteria[c].Code] = to.Letter;
                    any = true;
                }
                if (any) changes++;
            }
            var r = StarEngine.Evaluate(book, 1, changed.Select(a => new ScoreSheetAnswers(null, a)).ToArray(), options: options);
            if (r.AwardedStars >= target && (best is null || (added, changes).CompareTo(best.Value) < 0)) best = (added, changes);

            var i = 0; // next plan, odometer style
            while (i < plan.Length && ++plan[i] == criteria[i].Options.Count) plan[i++] = -1;
            if (i == plan.Length) return best;
        }
    }
}
