using OcopHub.Core.Scoring;

namespace OcopHub.Core.Tests.Scoring;

/// <summary>Bad input is an error naming what is wrong, never a silent zero.</summary>
public class ErrorTests
{
    private static ScoringProblem Single(Action act) => Assert.Single(Assert.Throws<ScoringException>(act).Problems);

    [Fact]
    public void Missing_answer_names_the_criterion()
    {
        var p = Single(() => Set8Fixture.Evaluate(Set8Fixture.Best().Without("4.2")));
        Assert.Equal((ScoringError.MissingAnswer, "4.2", 0), (p.Error, p.CriterionCode, p.MemberIndex));
        Assert.Contains("4.2", p.MessageVi);
        Assert.Contains("4.2", p.MessageEn);
        Assert.Contains("Tổ chức phân phối", p.MessageVi);
    }

    [Fact]
    public void A_null_answer_counts_as_missing()
    {
        var sheet = new ScoreSheetAnswers(null, new Dictionary<string, string>(Set8Fixture.Best().Answers) { ["10"] = null! });
        var p = Single(() => Set8Fixture.Evaluate(sheet));
        Assert.Equal(("10", ScoringError.MissingAnswer), (p.CriterionCode, p.Error));
    }

    [Fact]
    public void Unknown_criterion_code_is_named()
    {
        var p = Single(() => Set8Fixture.Evaluate(Set8Fixture.Best().With(("12.1", "a"))));
        Assert.Equal((ScoringError.UnknownCriterion, "12.1", "12.1"), (p.Error, p.CriterionCode, p.Value));
        Assert.Contains("12.1", p.MessageVi);
        Assert.Contains("12.1", p.MessageEn);
    }

    [Fact]
    public void Criterion_codes_are_exact()
    {
        // "1.10" is not "1.1": both an unknown code and a missing answer.
        var ex = Assert.Throws<ScoringException>(() => Set8Fixture.Evaluate(Set8Fixture.Best().Without("1.1").With(("1.10", "a"))));
        Assert.Equal(["MissingAnswer:1.1", "UnknownCriterion:1.10"], ex.Problems.Select(p => $"{p.Error}:{p.CriterionCode}"));
    }

    [Fact]
    public void Unknown_option_letter_is_named_with_the_valid_ones()
    {
        var p = Single(() => Set8Fixture.Evaluate(Set8Fixture.Best().With(("2.2", "e"))));
        Assert.Equal((ScoringError.UnknownOption, "2.2", "e"), (p.Error, p.CriterionCode, p.Value));
        Assert.Contains("\"e\"", p.MessageEn);
        Assert.Contains("a, b, c, d", p.MessageEn);
        Assert.Contains("a, b, c, d", p.MessageVi);
    }

    [Fact]
    public void Yes_no_criteria_take_yes_or_no_only()
    {
        Assert.Equal(99m, Set8Fixture.Evaluate(Set8Fixture.Best().With(("2.4", "no"))).Average);
        Assert.Equal(100m, Set8Fixture.Evaluate(Set8Fixture.Best().With(("2.4", "YES"))).Average);
        var p = Single(() => Set8Fixture.Evaluate(Set8Fixture.Best().With(("2.4", "a"))));
        Assert.Equal((ScoringError.UnknownOption, "2.4"), (p.Error, p.CriterionCode));
    }

    [Fact]
    public void Option_letters_are_case_insensitive()
    {
        Assert.Equal(100m, Set8Fixture.Evaluate(Set8Fixture.Best().With(("4.3", "E"))).Average);
    }

    [Fact]
    public void None_where_not_allowed_is_an_error()
    {
        var p = Single(() => Set8Fixture.Evaluate(Set8Fixture.Best().With(("1.2", "none"))));
        Assert.Equal((ScoringError.NoneNotAllowed, "1.2", "none"), (p.Error, p.CriterionCode, p.Value));
        Assert.Contains("1.2", p.MessageVi);
        Assert.Contains("none", p.MessageEn);
    }

    [Fact]
    public void None_where_allowed_scores_zero()
    {
        var r = Set8Fixture.Evaluate(Set8Fixture.Best().With(("3.3", "NONE")));
        Assert.Equal(97m, r.Average);
    }

    [Fact]
    public void No_sheets_is_an_error()
    {
        Assert.Equal(ScoringError.NoSheets, Single(() => Set8Fixture.Evaluate()).Error);
    }

    [Fact]
    public void Unknown_set_is_an_error()
    {
        var p = Single(() => StarEngine.Evaluate(Set8Fixture.Rulebook, 9, [Set8Fixture.Best()]));
        Assert.Equal((ScoringError.UnknownSet, "9"), (p.Error, p.Value));
        Assert.Contains("26-2026-test", p.MessageEn);
    }

