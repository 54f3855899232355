using OcopHub.Core.Criteria;
using OcopHub.Core.Scoring;

namespace OcopHub.Core.Tests.Scoring;

public class GapAnalyzerTests
{
    /// <summary>Applies a plan the way the analyzer models it: members below the target option move up to it.</summary>
    internal static ScoreSheetAnswers[] Apply(Rulebook book, int setNo, IReadOnlyList<ScoreSheetAnswers> sheets, GapAnalysis gap)
    {
        var criteria = book.FindSheet(setNo)!.AllCriteria.ToDictionary(c => c.Code);
        return sheets.Select(sheet =>
        {
            var copy = new Dictionary<string, string>(sheet.Answers);
            foreach (var u in gap.Upgrades)
            {
                var current = copy.TryGetValue(u.CriterionCode, out var v) ? criteria[u.CriterionCode].FindOption(v)?.Points ?? 0m : 0m;
                if (u.ToPoints > current) copy[u.CriterionCode] = u.ToOption;
            }
            return sheet with { Answers = copy };
        }).ToArray();
    }

    [Fact]
    public void Set8_typical_3_star_to_4_stars_uses_minima_first_then_cheap_points_on_the_same_criteria()
    {
        var sheet = Set8Fixture.Typical3Star();
        var gap = GapAnalyzer.Analyze(Set8Fixture.Rulebook, 8, sheet);
        Assert.True(gap.Reachable);
        Assert.Equal((3, 4), (gap.CurrentStars, gap.TargetStars));
        Assert.Equal(70m, gap.TargetBandMinimum);
        Assert.Equal(20m, gap.PointsShort);
        Assert.Equal(["1.5:c", "2.1:c", "2.3:c", "3.4:b", "3.5:b", "4.1:c", "5.1:e", "7:c", "9:b"],
            gap.MissingMinimums.Select(m => $"{m.CriterionCode}:{m.RequiredOption}"));
        Assert.Equal(14m, gap.GainFromMinimums);
        // 6 more points exist on criteria already being changed (4.1, 7, 9 by +2; 1.5, 3.5 by +1): no extra change.
        Assert.Equal(6m, gap.GainFromUpgrades);
        Assert.Equal(70m, gap.ProjectedAverage);
        Assert.Equal(9, gap.Upgrades.Count);
        Assert.All(gap.Upgrades, u => Assert.True(u.RequiredByMinimum));
        Assert.Equal(20m, gap.Upgrades.Sum(u => u.AverageGain));

        var after = StarEngine.Evaluate(Set8Fixture.Rulebook, 8, Apply(Set8Fixture.Rulebook, 8, [sheet], gap));
        Assert.Equal(4, after.AwardedStars);
        Assert.Equal(70m, after.Average);
        foreach (var u in gap.Upgrades)
        {
            Assert.Contains($"{u.CriterionCode} ({u.CriterionTitle})", gap.Explanation.Vi);
            Assert.Contains($"{u.CriterionCode} ({u.CriterionTitle})", gap.Explanation.En);
        }
    }

    [Fact]
    public void Points_only_gap_picks_the_fewest_points_then_the_fewest_changes()
    {
        // 3 short of band 3; options: A +3 (one change) vs B +1 and C +2 (two changes) vs D +4 (over).
        var book = TestRulebookBuilder.Single(s => s
            .Criterion("F", "F", new Opt("a", 47))
            .Criterion("A", "A", new Opt("a", 0), new Opt("b", 3))
            .Criterion("B", "B", new Opt("a", 0), new Opt("b", 1))
            .Criterion("C", "C", new Opt("a", 0), new Opt("b", 2))
            .Criterion("D", "D", new Opt("a", 0), new Opt("b", 4)));
        var gap = GapAnalyzer.Analyze(book, 1, Answers.Sheet(("F", "a"), ("A", "a"), ("B", "a"), ("C", "a"), ("D", "a")));
        Assert.True(gap.Reachable);
        Assert.Equal(3, gap.TargetStars);
        Assert.Empty(gap.MissingMinimums);
        var u = Assert.Single(gap.Upgrades);
        Assert.Equal(("A", "b", 3m, false), (u.CriterionCode, u.ToOption, u.AverageGain, u.RequiredByMinimum));
        Assert.Equal(50m, gap.ProjectedAverage);
    }

    [Fact]
    public void Overshoot_is_minimised_when_the_exact_amount_is_impossible()
    {
        // 3 short; only +2 and +5 exist: +2+2 = 4 beats +5.
        var book = TestRulebookBuilder.Single(s => s
            .Criterion("F", "F", new Opt("a", 47))
            .Criterion("A", "A", new Opt("a", 0), new Opt("b", 2))
            .Criterion("B", "B", new Opt("a", 0), new Opt("b", 2))
            .Criterion("C", "C", new Opt("a", 0), new Opt("b", 5)));
        var gap = GapAnalyzer.Analyze(book, 1, Answers.Sheet(("F", "a"), ("A", "a"), ("B", "a"), ("C", "a")));
        Assert.Equal(["A", "B"], gap.Upgrades.Select(u => u.CriterionCode));
        Assert.Equal(51m, gap.ProjectedAverage);
    }

