using OcopHub.Core.Dossiers;
using static OcopHub.Core.Tests.Calendar.TestCalendars;

namespace OcopHub.Core.Tests.Dossiers;

/// <summary>Written consultation for re-evaluation and its 45-day limit (Art. 7.6.d, 7.6.g).</summary>
public class ScoringFormTests
{
    [Theory]
    [InlineData(DossierType.FirstTime, ScoringForm.Meeting)]
    [InlineData(DossierType.Upgrade, ScoringForm.Meeting)]
    [InlineData(DossierType.ReEvaluation, ScoringForm.WrittenConsultation)]
    public void Re_evaluation_starts_as_written_consultation(DossierType type, ScoringForm expected) =>
        Assert.Equal(expected, ScoringForms.For(type));

    [Fact]
    public void Only_a_written_consultation_turns_into_a_meeting()
    {
        Assert.True(ScoringForms.CanSwitchToMeeting(ScoringForm.WrittenConsultation));
        Assert.False(ScoringForms.CanSwitchToMeeting(ScoringForm.Meeting));
        Assert.Equal("Lấy ý kiến bằng văn bản", ScoringForm.WrittenConsultation.Vi());
        Assert.Equal("Họp Hội đồng", ScoringForm.Meeting.Vi());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((ScoringForm)5).Vi());
    }

    [Fact]
    public void Forty_five_calendar_days_from_the_complete_dossier()
    {
        // Accepted Friday 23/10/2026: 45 calendar days → Monday 7/12/2026.
        var c = ReEvaluationClock.For(D(2026, 10, 23), D(2026, 10, 23), Vietnam);
        Assert.Equal(D(2026, 12, 7), c.DueOn);
        Assert.Equal(45, c.DaysLeft);
        Assert.False(c.Overdue);
        Assert.Equal(D(2026, 10, 23), c.CompleteDossierOn);
    }

    [Fact]
    public void Days_left_counts_calendar_days_and_the_due_day_is_still_on_time()
    {
        Assert.Equal(0, ReEvaluationClock.For(D(2026, 10, 23), D(2026, 12, 7), Vietnam).DaysLeft);
        Assert.False(ReEvaluationClock.For(D(2026, 10, 23), D(2026, 12, 7), Vietnam).Overdue);
        var late = ReEvaluationClock.For(D(2026, 10, 23), D(2026, 12, 8), Vietnam);
        Assert.Equal(-1, late.DaysLeft);
        Assert.True(late.Overdue);
        // A due day on a weekend rolls to Monday (Civil Code Art. 148(5)): 4/11 + 45 = Saturday 19/12 → 21/12.
        var rolled = ReEvaluationClock.For(D(2026, 11, 4), D(2026, 12, 20), Vietnam);
        Assert.Equal(D(2026, 12, 21), rolled.DueOn);
        Assert.Equal(1, rolled.DaysLeft);
    }

    [Fact]
    public void The_clock_starts_where_the_complete_dossier_arrives()
    {
        Assert.Equal(DossierAction.AcceptAtProvince, ReEvaluationClock.StartedBy(central: false));
        Assert.Equal(DossierAction.ForwardToMinistry, ReEvaluationClock.StartedBy(central: true));
    }
}
