using OcopHub.Core.Calendar;

namespace OcopHub.Core.Certificates;

/// <summary>Trạng thái giấy chứng nhận on a given day.</summary>
public enum CertificateStatus
{
    /// <summary>Còn hiệu lực.</summary>
    Active,
    /// <summary>Sắp hết hạn: from the day the re-evaluation window opens (180 days before expiry) to the expiry day.</summary>
    Expiring,
    /// <summary>Hết hiệu lực.</summary>
    Expired,
    /// <summary>Bị thu hồi (Art. 8).</summary>
    Revoked,
    /// <summary>Được thay thế bởi giấy chứng nhận mới.</summary>
    Superseded,
    /// <summary>Tiếp tục có hiệu lực đến khi có kết quả xử lý, tối đa 180 ngày sau ngày hết hạn (Art. 12.3).</summary>
    ExtendedPendingResult,
}

/// <summary>Where a filing date falls against the re-evaluation window.</summary>
public enum FilingTiming
{
    TooEarly,
    InWindow,
    TooLate,
}

public enum ReminderKind
{
    /// <summary>The re-evaluation window opens today.</summary>
    WindowOpens,
    /// <summary>The window closes in <see cref="CertificatePolicy.ClosingSoonLeadDays"/> days.</summary>
    WindowClosingSoon,
    /// <summary>Today is the last day to file.</summary>
    LastDayToFile,
}

public sealed record CertificateReminder(ReminderKind Kind, DateOnly DueOn, string MessageVi);

/// <summary>The re-evaluation window, both ends included.</summary>
public sealed record FilingWindow(DateOnly Opens, DateOnly Closes)
{
    public FilingTiming Classify(DateOnly filedOn) =>
        filedOn < Opens ? FilingTiming.TooEarly : filedOn > Closes ? FilingTiming.TooLate : FilingTiming.InWindow;
}

/// <summary>
/// The life of one OCOP certificate (giấy chứng nhận) as pure functions of its issue date, star level, dated events
/// and a day. Dates follow the Civil Code 2015 (Art. 147–148): a period in months ends on the corresponding day of
/// the last month (or that month's last day), so a certificate issued 15/3/2026 is valid through 15/3/2029.
/// </summary>
public sealed class CertificateLifecycle
{
    public CertificateLifecycle(DateOnly issuedOn, int stars, CertificatePolicy? policy = null)
    {
        Authority = Revocation.AuthorityFor(stars); // validates: only 3–5★ have certificates (Art. 4.1)
        IssuedOn = issuedOn;
        Stars = stars;
        Policy = policy ?? CertificatePolicy.Default;
        ExpiresOn = issuedOn.AddMonths(Policy.ValidityMonths);
        Window = new FilingWindow(
            ExpiresOn.AddDays(-Policy.WindowOpensDaysBeforeExpiry),
            ExpiresOn.AddDays(-Policy.WindowClosesDaysBeforeExpiry));
        GraceLimit = ExpiresOn.AddDays(Policy.GraceDaysAfterExpiry);
    }

    /// <summary>Ngày ban hành quyết định công nhận (Art. 4.3 counts from it).</summary>
    public DateOnly IssuedOn { get; }
    public int Stars { get; }
    public CertificatePolicy Policy { get; }

    /// <summary>Who may revoke it (Art. 8.2).</summary>
    public RevocationAuthority Authority { get; }

    /// <summary>Last day of validity (ngày hết thời hạn).</summary>
    public DateOnly ExpiresOn { get; }

    /// <summary>Re-evaluation filing window (Art. 7.6.a), computed in calendar days before <see cref="ExpiresOn"/>.</summary>
    public FilingWindow Window { get; }

    /// <summary>The latest day the Art. 12.3 extension can reach.</summary>
    public DateOnly GraceLimit { get; }

    /// <summary>
    /// The window with its closing day moved to the next working day when it is a day off (Civil Code Art. 148(5)):
    /// the commune cannot receive a dossier on a holiday.
    /// </summary>
    public FilingWindow WindowOn(WorkingDayCalendar calendar) => Window with { Closes = calendar.OnOrNextWorkingDay(Window.Closes) };

