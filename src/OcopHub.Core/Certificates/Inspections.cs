using OcopHub.Core.Calendar;

namespace OcopHub.Core.Certificates;

/// <summary>Art. 9.2.a: post-control (hậu kiểm) combines periodic and ad-hoc inspections.</summary>
public enum InspectionKind
{
    /// <summary>Kiểm tra định kỳ.</summary>
    Periodic,
    /// <summary>Kiểm tra đột xuất.</summary>
    AdHoc,
}

/// <summary>Who inspects (Art. 9.4).</summary>
public enum InspectionAuthority
{
    /// <summary>Cơ quan tham mưu quản lý OCOP cấp tỉnh: every OCOP product in the province (9.4.a).</summary>
    ProvincialOffice,
    /// <summary>Cơ quan tham mưu quản lý OCOP của Bộ: 5★ products, and 3★/4★ when needed (9.4.b).</summary>
    MinistryOffice,
}

/// <summary>A case that may end in revocation: what was found, when it was concluded, for which certificate.</summary>
public sealed record RevocationCase(RevocationGround Ground, DateOnly TriggeredOn, int Stars)
{
    public RevocationAuthority Authority => Revocation.AuthorityFor(Stars);
    public RevocationTrigger Trigger => Revocation.TriggerOf(Ground);
    public DateOnly DecideBy(WorkingDayCalendar calendar) => Revocation.Deadline(TriggeredOn, calendar);
    public bool IsLate(DateOnly decidedOn, WorkingDayCalendar calendar) => decidedOn > DecideBy(calendar);
}

public static class Inspections
{
    /// <summary>The authorities that may inspect a product of <paramref name="stars"/> as a matter of course (Art. 9.4).</summary>
    public static IReadOnlyList<InspectionAuthority> RoutineAuthorities(int stars) => stars switch
    {
        3 or 4 => [InspectionAuthority.ProvincialOffice],
        5 => [InspectionAuthority.ProvincialOffice, InspectionAuthority.MinistryOffice],
        _ => throw new ArgumentOutOfRangeException(nameof(stars), stars, "Chỉ sản phẩm 3, 4, 5 sao là sản phẩm OCOP được công nhận."),
    };

    /// <summary>Art. 9.4.b: the Ministry may also inspect 3★/4★ products "khi cần thiết".</summary>
    public static bool MayInspect(InspectionAuthority authority, int stars) =>
        RoutineAuthorities(stars).Contains(authority) || authority == InspectionAuthority.MinistryOffice;

    /// <summary>
    /// An inspection that concludes the criteria are no longer met opens a revocation case on ground b (Art. 8.1.b);
    /// one that finds the OCOP mark misused, on ground d (Art. 8.1.d, 9.3.b). The conclusion date starts the 15 days.
    /// </summary>
    public static RevocationCase? Conclude(DateOnly concludedOn, int stars, bool criteriaStillMet, bool markUsedCorrectly) =>
        !criteriaStillMet ? new RevocationCase(RevocationGround.B, concludedOn, stars)
        : !markUsedCorrectly ? new RevocationCase(RevocationGround.D, concludedOn, stars)
        : null;
}
