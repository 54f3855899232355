using OcopHub.Core.Certificates;
using static OcopHub.Core.Tests.Calendar.TestCalendars;

namespace OcopHub.Core.Tests.Certificates;

public class CertificateLifecycleTests
{
    private static readonly CertificateLifecycle Cert = new(D(2026, 6, 15), 4);

    [Fact]
    public void Valid_36_months_through_the_corresponding_day()
    {
        Assert.Equal(D(2029, 6, 15), Cert.ExpiresOn);
        Assert.Equal(D(2031, 2, 28), new CertificateLifecycle(D(2028, 2, 29), 3).ExpiresOn); // no 29/2/2031: month end
        Assert.Equal(D(2029, 8, 31), new CertificateLifecycle(D(2026, 8, 31), 3).ExpiresOn);
    }

    [Fact]
    public void Window_is_180_to_120_days_before_expiry()
    {
        Assert.Equal(D(2028, 12, 17), Cert.Window.Opens);  // 15/6/2029 − 180 days
        Assert.Equal(D(2029, 2, 15), Cert.Window.Closes);  // 15/6/2029 − 120 days
        Assert.Equal(FilingTiming.TooEarly, Cert.Window.Classify(D(2028, 12, 16)));
        Assert.Equal(FilingTiming.InWindow, Cert.Window.Classify(D(2028, 12, 17)));
        Assert.Equal(FilingTiming.InWindow, Cert.Window.Classify(D(2029, 2, 15)));
        Assert.Equal(FilingTiming.TooLate, Cert.Window.Classify(D(2029, 2, 16)));
    }

    [Fact]
    public void Window_closing_on_a_day_off_moves_to_the_next_working_day()
    {
        // Issued 17/6/2026 → expires 17/6/2029 → closes 17/2/2029 (Saturday) → Monday 19/2/2029 (no Tết that week: Tết 2029 is 13/2).
        var c = new CertificateLifecycle(D(2026, 6, 17), 3);
        Assert.Equal(D(2029, 2, 17), c.Window.Closes);
        var w = c.WindowOn(Vietnam);
        Assert.Equal(c.Window.Opens, w.Opens);
        Assert.True(Vietnam.IsWorkingDay(w.Closes));
        Assert.True(w.Closes > c.Window.Closes);
        Assert.Equal(FilingTiming.InWindow, w.Classify(w.Closes));
    }

    [Theory]
    [InlineData(2026, 6, 15, CertificateStatus.Active)]
    [InlineData(2028, 12, 16, CertificateStatus.Active)]
    [InlineData(2028, 12, 17, CertificateStatus.Expiring)]
    [InlineData(2029, 6, 15, CertificateStatus.Expiring)]
    [InlineData(2029, 6, 16, CertificateStatus.Expired)]
    [InlineData(2035, 1, 1, CertificateStatus.Expired)]
    public void Status_by_date_without_events(int y, int m, int d, CertificateStatus expected) =>
        Assert.Equal(expected, Cert.StatusOn(D(y, m, d)));

