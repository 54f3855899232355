using OcopHub.Core.Dossiers;
using static OcopHub.Core.Tests.Calendar.TestCalendars;

namespace OcopHub.Core.Tests.Dossiers;

public class DossierDeadlinesTests
{
    [Fact]
    public void Commune_review_is_15_working_days_after_receipt()
    {
        Assert.Equal(D(2026, 11, 23), DossierDeadlines.CommuneReviewDue(D(2026, 11, 2), Vietnam));
        // Received Friday 24/4/2026: 27/4 compensatory, 30/4–3/5 off. 28, 29/4, 4–8/5, 11–15/5, 18, 19, 20/5 → 15th = 20/5.
        Assert.Equal(D(2026, 5, 20), DossierDeadlines.CommuneReviewDue(D(2026, 4, 24), Vietnam));
    }

    [Fact]
    public void Commune_days_left()
    {
        Assert.Equal(15, DossierDeadlines.CommuneReviewDaysLeft(D(2026, 11, 2), D(2026, 11, 2), Vietnam));
        Assert.Equal(0, DossierDeadlines.CommuneReviewDaysLeft(D(2026, 11, 2), D(2026, 11, 23), Vietnam));
        Assert.Equal(-1, DossierDeadlines.CommuneReviewDaysLeft(D(2026, 11, 2), D(2026, 11, 24), Vietnam));
    }

    [Fact]
    public void Re_evaluation_within_45_calendar_days_of_a_complete_dossier()
    {
        Assert.Equal(D(2026, 12, 7), DossierDeadlines.ReEvaluationDue(D(2026, 10, 23), Vietnam));   // Monday: no roll
        Assert.Equal(D(2026, 12, 21), DossierDeadlines.ReEvaluationDue(D(2026, 11, 4), Vietnam));   // 19/12 is Saturday → Monday 21/12
    }

    [Fact]
    public void Transitional_deadlines_of_article_12_2()
    {
        // 22/5/2026 + 60 days = Tuesday 21/7/2026; + 30 days = Sunday 21/6/2026 → Monday 22/6/2026.
        Assert.Equal(D(2026, 7, 21), DossierDeadlines.TransitionalDue(DossierType.FirstTime, D(2026, 3, 1), Vietnam));
        Assert.Equal(D(2026, 7, 21), DossierDeadlines.TransitionalDue(DossierType.Upgrade, D(2026, 5, 21), Vietnam));
        Assert.Equal(D(2026, 6, 22), DossierDeadlines.TransitionalDue(DossierType.ReEvaluation, D(2026, 5, 1), Vietnam));
        Assert.Null(DossierDeadlines.TransitionalDue(DossierType.FirstTime, D(2026, 5, 22), Vietnam));
    }
}