    [Fact]
    public void Unknown_disqualifier_is_an_error()
    {
        var p = Single(() => StarEngine.Evaluate(Set8Fixture.Rulebook, 8, [Set8Fixture.Best()], ["fake"]));
        Assert.Equal((ScoringError.UnknownDisqualifier, "fake"), (p.Error, p.Value));
        Assert.Contains(Set8Fixture.Forged, p.MessageEn);
    }

    [Fact]
    public void Every_problem_in_every_sheet_is_reported_in_order()
    {
        var ex = Assert.Throws<ScoringException>(() => StarEngine.Evaluate(Set8Fixture.Rulebook, 8,
        [
            Set8Fixture.Best("an"),
            Set8Fixture.Best("binh").Without("1.3").With(("2.2", "x"), ("1.2", "none"), ("99", "a")),
            Set8Fixture.Best("chi").Without("11"),
        ], ["nope"]));
        Assert.Equal(
            ["NoneNotAllowed:1.2#1", "MissingAnswer:1.3#1", "UnknownOption:2.2#1", "UnknownCriterion:99#1", "MissingAnswer:11#2", "UnknownDisqualifier:#"],
            ex.Problems.Select(p => $"{p.Error}:{p.CriterionCode}#{p.MemberIndex}"));
        Assert.Equal("binh", ex.Problems[0].MemberId);
        // The exception itself reads as the first problem, for a one-line log.
        Assert.Equal(ScoringError.NoneNotAllowed, ex.Error);
        Assert.Equal("1.2", ex.CriterionCode);
        Assert.Equal(ex.Problems[0].MessageEn, ex.Message);
        Assert.Equal(ex.Problems[0].MessageVi, ex.MessageVi);
    }

    [Fact]
    public void Validate_returns_the_problems_without_throwing()
    {
        Assert.Empty(StarEngine.Validate(Set8Fixture.Rulebook, 8, [Set8Fixture.Best()]));
        var problems = StarEngine.Validate(Set8Fixture.Rulebook, 8, [Set8Fixture.Best().Without("7")]);
        Assert.Equal("7", Assert.Single(problems).CriterionCode);
        Assert.Equal(ScoringError.UnknownSet, Assert.Single(StarEngine.Validate(Set8Fixture.Rulebook, 3, [Set8Fixture.Best()])).Error);
    }

    [Fact]
    public void A_sheet_with_duplicate_criterion_codes_is_an_invalid_rulebook()
    {
        var book = TestRulebookBuilder.Single(s => s.Criterion("1.1", "x", new Opt("a", 1)).Criterion("1.1", "y", new Opt("a", 1)));
        var p = Single(() => StarEngine.Evaluate(book, 1, [Answers.Sheet(("1.1", "a"))]));
        Assert.Equal((ScoringError.InvalidRulebook, "1.1"), (p.Error, p.CriterionCode));
    }

    [Fact]
    public void An_option_lettered_none_is_an_invalid_rulebook()
    {
        var book = TestRulebookBuilder.Single(s => s.Criterion("1.1", "x", new Opt("none", 1)));
        Assert.Equal(ScoringError.InvalidRulebook, Single(() => StarEngine.Evaluate(book, 1, [Answers.Sheet(("1.1", "none"))])).Error);
    }

    [Fact]
    public void A_rulebook_without_bands_is_invalid()
    {
        var book = new TestRulebookBuilder().Bands([]).Sheet(1, s => s.Criterion("1.1", "x", new Opt("a", 1))).Build();
        Assert.Equal(ScoringError.InvalidRulebook, Single(() => StarEngine.Evaluate(book, 1, [Answers.Sheet(("1.1", "a"))])).Error);
    }

    [Fact]
    public void Points_with_more_than_four_decimals_are_an_invalid_rulebook()
    {
        var book = TestRulebookBuilder.Single(s => s.Criterion("1.1", "x", new Opt("a", 0.00001m)));
        Assert.Equal(ScoringError.InvalidRulebook, Single(() => StarEngine.Evaluate(book, 1, [Answers.Sheet(("1.1", "a"))])).Error);
    }

    [Fact]
    public void Decimal_points_are_scored_exactly()
    {
        var book = TestRulebookBuilder.Single(s => s
            .Criterion("1.1", "x", new Opt("a", 0.25m), new Opt("b", 49.9999m))
            .Criterion("1.2", "y", new Opt("a", 0.0001m)));
        var r = StarEngine.Evaluate(book, 1, [Answers.Sheet(("1.1", "b"), ("1.2", "a"))]);
        Assert.Equal(50m, r.Average); // 49.9999 + 0.0001: exactly the 3★ bound
        Assert.Equal(3, r.Band);
    }

    [Fact]
    public void A_null_sheet_is_reported_as_missing_every_answer()
    {
        var ex = Assert.Throws<ScoringException>(() => Set8Fixture.Evaluate(Set8Fixture.Best(), null!));
        Assert.Equal(32, ex.Problems.Count);
        Assert.All(ex.Problems, p => Assert.Equal((ScoringError.MissingAnswer, 1), (p.Error, p.MemberIndex)));
    }
}
