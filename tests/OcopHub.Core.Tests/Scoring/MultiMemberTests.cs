using OcopHub.Core.Scoring;

namespace OcopHub.Core.Tests.Scoring;

/// <summary>Several council members: averaging, spread, and how minima are judged.</summary>
public class MultiMemberTests
{
    private static EvaluationResult Eval(MinimumRule rule, params (string F, string M, string N)[] members) =>
        StarEngine.Evaluate(MinimumTests.Book, 1,
            members.Select((x, i) => Answers.Sheet($"tv{i + 1}", ("F", x.F), ("M", x.M), ("N", x.N))).ToArray(),
            options: new EvaluationOptions { MinimumRule = rule });

    [Fact]
    public void Average_is_the_mean_of_members_totals_and_spread_is_max_minus_min()
    {
        // Totals 73, 53, 93.
        var r = Eval(MinimumRule.Majority, ("c", "d", "a"), ("b", "d", "a"), ("d", "d", "a"));
        Assert.Equal([73m, 53m, 93m], r.Members.Select(m => m.Total));
        Assert.Equal(73m, r.Average);
        Assert.Equal(40m, r.Spread);
        Assert.Equal(4, r.Band);
        Assert.Equal(["tv1", "tv2", "tv3"], r.Members.Select(m => m.MemberId));
        Assert.Equal([0, 1, 2], r.Members.Select(m => m.MemberIndex));
    }

    [Fact]
    public void Seven_members_average_keeps_the_exact_value()
    {
        var members = Enumerable.Repeat(("c", "c", "b"), 6).Append(("b", "c", "b")).ToArray(); // 6×73 + 53 = 491
        var r = Eval(MinimumRule.Majority, members);
        Assert.Equal(491m / 7, r.Average);
        Assert.Equal(70.14m, r.AverageRounded);
        Assert.Equal(4, r.AwardedStars);
        Assert.Equal(20m, r.Spread);
    }

    [Fact]
    public void Single_member_has_zero_spread()
    {
        Assert.Equal(0m, Eval(MinimumRule.Majority, ("c", "c", "b")).Spread);
    }

    [Fact]
    public void Spread_limit_flags_but_does_not_change_stars()
    {
        var sheets = new[] { Answers.Sheet(("F", "c"), ("M", "c"), ("N", "b")), Answers.Sheet(("F", "d"), ("M", "c"), ("N", "b")) };
        var flagged = StarEngine.Evaluate(MinimumTests.Book, 1, sheets, options: new EvaluationOptions { MaxSpread = 10 });
        Assert.True(flagged.SpreadExceeded);
        Assert.Equal(4, flagged.AwardedStars);
        Assert.Contains("chấm lại", flagged.Explanation.Vi);
        Assert.Contains("re-score", flagged.Explanation.En);
        Assert.False(StarEngine.Evaluate(MinimumTests.Book, 1, sheets, options: new EvaluationOptions { MaxSpread = 20 }).SpreadExceeded);
        Assert.False(StarEngine.Evaluate(MinimumTests.Book, 1, sheets).SpreadExceeded); // no limit by default
    }

    [Fact]
    public void Default_rule_is_majority()
    {
        Assert.Equal(MinimumRule.Majority, EvaluationOptions.Default.MinimumRule);
        Assert.Equal(MinimumRule.Majority, new EvaluationOptions().MinimumRule);
    }

    [Theory]
    [InlineData(MinimumRule.Majority, 4)]   // 2 of 3 gave N ≥ b
    [InlineData(MinimumRule.Unanimous, 3)]  // one member did not
    public void Two_of_three_meeting_a_minimum(MinimumRule rule, int stars)
    {
        var r = Eval(rule, ("c", "c", "b"), ("c", "c", "b"), ("c", "c", "a"));
        Assert.Equal(stars, r.AwardedStars);
        var n4 = r.MinimumsFor(4)!;
        Assert.Equal(rule == MinimumRule.Majority, n4.Met);
        if (rule == MinimumRule.Unanimous)
        {
            var f = Assert.Single(n4.Failed);
            Assert.Equal(("N", 2, 3), (f.CriterionCode, f.MembersMeeting, f.Members));
            Assert.Equal(["b", "b", "a"], f.Given);
        }
    }

    [Theory]
    [InlineData(MinimumRule.Majority, 3)]   // 2 of 4 is a tie, not a majority
    [InlineData(MinimumRule.Unanimous, 3)]
    public void A_tie_is_not_a_majority(MinimumRule rule, int stars)
    {
        var r = Eval(rule, ("c", "c", "b"), ("c", "c", "b"), ("c", "c", "a"), ("c", "c", "a"));
        Assert.Equal(stars, r.AwardedStars);
    }

    [Theory]
    [InlineData(MinimumRule.Majority, 4)]
    [InlineData(MinimumRule.Unanimous, 4)]
    public void Everyone_meeting_passes_under_both_rules(MinimumRule rule, int stars) =>
        Assert.Equal(stars, Eval(rule, ("c", "c", "b"), ("c", "c", "b")).AwardedStars);

    [Theory]
    [InlineData(MinimumRule.Majority, null)]
    [InlineData(MinimumRule.Unanimous, null)]
    public void One_of_three_meeting_fails_under_both_rules(MinimumRule rule, int? stars) =>
        Assert.Equal(stars, Eval(rule, ("c", "b", "b"), ("c", "a", "b"), ("c", "a", "b")).AwardedStars);

    [Fact]
    public void Majority_is_judged_per_criterion_not_per_member()
    {
        // Each member misses one different minimum, yet each minimum is met by 2 of 3.
        var r = Eval(MinimumRule.Majority, ("c", "b", "b"), ("c", "c", "a"), ("c", "c", "b"));
        Assert.Equal(4, r.AwardedStars);
        Assert.Equal(3, Eval(MinimumRule.Unanimous, ("c", "b", "b"), ("c", "c", "a"), ("c", "c", "b")).AwardedStars);
    }
}