    [Fact]
    public void Status_before_issue_throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Cert.StatusOn(D(2026, 6, 14)));

    [Fact]
    public void Revoked_from_the_decision_day()
    {
        CertificateEvent[] ev = [new CertificateRevoked(D(2027, 3, 1), RevocationGround.C, "15/QĐ-UBND")];
        Assert.Equal(CertificateStatus.Active, Cert.StatusOn(D(2027, 2, 28), ev));
        Assert.Equal(CertificateStatus.Revoked, Cert.StatusOn(D(2027, 3, 1), ev));
        Assert.Equal(CertificateStatus.Revoked, Cert.StatusOn(D(2030, 1, 1), ev));
        Assert.False(Cert.IsValidOn(D(2027, 3, 1), ev));
        Assert.True(Cert.IsValidOn(D(2027, 2, 28), ev));
    }

    [Fact]
    public void Superseded_by_a_new_certificate()
    {
        CertificateEvent[] ev = [new ReEvaluationFiled(D(2029, 1, 5)), new CertificateSuperseded(D(2029, 3, 20), "021/2029/OCOP-01")];
        Assert.Equal(CertificateStatus.Expiring, Cert.StatusOn(D(2029, 3, 19), ev));
        Assert.Equal(CertificateStatus.Superseded, Cert.StatusOn(D(2029, 3, 20), ev));
    }

    [Fact]
    public void Revocation_wins_over_supersession()
    {
        CertificateEvent[] ev = [new CertificateSuperseded(D(2027, 1, 1)), new CertificateRevoked(D(2027, 2, 1), RevocationGround.A)];
        Assert.Equal(CertificateStatus.Revoked, Cert.StatusOn(D(2027, 3, 1), ev));
    }

    [Fact]
    public void New_certificates_get_no_transition_grace()
    {
        Assert.False(Cert.IsGraceEligible);
        CertificateEvent[] ev = [new ReEvaluationFiled(D(2029, 3, 1))];
        Assert.Equal(CertificateStatus.Expired, Cert.StatusOn(D(2029, 6, 16), ev));
    }

    // A certificate issued 1/7/2023 under QĐ 148 expires 1/7/2026; its window closed 2/3/2026, before QĐ 26 took effect.
    private static readonly CertificateLifecycle Old = new(D(2023, 7, 1), 3);

    [Fact]
    public void Transition_grace_holds_until_the_result()
    {
        Assert.True(Old.IsGraceEligible);
        Assert.Equal(D(2026, 7, 1), Old.ExpiresOn);
        Assert.Equal(D(2026, 12, 28), Old.GraceLimit);
        CertificateEvent[] ev = [new ReEvaluationFiled(D(2026, 6, 1)), new ReEvaluationConcluded(D(2026, 9, 10))];
        Assert.Equal(CertificateStatus.ExtendedPendingResult, Old.StatusOn(D(2026, 7, 2), ev));
        Assert.Equal(CertificateStatus.ExtendedPendingResult, Old.StatusOn(D(2026, 9, 10), ev)); // through the result day
        Assert.Equal(CertificateStatus.Expired, Old.StatusOn(D(2026, 9, 11), ev));
        Assert.True(Old.IsValidOn(D(2026, 8, 1), ev));
    }

    [Fact]
    public void Transition_grace_is_capped_at_180_days()
    {
        CertificateEvent[] ev = [new ReEvaluationFiled(D(2026, 6, 1))];
        Assert.Equal(CertificateStatus.ExtendedPendingResult, Old.StatusOn(D(2026, 12, 28), ev));
        Assert.Equal(CertificateStatus.Expired, Old.StatusOn(D(2026, 12, 29), ev));
    }

    [Fact]
    public void Transition_grace_needs_a_filed_dossier_as_known_that_day()
    {
        Assert.Equal(CertificateStatus.Expired, Old.StatusOn(D(2026, 7, 2)));
        CertificateEvent[] late = [new ReEvaluationFiled(D(2026, 8, 1))];
        Assert.Equal(CertificateStatus.Expired, Old.StatusOn(D(2026, 7, 20), late));
        Assert.Equal(CertificateStatus.ExtendedPendingResult, Old.StatusOn(D(2026, 8, 1), late));
    }

    [Fact]
    public void Broad_reading_of_article_12_3_is_a_policy_switch()
    {
        var broad = new CertificateLifecycle(D(2026, 6, 15), 4, CertificatePolicy.Default with { GraceOnlyForWindowsClosedBefore = null });
        Assert.True(broad.IsGraceEligible);
        CertificateEvent[] ev = [new ReEvaluationFiled(D(2029, 3, 1))];
        Assert.Equal(CertificateStatus.ExtendedPendingResult, broad.StatusOn(D(2029, 6, 16), ev));
    }

    [Fact]
    public void Expiring_begins_when_the_window_opens()
    {
        Assert.Equal(CertificateStatus.Active, Cert.StatusOn(Cert.Window.Opens.AddDays(-1)));
        Assert.Equal(CertificateStatus.Expiring, Cert.StatusOn(Cert.Window.Opens));
    }

    [Fact]
    public void Reminders_schedule()
    {
        var r = Cert.Reminders();
        Assert.Equal([ReminderKind.WindowOpens, ReminderKind.WindowClosingSoon, ReminderKind.LastDayToFile], r.Select(x => x.Kind));
        Assert.Equal([D(2028, 12, 17), D(2029, 2, 1), D(2029, 2, 15)], r.Select(x => x.DueOn));
        Assert.Contains("17/12/2028", r[0].MessageVi);
        Assert.Contains("15/02/2029", r[0].MessageVi);
        Assert.Equal(ReminderKind.WindowClosingSoon, Assert.Single(Cert.RemindersDueOn(D(2029, 2, 1))).Kind);
        Assert.Empty(Cert.RemindersDueOn(D(2029, 2, 2)));
    }

    [Fact]
    public void Reminders_stop_once_filed_revoked_or_superseded()
    {
        Assert.Equal([ReminderKind.WindowOpens], Cert.Reminders([new ReEvaluationFiled(D(2029, 1, 10))]).Select(x => x.Kind));
        Assert.Empty(Cert.Reminders([new CertificateRevoked(D(2027, 1, 1), RevocationGround.DD)]));
        Assert.Empty(Cert.Reminders([new CertificateSuperseded(D(2028, 1, 1))]));
        // Concluded alone does not silence reminders (it belongs to another dossier's result only if filed).
        Assert.Equal(3, Cert.Reminders([new ReEvaluationConcluded(D(2027, 1, 1))]).Count);
    }

    [Fact]
    public void Reminders_use_the_working_day_window_when_given_a_calendar()
    {
        var c = new CertificateLifecycle(D(2026, 6, 17), 3);
        var last = c.Reminders(calendar: Vietnam).Single(r => r.Kind == ReminderKind.LastDayToFile);
        Assert.True(Vietnam.IsWorkingDay(last.DueOn));
        Assert.True(last.DueOn > c.Window.Closes);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(6)]
    public void Only_3_to_5_stars_have_certificates(int stars) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new CertificateLifecycle(D(2026, 6, 15), stars));

    [Fact]
    public void Authority_follows_stars()
    {
        Assert.Equal(RevocationAuthority.ProvincialChairman, new CertificateLifecycle(D(2026, 6, 15), 3).Authority);
        Assert.Equal(RevocationAuthority.ProvincialChairman, Cert.Authority);
        Assert.Equal(RevocationAuthority.Minister, new CertificateLifecycle(D(2026, 6, 15), 5).Authority);
    }
}
