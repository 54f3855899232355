using OcopHub.Core.Certificates;
using static OcopHub.Core.Tests.Calendar.TestCalendars;

namespace OcopHub.Core.Tests.Certificates;

public class InspectionsTests
{
    [Fact]
    public void Routine_authorities_by_stars()
    {
        Assert.Equal([InspectionAuthority.ProvincialOffice], Inspections.RoutineAuthorities(3));
        Assert.Equal([InspectionAuthority.ProvincialOffice], Inspections.RoutineAuthorities(4));
        Assert.Equal([InspectionAuthority.ProvincialOffice, InspectionAuthority.MinistryOffice], Inspections.RoutineAuthorities(5));
        Assert.Throws<ArgumentOutOfRangeException>(() => Inspections.RoutineAuthorities(2));
    }

    [Fact]
    public void Ministry_may_inspect_any_star_level_when_needed()
    {
        Assert.True(Inspections.MayInspect(InspectionAuthority.MinistryOffice, 3));
        Assert.True(Inspections.MayInspect(InspectionAuthority.ProvincialOffice, 5));
    }

    [Fact]
    public void Failed_inspection_opens_a_revocation_case()
    {
        var c = Inspections.Conclude(D(2026, 11, 2), 5, criteriaStillMet: false, markUsedCorrectly: true)!;
        Assert.Equal(RevocationGround.B, c.Ground);
        Assert.Equal(RevocationAuthority.Minister, c.Authority);
        Assert.Equal(RevocationTrigger.AuthorityConclusion, c.Trigger);
        Assert.Equal(D(2026, 11, 17), c.DecideBy(Vietnam));
        Assert.False(c.IsLate(D(2026, 11, 17), Vietnam));
        Assert.True(c.IsLate(D(2026, 11, 18), Vietnam));

        Assert.Equal(RevocationGround.D, Inspections.Conclude(D(2026, 11, 2), 3, true, false)!.Ground);
        Assert.Null(Inspections.Conclude(D(2026, 11, 2), 3, true, true));
    }

    [Fact]
    public void Cessation_case_is_triggered_by_the_commune()
    {
        var c = new RevocationCase(RevocationGround.DD, D(2026, 4, 20), 4);
        Assert.Equal(RevocationTrigger.CommuneConfirmationOfCessation, c.Trigger);
        Assert.Equal(RevocationAuthority.ProvincialChairman, c.Authority);
        // 20/4 + 15 = 5/5/2026 (Tuesday, working) — the 30/4–3/5 run is inside the period and does not extend it.
        Assert.Equal(D(2026, 5, 5), c.DecideBy(Vietnam));
    }
}