    [Fact]
    public void Council_gap_moves_only_the_members_below_the_target()
    {
        // N's 4★ minimum is met by 1 of 3: two members must move to b.
        var sheets = new[]
        {
            Answers.Sheet(("F", "c"), ("M", "c"), ("N", "a")),
            Answers.Sheet(("F", "c"), ("M", "c"), ("N", "a")),
            Answers.Sheet(("F", "c"), ("M", "c"), ("N", "b")),
        };
        var gap = GapAnalyzer.Analyze(MinimumTests.Book, 1, sheets);
        Assert.Equal((3, 4), (gap.CurrentStars, gap.TargetStars));
        var u = Assert.Single(gap.Upgrades);
        Assert.Equal(("N", "b", true), (u.CriterionCode, u.ToOption, u.RequiredByMinimum));
        Assert.Equal(["a", "a", "b"], u.FromOptions);
        Assert.Equal(2m / 3, u.AverageGain);
        Assert.Equal(4, StarEngine.Evaluate(MinimumTests.Book, 1, Apply(MinimumTests.Book, 1, sheets, gap)).AwardedStars);
    }

    [Fact]
    public void Under_majority_a_minimum_already_met_by_most_members_is_not_forced()
    {
        var sheets = new[]
        {
            Answers.Sheet(("F", "c"), ("M", "c"), ("N", "b")),
            Answers.Sheet(("F", "c"), ("M", "c"), ("N", "b")),
            Answers.Sheet(("F", "c"), ("M", "c"), ("N", "a")),
        };
        var majority = GapAnalyzer.Analyze(MinimumTests.Book, 1, sheets);
        Assert.Equal(4, majority.CurrentStars);
        var unanimous = GapAnalyzer.Analyze(MinimumTests.Book, 1, sheets, options: new EvaluationOptions { MinimumRule = MinimumRule.Unanimous });
        Assert.Equal(3, unanimous.CurrentStars);
        Assert.Equal("N", Assert.Single(unanimous.MissingMinimums).CriterionCode);
    }

    [Fact]
    public void Top_star_has_no_next_star()
    {
        var gap = GapAnalyzer.Analyze(Set8Fixture.Rulebook, 8, Set8Fixture.Best());
        Assert.False(gap.Reachable);
        Assert.Null(gap.TargetStars);
        Assert.Equal(5, gap.CurrentStars);
        Assert.Contains("cao nhất", gap.Explanation.Vi);
        Assert.Contains("highest", gap.Explanation.En);
        Assert.Empty(gap.Upgrades);
    }

    [Fact]
    public void Knocked_out_or_disqualified_is_unreachable()
    {
        var ko = GapAnalyzer.Analyze(Set8Fixture.Rulebook, 8, Set8Fixture.Typical3Star().With(("1.1", "d")));
        Assert.False(ko.Reachable);
        Assert.Contains("1.1", ko.Explanation.Vi);
        var dq = GapAnalyzer.Analyze(Set8Fixture.Rulebook, 8, [Set8Fixture.Typical3Star()], [Set8Fixture.Forged]);
        Assert.False(dq.Reachable);
        Assert.Contains("Giả mạo", dq.Explanation.Vi);
        Assert.Contains("Dossier rejected", dq.Explanation.En);
    }

    [Fact]
    public void A_band_beyond_the_sheet_maximum_is_unreachable()
    {
        var book = TestRulebookBuilder.Single(s => s
            .Criterion("F", "F", new Opt("a", 70), new Opt("b", 80))
            .Criterion("G", "G", new Opt("a", 0), new Opt("b", 5, 4)));
        var gap = GapAnalyzer.Analyze(book, 1, Answers.Sheet(("F", "a"), ("G", "b")));
        Assert.Equal((4, 5), (gap.CurrentStars, gap.TargetStars));
        Assert.False(gap.Reachable);
        Assert.Contains("unreachable", gap.Explanation.En);
        Assert.Contains("Không thể đạt 5 sao", gap.Explanation.Vi);
        Assert.Equal(15m, gap.PointsShort);
    }

    [Fact]
    public void Not_recognised_product_targets_3_stars_and_none_can_be_upgraded()
    {
        var sheet = Set8Fixture.Typical3Star().With(("8", "none"));
        var gap = GapAnalyzer.Analyze(Set8Fixture.Rulebook, 8, sheet);
        Assert.Equal((null, 3), (gap.CurrentStars, gap.TargetStars));
        var u = Assert.Single(gap.Upgrades);
        Assert.Equal(("8", "a", true), (u.CriterionCode, u.ToOption, u.RequiredByMinimum));
        Assert.Equal(["none"], u.FromOptions);
        Assert.Equal(50m, gap.ProjectedAverage);
    }

    [Fact]
    public void Knock_out_options_are_never_suggested()
    {
        // The only way up on K is the knock-out option, worth the most: it must be skipped.
        var book = TestRulebookBuilder.Single(s => s
            .Criterion("F", "F", new Opt("a", 45))
            .Criterion("K", "K", new Opt("a", 0), new Opt("z", 10, KnockOut: "bị loại"))
            .Criterion("B", "B", new Opt("a", 0), new Opt("b", 6)));
        var gap = GapAnalyzer.Analyze(book, 1, Answers.Sheet(("F", "a"), ("K", "a"), ("B", "a")));
        Assert.Equal("B", Assert.Single(gap.Upgrades).CriterionCode);
    }
}
