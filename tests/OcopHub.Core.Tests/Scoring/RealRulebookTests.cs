using OcopHub.Core.Criteria;
using OcopHub.Core.Scoring;

namespace OcopHub.Core.Tests.Scoring;

/// <summary>The engine on the real rulebook data (data/reference/rulebooks/26-2026.json).</summary>
public class RealRulebookTests
{
    private static readonly Lazy<Rulebook> Real = new(Load);

    private static Rulebook Load()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "data", "reference", "rulebooks", "26-2026.json");
            if (File.Exists(path)) return RulebookJson.Parse(File.ReadAllText(path));
        }
        throw new FileNotFoundException("data/reference/rulebooks/26-2026.json not found above " + AppContext.BaseDirectory);
    }

    private static ScoreSheetAnswers Best(ScoreSheet sheet, string? member = null) => new(member, sheet.AllCriteria.ToDictionary(
        c => c.Code, c => c.Options.Where(o => !o.KnockOut).MaxBy(o => o.Points)!.Letter));

    [Fact]
    public void With_real_data_every_sheet_scores_its_maximum_and_5_stars_at_best()
    {
        var book = Real.Value;
        Assert.Equal(26, book.Sheets.Count);
        foreach (var sheet in book.Sheets)
        {
            var r = StarEngine.Evaluate(book, sheet.SetNo, [Best(sheet)]);
            Assert.True(100m == r.Average, $"set {sheet.SetNo}: best total {r.Average}");
            Assert.True(5 == r.AwardedStars, $"set {sheet.SetNo}: {r.Explanation.En}");
        }
    }

    [Fact]
    public void Evaluate_with_gap_gives_what_the_two_separate_calls_give()
    {
        var book = Real.Value;
        var sheet = book.FindSheet(8)!;
        // The lowest non-knock-out option everywhere: far from 3★, so the gap has work to do.
        var low = new ScoreSheetAnswers("a", sheet.AllCriteria.ToDictionary(c => c.Code, c => c.Options.Where(o => !o.KnockOut).MinBy(o => o.Points)!.Letter));
        var (result, gap) = GapAnalyzer.EvaluateWithGap(book, 8, [low, Best(sheet, "b")]);
        var separate = StarEngine.Evaluate(book, 8, [low, Best(sheet, "b")]);
        var separateGap = GapAnalyzer.Analyze(book, 8, [low, Best(sheet, "b")]);
        Assert.Equal((separate.Average, separate.AwardedStars, separate.Explanation), (result.Average, result.AwardedStars, result.Explanation));
        Assert.Equal((separateGap.TargetStars, separateGap.ProjectedAverage, separateGap.Upgrades.Count, separateGap.Explanation),
            (gap.TargetStars, gap.ProjectedAverage, gap.Upgrades.Count, gap.Explanation));
        Assert.NotEmpty(gap.Upgrades);
    }

    [Fact]
    public void With_real_data_knock_out_findings_and_disqualifiers_work_on_set_8()
    {
        var book = Real.Value;
        var sheet = book.FindSheet(8)!;
        var found = StarEngine.Evaluate(book, 8, [Best(sheet) with { KnockOuts = ["1.1"] }]);
        Assert.Equal(EvaluationStatus.KnockedOut, found.Status);
        Assert.Contains("nhập khẩu", Assert.Single(found.KnockOuts).Reason);
        var stopped = StarEngine.Evaluate(book, 8, [new ScoreSheetAnswers(null, new Dictionary<string, string>()) { KnockOuts = ["6.1"] }]);
        Assert.Equal("StopsEvaluation", Assert.Single(stopped.KnockOuts).Effect);
        // English titles come from the data (titleEn) into the English explanation.
        var low = StarEngine.Evaluate(book, 8, [Best(sheet).With(("9", "none"))]);
        var blocking = Assert.Single(low.Blocking);
        Assert.NotEqual(blocking.CriterionTitle, blocking.CriterionTitleEn);
        Assert.Contains(blocking.CriterionTitleEn, low.Explanation.En);
        var code = sheet.Disqualifiers[0].Code;
        Assert.Equal(EvaluationStatus.Disqualified, StarEngine.Evaluate(book, 8, [Best(sheet)], [code]).Status);
    }

    [Fact]
    public void With_real_data_lowest_options_give_a_reachable_gap()
    {
        var book = Real.Value;
        foreach (var sheet in book.Sheets)
        {
            var worst = new ScoreSheetAnswers(null, sheet.AllCriteria.ToDictionary(c => c.Code,
                c => c.AllowsNone ? ScoreSheetAnswers.None : c.Options.Where(o => !o.KnockOut).MinBy(o => o.Points)!.Letter));
            var gap = GapAnalyzer.Analyze(book, sheet.SetNo, worst);
            Assert.True(gap.Reachable, $"set {sheet.SetNo}: {gap.Explanation.En}");
            Assert.Equal(3, gap.TargetStars);
            Assert.True(gap.ProjectedAverage >= 50m, $"set {sheet.SetNo}");
        }
    }
}
