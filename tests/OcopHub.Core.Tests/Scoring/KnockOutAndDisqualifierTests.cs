using OcopHub.Core.Scoring;

namespace OcopHub.Core.Tests.Scoring;

/// <summary>Knock-outs inside criteria and dossier-level disqualifiers ("Hồ sơ bị loại khi").</summary>
public class KnockOutAndDisqualifierTests
{
    [Theory]
    [InlineData("1.1", "nhập khẩu")]
    [InlineData("2.1", "Giống hệt")]
    [InlineData("6.1", "tạp chất")]
    public void Each_knock_out_option_eliminates_the_product(string code, string reasonFragment)
    {
        var r = Set8Fixture.Evaluate(Set8Fixture.Best("tv1"), Set8Fixture.Best("tv2").With((code, "d")));
        Assert.Equal(EvaluationStatus.KnockedOut, r.Status);
        Assert.Null(r.AwardedStars);
        Assert.Null(r.NextStars);
        var hit = Assert.Single(r.KnockOuts);
        Assert.Equal((code, "d", 1, "tv2"), (hit.CriterionCode, hit.Option, hit.MemberIndex, hit.MemberId));
        Assert.Contains(reasonFragment, hit.Reason);
        Assert.Contains(code, r.Explanation.Vi);
        Assert.Contains(code, r.Explanation.En);
        Assert.Contains(reasonFragment, r.Explanation.Vi);
        Assert.Contains("not ranked", r.Explanation.En);
        // Scores are still reported for the record.
        Assert.Equal(5, r.Band);
    }

    [Fact]
    public void Every_knock_out_is_listed()
    {
        var r = Set8Fixture.Evaluate(Set8Fixture.Best().With(("1.1", "d"), ("6.1", "d")), Set8Fixture.Best().With(("2.1", "d")));
        Assert.Equal(["1.1#0", "6.1#0", "2.1#1"], r.KnockOuts.Select(k => $"{k.CriterionCode}#{k.MemberIndex}"));
    }

    [Fact]
    public void After_a_knock_out_the_rest_of_that_sheet_may_stay_blank()
    {
        // 6.1: "không đánh giá các bước tiếp theo": the member stops scoring.
        var stopped = Set8Fixture.Best().With(("6.1", "d")).Without("6.2", "6.3", "6.4", "6.5", "7", "8", "9", "10", "11");
        var r = Set8Fixture.Evaluate(stopped);
        Assert.Equal(EvaluationStatus.KnockedOut, r.Status);
        Assert.Equal(["6.2", "6.3", "6.4", "6.5", "7", "8", "9", "10", "11"], r.Members[0].Unanswered);
        Assert.Equal(65m, r.Members[0].Total);
        Assert.Equal(["A:40/40", "B:25/25", "C:0/35"], r.Members[0].Parts.Select(p => $"{p.Code}:{p.Points}/{p.Max}"));
    }

    [Fact]
    public void Blanks_on_a_sheet_without_knock_out_are_still_errors_even_if_another_member_knocked_out()
    {
        var ex = Assert.Throws<ScoringException>(() =>
            Set8Fixture.Evaluate(Set8Fixture.Best().With(("6.1", "d")), Set8Fixture.Best().Without("7")));
        var p = Assert.Single(ex.Problems);
        Assert.Equal((ScoringError.MissingAnswer, "7", 1), (p.Error, p.CriterionCode, p.MemberIndex));
    }

    [Theory]
    [InlineData(Set8Fixture.Forged, "Giả mạo hồ sơ")]
    [InlineData(Set8Fixture.FoodSafety, "an toàn thực phẩm")]
    [InlineData(Set8Fixture.Registration, "Hồ sơ đăng ký")]
    public void Each_dossier_disqualifier_rejects_the_product(string code, string text)
    {
        var r = StarEngine.Evaluate(Set8Fixture.Rulebook, 8, [Set8Fixture.Best()], [code]);
        Assert.Equal(EvaluationStatus.Disqualified, r.Status);
        Assert.Null(r.AwardedStars);
        Assert.Null(r.NextStars);
        var hit = Assert.Single(r.Disqualifications);
        Assert.Equal(code, hit.Code);
        Assert.Contains(text, hit.Text);
        Assert.Contains(text, r.Explanation.Vi);
        Assert.StartsWith("Hồ sơ bị loại", r.Explanation.Vi);
        Assert.StartsWith("Dossier rejected", r.Explanation.En);
    }

