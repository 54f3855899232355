using OcopHub.Core.Calendar;

namespace OcopHub.Core.Dossiers;

/// <summary>Hình thức đánh giá of the council for one dossier.</summary>
public enum ScoringForm
{
    /// <summary>Họp Hội đồng (Art. 7.3.d, 7.4.d).</summary>
    Meeting,
    /// <summary>Lấy ý kiến bằng văn bản: re-evaluation, no meeting unless opinions differ (Art. 7.6.d, 7.6.e).</summary>
    WrittenConsultation,
}

public static class ScoringForms
{
    /// <summary>The form a scoring starts in: written consultation for re-evaluation, a meeting otherwise (both levels).</summary>
    public static ScoringForm For(DossierType type) =>
        DossierRules.UsesWrittenConsultation(type) ? ScoringForm.WrittenConsultation : ScoringForm.Meeting;

    /// <summary>
    /// Art. 7.6.d: "chỉ tổ chức họp trực tiếp khi có nhiều ý kiến đánh giá khác nhau hoặc có nội dung phức tạp cần
    /// thảo luận": a written consultation may turn into a meeting, never the other way.
    /// </summary>
    public static bool CanSwitchToMeeting(ScoringForm current) => current == ScoringForm.WrittenConsultation;

    public static string Vi(this ScoringForm form) => form switch
    {
        ScoringForm.Meeting => "Họp Hội đồng",
        ScoringForm.WrittenConsultation => "Lấy ý kiến bằng văn bản",
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, null),
    };
}

/// <summary>
/// The 45-day limit of a re-evaluation (Art. 7.6.g: "không quá 45 ngày kể từ ngày nhận đủ hồ sơ đề nghị của UBND cấp
/// xã hoặc UBND cấp tỉnh"), counted in calendar days from the day the complete dossier was accepted: by the provincial
/// office (AcceptAtProvince) for the provincial council, by the Ministry (the province's ForwardToMinistry) for the
/// central council. DaysLeft is calendar days to the due day (0 on the due day, negative once overdue).
/// </summary>
public sealed record ReEvaluationClock(DateOnly CompleteDossierOn, DateOnly DueOn, int DaysLeft, bool Overdue)
{
    public static ReEvaluationClock For(DateOnly completeDossierOn, DateOnly today, WorkingDayCalendar calendar)
    {
        var due = DossierDeadlines.ReEvaluationDue(completeDossierOn, calendar);
        var left = due.DayNumber - today.DayNumber;
        return new ReEvaluationClock(completeDossierOn, due, left, left < 0);
    }

    /// <summary>The move whose day starts the clock: the complete dossier reaching the province, or the Ministry.</summary>
    public static DossierAction StartedBy(bool central) => central ? DossierAction.ForwardToMinistry : DossierAction.AcceptAtProvince;
}
