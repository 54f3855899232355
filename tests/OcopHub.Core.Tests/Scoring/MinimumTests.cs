using OcopHub.Core.Scoring;

namespace OcopHub.Core.Tests.Scoring;

/// <summary>Star minima (***, ****, *****) are cumulative and combine with the band.</summary>
public class MinimumTests
{
    // F fills the total; M carries marks for every level; N only a 4★ mark.
    internal static readonly Core.Criteria.Rulebook Book = TestRulebookBuilder.Single(s => s
        .Criterion("F", "Điểm nền", new Opt("a", 0), new Opt("b", 50), new Opt("c", 70), new Opt("d", 90), new Opt("e", 95))
        .Criterion("M", "Nhiều mức sao", new Opt("a", 0), new Opt("b", 1, 3), new Opt("c", 2, 4), new Opt("d", 3, 5))
        .Criterion("N", "Chỉ 4 sao", new Opt("a", 0), new Opt("b", 1, 4)));

    private static EvaluationResult Eval(string f, string m, string n, MinimumRule rule = MinimumRule.Majority) =>
        StarEngine.Evaluate(Book, 1, [Answers.Sheet(("F", f), ("M", m), ("N", n))], options: new EvaluationOptions { MinimumRule = rule });

    [Theory]
    [InlineData("d", "a", "b", null)] // band 5 but the 3★ minimum on M fails → not recognised
    [InlineData("d", "b", "b", 3)]    // 4★ needs M ≥ c
    [InlineData("d", "c", "a", 3)]    // 4★ also needs N
    [InlineData("d", "c", "b", 4)]    // 5★ needs M = d
    [InlineData("d", "d", "b", 5)]
    [InlineData("d", "d", "a", 3)]    // cumulative: 5★ on M is no use without the 4★ minimum on N
    [InlineData("c", "d", "b", 4)]    // band caps at 4 even with every minimum met
    [InlineData("b", "d", "b", 3)]
    [InlineData("a", "d", "b", null)] // band 1
    public void Awarded_star_is_the_highest_with_band_and_all_cumulative_minima(string f, string m, string n, int? stars)
    {
        var r = Eval(f, m, n);
        Assert.Equal(stars, r.AwardedStars);
    }

    [Fact]
    public void Minimum_checks_list_cumulative_failures_per_level()
    {
        var r = Eval("d", "a", "a");
        Assert.Equal([3, 4, 5], r.Minimums.Select(c => c.Stars));
        var three = r.MinimumsFor(3)!;
        Assert.False(three.Met);
        var m3 = Assert.Single(three.Failed);
        Assert.Equal(("M", "b", 1m, 3), (m3.CriterionCode, m3.RequiredOption, m3.RequiredPoints, m3.Stars));
        Assert.Equal(["a"], m3.Given);

        var four = r.MinimumsFor(4)!;
        Assert.Equal(["M:c:4", "N:b:4"], four.Failed.Select(f => $"{f.CriterionCode}:{f.RequiredOption}:{f.Stars}"));
        var five = r.MinimumsFor(5)!;
        Assert.Equal(["M:d:5", "N:b:4"], five.Failed.Select(f => $"{f.CriterionCode}:{f.RequiredOption}:{f.Stars}"));
    }

    [Fact]
    public void A_met_level_has_no_failures()
    {
        var r = Eval("d", "d", "b");
        Assert.All(r.Minimums, c => Assert.True(c.Met));
        Assert.All(r.Minimums, c => Assert.Empty(c.Failed));
    }

    [Fact]
    public void Reaching_a_minimum_is_judged_by_points_so_a_higher_option_meets_it()
    {
        // Printed order is not relied on: "z" is listed first but worth more than the *** option.
        var book = TestRulebookBuilder.Single(s => s
            .Criterion("F", "F", new Opt("a", 60))
            .Criterion("X", "X", new Opt("z", 5), new Opt("a", 0), new Opt("b", 2, 3)));
        Assert.Equal(3, StarEngine.Evaluate(book, 1, [Answers.Sheet(("F", "a"), ("X", "z"))]).AwardedStars);
        Assert.Null(StarEngine.Evaluate(book, 1, [Answers.Sheet(("F", "a"), ("X", "a"))]).AwardedStars);
    }

    [Fact]
    public void None_scores_zero_and_misses_a_minimum()
    {
        var r = Set8Fixture.Evaluate(Set8Fixture.Typical3Star().With(("8", "none")));
        Assert.Equal(48m, r.Average);
        Assert.Null(r.AwardedStars);
        Assert.Contains(r.MinimumsFor(3)!.Failed, f => f.CriterionCode == "8" && f.Given.SequenceEqual(["none"]));
    }

    [Fact]
    public void Set8_typical_product_is_exactly_3_stars_and_lists_its_4_star_blockers()
    {
        var r = Set8Fixture.Evaluate(Set8Fixture.Typical3Star());
        Assert.Equal(50m, r.Average);
        Assert.Equal(3, r.AwardedStars);
        Assert.Equal(EvaluationStatus.Recognised, r.Status);
        Assert.Equal(["A:24/40", "B:9/25", "C:17/35"], r.Members[0].Parts.Select(p => $"{p.Code}:{p.Points}/{p.Max}"));
        Assert.Equal(4, r.NextStars);
        Assert.Equal(20m, r.PointsShort);
        Assert.Equal(["1.5", "2.1", "2.3", "3.4", "3.5", "4.1", "5.1", "7", "9"],
            r.Blocking.Select(b => b.CriterionCode));
    }

    [Fact]
    public void Set8_best_product_is_5_stars_with_no_next_star()
    {
        var r = Set8Fixture.Evaluate(Set8Fixture.Best());
        Assert.Equal(100m, r.Average);
        Assert.Equal(["A:40/40", "B:25/25", "C:35/35"], r.Members[0].Parts.Select(p => $"{p.Code}:{p.Points}/{p.Max}"));
        Assert.Equal(5, r.AwardedStars);
        Assert.Null(r.NextStars);
        Assert.Empty(r.Blocking);
    }

    [Fact]
    public void Set8_high_score_missing_one_3_star_minimum_is_not_recognised()
    {
        // 98 points, but the trademark (3.5) is not even filed: no star at all.
        var r = Set8Fixture.Evaluate(Set8Fixture.Best().With(("3.5", "none"), ("1.2", "b")));
        Assert.Equal(96m, r.Average);
        Assert.Equal(5, r.Band);
        Assert.Null(r.AwardedStars);
        Assert.Equal(EvaluationStatus.NotRecognised, r.Status);
        Assert.Equal(3, r.NextStars);
        Assert.Equal("3.5", Assert.Single(r.Blocking).CriterionCode);
    }

    [Fact]
    public void Set8_band_5_with_a_missing_5_star_minimum_gets_4_stars()
    {
        var r = Set8Fixture.Evaluate(Set8Fixture.Best().With(("6.5", "c")));
        Assert.Equal(98m, r.Average);
        Assert.Equal(4, r.AwardedStars);
        Assert.Equal(5, r.NextStars);
        Assert.Equal(0m, r.PointsShort);
        var b = Assert.Single(r.Blocking);
        Assert.Equal(("6.5", "d", 5), (b.CriterionCode, b.RequiredOption, b.Stars));
    }
}