    [Fact]
    public void Disqualification_takes_precedence_over_knock_out_and_both_are_reported()
    {
        var r = StarEngine.Evaluate(Set8Fixture.Rulebook, 8, [Set8Fixture.Best().With(("1.1", "d"))],
            [Set8Fixture.Forged, Set8Fixture.FoodSafety, Set8Fixture.Forged]);
        Assert.Equal(EvaluationStatus.Disqualified, r.Status);
        Assert.Equal([Set8Fixture.Forged, Set8Fixture.FoodSafety], r.Disqualifications.Select(d => d.Code));
        Assert.Single(r.KnockOuts);
    }

    [Fact]
    public void Disqualifier_codes_are_case_insensitive()
    {
        var r = StarEngine.Evaluate(Set8Fixture.Rulebook, 8, [Set8Fixture.Best()], ["ATTP"]);
        Assert.Equal(Set8Fixture.FoodSafety, Assert.Single(r.Disqualifications).Code);
    }

    [Fact]
    public void No_disqualifiers_and_no_knock_out_is_ranked()
    {
        var r = StarEngine.Evaluate(Set8Fixture.Rulebook, 8, [Set8Fixture.Best()], []);
        Assert.Equal(EvaluationStatus.Recognised, r.Status);
        Assert.Empty(r.Disqualifications);
        Assert.Empty(r.KnockOuts);
    }

    [Fact]
    public void A_recorded_knock_out_finding_eliminates_the_product()
    {
        // 1.1 "all raw material imported" is a note beside the options, recorded as a finding, not a tick.
        var finding = Set8Fixture.Best("tv2").Without("1.1") with { KnockOuts = ["1.1"] };
        var r = Set8Fixture.Evaluate(Set8Fixture.Best("tv1"), finding);
        Assert.Equal(EvaluationStatus.KnockedOut, r.Status);
        Assert.Null(r.AwardedStars);
        var hit = Assert.Single(r.KnockOuts);
        Assert.Equal(("1.1", null, "Eliminated", 1, "tv2"), (hit.CriterionCode, hit.Option, hit.Effect, hit.MemberIndex, hit.MemberId));
        Assert.Contains("nhập khẩu", hit.Reason);
        Assert.Contains("nhập khẩu", r.Explanation.Vi);
        Assert.Equal(["1.1"], r.Members[1].Unanswered);
    }

    [Fact]
    public void A_finding_lets_the_rest_of_that_sheet_stay_blank()
    {
        var stopped = new ScoreSheetAnswers("tv1", new Dictionary<string, string> { ["1.1"] = "c" }) { KnockOuts = ["6.1"] };
        var r = Set8Fixture.Evaluate(stopped);
        Assert.Equal(EvaluationStatus.KnockedOut, r.Status);
        Assert.Equal(3m, r.Members[0].Total);
        Assert.Equal(31, r.Members[0].Unanswered.Count);
    }

    [Fact]
    public void A_finding_on_a_criterion_without_a_knock_out_is_an_error()
    {
        var ex = Assert.Throws<ScoringException>(() => Set8Fixture.Evaluate(Set8Fixture.Best() with { KnockOuts = ["4.2", "99"] }));
        Assert.Equal(["NoKnockOut:4.2", "UnknownCriterion:99"], ex.Problems.Select(p => $"{p.Error}:{p.CriterionCode}"));
        Assert.Contains("4.2", ex.Problems[0].MessageVi);
    }

    [Fact]
    public void A_null_answer_after_a_knock_out_is_a_blank_not_an_unknown_code()
    {
        var sheet = new ScoreSheetAnswers(null, new Dictionary<string, string>(Set8Fixture.Best().With(("1.1", "d")).Answers) { ["7"] = null! });
        var r = Set8Fixture.Evaluate(sheet);
        Assert.Equal(EvaluationStatus.KnockedOut, r.Status);
        Assert.Equal(["7"], r.Members[0].Unanswered);
    }
}