    /// <summary>Whether Art. 12.3 can extend this certificate (see <see cref="CertificatePolicy.Default"/>).</summary>
    public bool IsGraceEligible =>
        Policy.GraceOnlyForWindowsClosedBefore is not { } cutoff || Window.Closes < cutoff;

    public CertificateStatus StatusOn(DateOnly asOf, IEnumerable<CertificateEvent>? events = null)
    {
        if (asOf < IssuedOn) throw new ArgumentOutOfRangeException(nameof(asOf), asOf, "Ngày xem xét trước ngày cấp giấy chứng nhận.");
        var known = (events ?? []).Where(e => e.On <= asOf).ToList();
        if (known.OfType<CertificateRevoked>().Any()) return CertificateStatus.Revoked;
        if (known.OfType<CertificateSuperseded>().Any()) return CertificateStatus.Superseded;
        if (asOf <= ExpiresOn) return asOf >= Window.Opens ? CertificateStatus.Expiring : CertificateStatus.Active;
        return IsHeldPendingResult(asOf, known) ? CertificateStatus.ExtendedPendingResult : CertificateStatus.Expired;
    }

    /// <summary>Whether the certificate may be used (shown as valid, the OCOP mark printed) on <paramref name="asOf"/>.</summary>
    public bool IsValidOn(DateOnly asOf, IEnumerable<CertificateEvent>? events = null) =>
        asOf >= IssuedOn && StatusOn(asOf, events) is CertificateStatus.Active or CertificateStatus.Expiring or CertificateStatus.ExtendedPendingResult;

    /// <summary>
    /// Art. 12.3: held until the result, at most <see cref="GraceLimit"/>, for an eligible certificate whose re-evaluation
    /// dossier has been filed by <paramref name="asOf"/> (as known that day: a later filing does not change the past).
    /// </summary>
    private bool IsHeldPendingResult(DateOnly asOf, List<CertificateEvent> known)
    {
        if (!IsGraceEligible || asOf > GraceLimit) return false;
        if (!known.OfType<ReEvaluationFiled>().Any()) return false;
        // Valid through the result day itself ("đến ngày có kết quả"), so a conclusion dated before asOf ends it.
        return !known.OfType<ReEvaluationConcluded>().Any(c => c.On < asOf);
    }

    /// <summary>Reminders for the producer and the provincial office, skipped once filed, revoked or superseded.</summary>
    public IReadOnlyList<CertificateReminder> Reminders(IEnumerable<CertificateEvent>? events = null, WorkingDayCalendar? calendar = null)
    {
        var list = (events ?? []).ToList();
        var window = calendar is null ? Window : WindowOn(calendar);
        var range = $"từ {window.Opens:dd/MM/yyyy} đến {window.Closes:dd/MM/yyyy}";
        var all = new[]
        {
            new CertificateReminder(ReminderKind.WindowOpens, window.Opens,
                $"Giấy chứng nhận hết hạn ngày {ExpiresOn:dd/MM/yyyy}: nộp hồ sơ đánh giá lại {range} (Điều 7.6.a)."),
            new CertificateReminder(ReminderKind.WindowClosingSoon, window.Closes.AddDays(-Policy.ClosingSoonLeadDays),
                $"Còn {Policy.ClosingSoonLeadDays} ngày để nộp hồ sơ đánh giá lại (hạn cuối {window.Closes:dd/MM/yyyy})."),
            new CertificateReminder(ReminderKind.LastDayToFile, window.Closes,
                $"Hôm nay ({window.Closes:dd/MM/yyyy}) là ngày cuối cùng nộp hồ sơ đánh giá lại."),
        };
        return all.Where(r => !list.Any(e => e.On <= r.DueOn && e is ReEvaluationFiled or CertificateRevoked or CertificateSuperseded))
            .OrderBy(r => r.DueOn).ToList();
    }

    /// <summary>The reminders a daily job sends on <paramref name="day"/>.</summary>
    public IReadOnlyList<CertificateReminder> RemindersDueOn(DateOnly day, IEnumerable<CertificateEvent>? events = null, WorkingDayCalendar? calendar = null) =>
        Reminders(events, calendar).Where(r => r.DueOn == day).ToList();
}
