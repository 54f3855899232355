using OcopHub.Core.Scoring;

namespace OcopHub.Core.Tests.Scoring;

/// <summary>Bands over the average (26/2026 Art. 3.3), on a one-criterion sheet whose options are exact totals.</summary>
public class BandTests
{
    private static readonly decimal[] Values = [0m, 10m, 29.99m, 30m, 49.99m, 50m, 69.99m, 70m, 89.99m, 90m, 100m];

    // Option letters are the totals themselves ("69.99"), so a test reads as the number it scores. No star marks:
    // with no minima, the awarded star is decided by the band alone.
    private static readonly Core.Criteria.Rulebook Book = TestRulebookBuilder.Single(s =>
        s.Criterion("P", "Tổng điểm", Values.Select(v => new Opt(v.ToString(System.Globalization.CultureInfo.InvariantCulture), v)).ToArray()));

    private static EvaluationResult Eval(params string[] totals) =>
        StarEngine.Evaluate(Book, 1, totals.Select(t => Answers.Sheet(("P", t))).ToArray());

    [Theory]
    [InlineData("0", 1, null)]
    [InlineData("10", 1, null)]
    [InlineData("29.99", 1, null)]
    [InlineData("30", 2, null)]
    [InlineData("49.99", 2, null)]
    [InlineData("50", 3, 3)]
    [InlineData("69.99", 3, 3)]
    [InlineData("70", 4, 4)]
    [InlineData("89.99", 4, 4)]
    [InlineData("90", 5, 5)]
    [InlineData("100", 5, 5)]
    public void Band_boundaries_follow_the_decision(string total, int band, int? stars)
    {
        var r = Eval(total);
        Assert.Equal(decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture), r.Average);
        Assert.Equal(band, r.Band);
        Assert.Equal(stars, r.AwardedStars);
        Assert.Equal(stars is null ? EvaluationStatus.NotRecognised : EvaluationStatus.Recognised, r.Status);
    }

    [Fact]
    public void Band_uses_the_exact_average_not_the_rounded_one()
    {
        // (69.99 + 70) / 2 = 69.995: displayed 70.00 (half away from zero) but still the 3-star band.
        var r = Eval("69.99", "70");
        Assert.Equal(69.995m, r.Average);
        Assert.Equal(70.00m, r.AverageRounded);
        Assert.Equal(3, r.Band);
        Assert.Equal(3, r.AwardedStars);
    }

    [Fact]
    public void Average_of_three_is_exact_enough_for_banding_at_a_repeating_decimal()
    {
        // (70 + 70 + 69.99) / 3 = 69.9966…: the sum 209.99 < 210 keeps band 3 whatever the division does.
        var r = Eval("70", "70", "69.99");
        Assert.Equal(3, r.Band);
        Assert.Equal(70.00m, r.AverageRounded);
        // And (90 + 90 + 90) / 3 lands exactly on the 5-star minimum.
        Assert.Equal(5, Eval("90", "90", "90").Band);
    }

    [Fact]
    public void Rounding_is_half_away_from_zero()
    {
        var r = Eval("49.99", "50", "50", "50"); // 49.9975 → 50.00
        Assert.Equal(50.00m, r.AverageRounded);
        Assert.Equal(2, r.Band);
        Assert.Null(r.AwardedStars);
    }

    [Fact]
    public void Band_and_stars_come_from_custom_band_tables()
    {
        var book = new TestRulebookBuilder("custom").Bands(
        [
            new(1, 0m, 40m, ""), new(2, 40m, 60m, ""), new(3, 60m, 80m, ""), new(4, 80m, 95m, ""), new(5, 95m, null, ""),
        ]).Sheet(1, s => s.Criterion("P", "P", new Opt("a", 59), new Opt("b", 60), new Opt("c", 94), new Opt("d", 95))).Build();
        Assert.Null(StarEngine.Evaluate(book, 1, [Answers.Sheet(("P", "a"))]).AwardedStars);
        Assert.Equal(3, StarEngine.Evaluate(book, 1, [Answers.Sheet(("P", "b"))]).AwardedStars);
        Assert.Equal(4, StarEngine.Evaluate(book, 1, [Answers.Sheet(("P", "c"))]).AwardedStars);
        Assert.Equal(5, StarEngine.Evaluate(book, 1, [Answers.Sheet(("P", "d"))]).AwardedStars);
    }

    [Fact]
    public void A_perfect_score_stays_in_the_top_band_when_data_closes_it_at_100()
    {
        var book = new TestRulebookBuilder("closed").Bands(
        [
            new(1, 0m, 30m, ""), new(2, 30m, 50m, ""), new(3, 50m, 70m, ""), new(4, 70m, 90m, ""), new(5, 90m, 100m, ""),
        ]).Sheet(1, s => s.Criterion("P", "P", new Opt("a", 100))).Build();
        Assert.Equal(5, StarEngine.Evaluate(book, 1, [Answers.Sheet(("P", "a"))]).Band);
    }
}
