using OcopHub.Core.Calendar;

namespace OcopHub.Core.Dossiers;

/// <summary>
/// Procedure deadlines. Every period starts the day after its trigger (Civil Code 2015 Art. 147); the returned date is
/// the last day on which the act is still on time.
/// </summary>
public static class DossierDeadlines
{
    /// <summary>Art. 7.2: "Trong thời hạn 15 ngày làm việc kể từ ngày tiếp nhận hồ sơ".</summary>
    public const int CommuneReviewWorkingDays = 15;

    /// <summary>Art. 7.6.g: re-evaluation "không quá 45 ngày kể từ ngày nhận đủ hồ sơ" — calendar days (no "làm việc").</summary>
    public const int ReEvaluationCalendarDays = 45;

    /// <summary>Art. 11.1: QĐ 26/2026/QĐ-TTg in force.</summary>
    public static readonly DateOnly Decision26EffectiveFrom = new(2026, 5, 22);

    /// <summary>Art. 12.2.a: old-rule first-time/upgrade dossiers finish within 60 days of 22/5/2026.</summary>
    public const int TransitionalFirstTimeDays = 60;

    /// <summary>Art. 12.2.b: old-rule re-evaluation dossiers finish within 30 days of 22/5/2026.</summary>
    public const int TransitionalReEvaluationDays = 30;

    /// <summary>Last day for the commune to forward (or return) a dossier received on <paramref name="receivedOn"/>.</summary>
    public static DateOnly CommuneReviewDue(DateOnly receivedOn, WorkingDayCalendar calendar) =>
        calendar.AddWorkingDays(receivedOn, CommuneReviewWorkingDays);

    /// <summary>Last day for the re-evaluation result, counted from the day the complete dossier reached the province (or the Ministry).</summary>
    public static DateOnly ReEvaluationDue(DateOnly completeDossierOn, WorkingDayCalendar calendar) =>
        calendar.CalendarDaysDeadline(completeDossierOn, ReEvaluationCalendarDays);

    /// <summary>
    /// Art. 12.2: a dossier filed before 22/5/2026 and not yet evaluated finishes under the 2021–2025 rules but by
    /// 60 days (first time, upgrade) or 30 days (re-evaluation) from 22/5/2026. Null for dossiers filed later.
    /// </summary>
    public static DateOnly? TransitionalDue(DossierType type, DateOnly filedOn, WorkingDayCalendar calendar)
    {
        if (filedOn >= Decision26EffectiveFrom) return null;
        var days = type == DossierType.ReEvaluation ? TransitionalReEvaluationDays : TransitionalFirstTimeDays;
        return calendar.CalendarDaysDeadline(Decision26EffectiveFrom, days);
    }

    /// <summary>Working days the commune has left (negative once overdue); the receipt day is not counted.</summary>
    public static int CommuneReviewDaysLeft(DateOnly receivedOn, DateOnly today, WorkingDayCalendar calendar) =>
        calendar.WorkingDaysBetween(today, CommuneReviewDue(receivedOn, calendar));
}
