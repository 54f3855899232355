using OcopHub.Core.Scoring;

namespace OcopHub.Core.Tests.Scoring;

/// <summary>The bilingual explanation names every criterion that held the product below the next star.</summary>
public class ExplanationTests
{
    [Fact]
    public void Names_every_blocking_criterion_in_both_languages()
    {
        var r = Set8Fixture.Evaluate(Set8Fixture.Typical3Star());
        Assert.NotEmpty(r.Blocking);
        foreach (var b in r.Blocking)
        {
            Assert.Contains($"tiêu chí {b.CriterionCode} ({b.CriterionTitle})", r.Explanation.Vi);
            Assert.Contains($"criterion {b.CriterionCode} ({b.CriterionTitleEn})", r.Explanation.En);
        }
        Assert.Contains("Đạt 3 sao", r.Explanation.Vi);
        Assert.Contains("Awarded 3 stars", r.Explanation.En);
        Assert.Contains("Chưa đạt 4 sao", r.Explanation.Vi);
        Assert.Contains("thiếu 20 điểm", r.Explanation.Vi);
        Assert.Contains("the average being 20 points short of the 4-star band", r.Explanation.En);
        Assert.Contains("(1 score sheet)", r.Explanation.En);
        // A criterion that meets its 4★ minimum (6.1) is not blamed.
        Assert.DoesNotContain("6.1", r.Explanation.Vi);
    }

    [Fact]
    public void Shows_the_required_option_and_what_was_given()
    {
        var r = Set8Fixture.Evaluate(Set8Fixture.Best().With(("6.5", "c")), Set8Fixture.Best().With(("6.5", "c")), Set8Fixture.Best());
        Assert.Equal(4, r.AwardedStars);
        Assert.Contains("6.5 (Vị)", r.Explanation.Vi);
        Assert.Contains("cần phương án d (4 điểm)", r.Explanation.Vi);
        Assert.Contains("đã chấm c, c, d", r.Explanation.Vi);
        Assert.Contains("needs option d (4 points) or better, scored c, c, d", r.Explanation.En);
    }

    [Fact]
    public void Vietnamese_numbers_use_a_decimal_comma()
    {
        var book = TestRulebookBuilder.Single(s => s.Criterion("P", "P", new Opt("a", 69.5m), new Opt("b", 70)));
        var r = StarEngine.Evaluate(book, 1, [Answers.Sheet(("P", "a")), Answers.Sheet(("P", "a")), Answers.Sheet(("P", "b"))]);
        Assert.Contains("69,67", r.Explanation.Vi);
        Assert.Contains("69.67", r.Explanation.En);
        Assert.Contains("thiếu 0,34 điểm", r.Explanation.Vi); // 0.333… rounded up: adding it must reach 70
        Assert.Equal(0.34m, r.PointsShort);
    }

    [Fact]
    public void Not_recognised_below_3_stars_says_so()
    {
        var r = Set8Fixture.Evaluate(Set8Fixture.Typical3Star().With(("1.2", "a"), ("9", "none")));
        Assert.Null(r.AwardedStars);
        Assert.Contains("Chưa đạt hạng OCOP", r.Explanation.Vi);
        Assert.Contains("Not recognised", r.Explanation.En);
        Assert.Contains("tiêu chí 9 (", r.Explanation.Vi);
        Assert.Contains("3-star band", r.Explanation.En);
    }

    [Fact]
    public void Top_star_says_it_is_the_highest()
    {
        var r = Set8Fixture.Evaluate(Set8Fixture.Best());
        Assert.Contains("cao nhất", r.Explanation.Vi);
        Assert.Contains("highest", r.Explanation.En);
    }

    [Fact]
    public void An_empty_box_reads_as_such_in_Vietnamese()
    {
        var r = Set8Fixture.Evaluate(Set8Fixture.Typical3Star().With(("9", "none")));
        Assert.Contains("tiêu chí 9 (Đảm bảo chất lượng sản phẩm) chưa đạt yêu cầu tối thiểu 3 sao: cần phương án a (1 điểm) trở lên, đã chấm không chọn ô nào", r.Explanation.Vi);
        Assert.Contains("needs option a (1 point) or better, scored none", r.Explanation.En);
    }
}
