using OcopHub.Core.Dossiers;

namespace OcopHub.Core.Tests.Dossiers;

public class ResultDecisionsTests
{
    private static readonly DateTime T0 = new(2026, 5, 1, 8, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(55, 3, false, ProvincialChoice.RecogniseAtProvince)]
    [InlineData(89.99, 4, false, ProvincialChoice.RecogniseAtProvince)]
    [InlineData(90, 5, false, ProvincialChoice.ForwardToMinistry)]
    [InlineData(95, 4, false, ProvincialChoice.ForwardToMinistry)]   // ≥ 90 goes to the Ministry even if a 5★ minimum is missed
    [InlineData(49.99, 2, false, ProvincialChoice.Decline)]
    [InlineData(30, 1, false, ProvincialChoice.Decline)]
    [InlineData(60, 2, false, ProvincialChoice.Decline)]             // a 3★ minimum missed: 2★, not recognised
    [InlineData(10, null, false, ProvincialChoice.Decline)]
    [InlineData(86, 4, true, ProvincialChoice.RecogniseAtProvince)] // Art. 7.4.g: central result below 90
    [InlineData(72, 3, true, ProvincialChoice.RecogniseAtProvince)]
    [InlineData(45, 2, true, ProvincialChoice.Decline)]
    [InlineData(92, 5, true, ProvincialChoice.ReEvaluate)]          // a central ≥ 90 is the Minister's, never the province's
    public void The_office_choice_follows_the_latest_evaluation(double average, int? stars, bool central, ProvincialChoice expected) =>
        Assert.Equal(expected, ResultDecisions.ForProvince((decimal)average, stars, central));

    [Theory]
    [InlineData(-1)]
    [InlineData(100.5)]
    public void Scores_outside_0_to_100_are_refused(double average) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ResultDecisions.ForProvince((decimal)average, 3, false));

    [Theory]
    [InlineData(92.0, 5, true)]
    [InlineData(90.0, 5, true)]
    [InlineData(92.0, 4, false)]
    [InlineData(89.0, 4, false)]
    [InlineData(null, null, false)]
    public void The_minister_recognises_only_a_central_five_star_result(double? average, int? stars, bool expected) =>
        Assert.Equal(expected, ResultDecisions.MinistryMayRecognise((decimal?)average, stars));

    [Fact]
    public void A_provincial_evaluation_is_not_central()
    {
        Assert.False(ResultDecisions.IsCentral(T0, []));
        Assert.False(ResultDecisions.IsCentral(T0, [new(DossierAction.AssignToRound, T0.AddDays(-30)), new(DossierAction.ConcludeScoring, T0)]));
    }

    [Fact]
    public void An_evaluation_closed_after_forwarding_is_central()
    {
        var timeline = new TimelineStep[] { new(DossierAction.AssignToRound, T0.AddDays(-30)), new(DossierAction.ForwardToMinistry, T0.AddDays(-5)) };
        Assert.True(ResultDecisions.IsCentral(T0, timeline));
        // The provincial evaluation closed before the forwarding is not.
        Assert.False(ResultDecisions.IsCentral(T0.AddDays(-6), timeline));
    }

    [Fact]
    public void A_provincial_re_evaluation_after_a_return_is_not_central()
    {
        var timeline = new TimelineStep[]
        {
            new(DossierAction.ForwardToMinistry, T0.AddDays(-60)), new(DossierAction.ReturnToProvince, T0.AddDays(-20)),
            new(DossierAction.AssignToRound, T0.AddDays(-10)),
        };
        Assert.False(ResultDecisions.IsCentral(T0, timeline));
        Assert.True(ResultDecisions.IsCentral(T0.AddDays(-30), timeline));
        // Events after the closing do not matter.
        Assert.True(ResultDecisions.IsCentral(T0, [new(DossierAction.ForwardToMinistry, T0.AddDays(-1)), new(DossierAction.AssignToRound, T0.AddDays(1))]));
    }

    [Fact]
    public void Refusals_name_the_rule_and_the_result()
    {
        Assert.Null(ResultDecisions.Refusal(ProvincialChoice.Decline, ProvincialChoice.Decline, 40, 2));
        var forward = ResultDecisions.Refusal(ProvincialChoice.RecogniseAtProvince, ProvincialChoice.ForwardToMinistry, 92.5m, 5);
        Assert.Contains("92,5 điểm", forward);
        Assert.Contains("Điều 7.3.e", forward);
        Assert.Contains("4 sao", ResultDecisions.Refusal(ProvincialChoice.Decline, ProvincialChoice.RecogniseAtProvince, 80, 4));
        Assert.Contains("dưới 3 sao", ResultDecisions.Refusal(ProvincialChoice.RecogniseAtProvince, ProvincialChoice.Decline, 40, 2));
        Assert.Contains("Điều 7.4.g", ResultDecisions.Refusal(ProvincialChoice.RecogniseAtProvince, ProvincialChoice.ReEvaluate, 93, 5));
    }

    [Fact]
    public void The_summary_reads_as_the_office_expects()
    {
        Assert.Equal("Kết quả Hội đồng cấp trung ương: 86 điểm — có thể công nhận 4 sao", ResultDecisions.Summary(ProvincialChoice.RecogniseAtProvince, 86m, 4, true));
        Assert.Equal("Kết quả Hội đồng cấp tỉnh: 45,5 điểm (2 sao) — không đủ điều kiện công nhận", ResultDecisions.Summary(ProvincialChoice.Decline, 45.5m, 2, false));
        Assert.StartsWith("Kết quả Hội đồng cấp tỉnh: 95 điểm — đề nghị Bộ", ResultDecisions.Summary(ProvincialChoice.ForwardToMinistry, 95m, 5, false));
        Assert.Contains("đánh giá lại", ResultDecisions.Summary(ProvincialChoice.ReEvaluate, 95m, 5, true));
        Assert.Equal("không công nhận", ProvincialChoice.Decline.Vi());
    }
}
