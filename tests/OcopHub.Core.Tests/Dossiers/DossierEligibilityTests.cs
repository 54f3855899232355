using OcopHub.Core.Certificates;
using OcopHub.Core.Dossiers;
using OcopHub.Core.Tests.Calendar;

namespace OcopHub.Core.Tests.Dossiers;

public class DossierEligibilityTests
{
    private static readonly DateOnly Issued = new(2026, 3, 15);
    private static readonly DateOnly Expires = new(2029, 3, 15);
    private static RecognitionInForce Cert(int stars = 4) => new(stars, 78.5m, Issued, Expires, "012/2026/OCOP-19");

    [Fact]
    public void First_time_needs_no_certificate_in_force()
    {
        Assert.Null(DossierEligibility.RefusalToOpen(DossierType.FirstTime, null));
        var r = DossierEligibility.RefusalToOpen(DossierType.FirstTime, Cert());
        Assert.Equal("Sản phẩm đang có giấy chứng nhận số 012/2026/OCOP-19 (4 sao, hết hạn 15/03/2029); không đăng ký lần đầu. Hãy chọn \"Nâng hạng\" hoặc \"Đánh giá lại\" (Điều 6.1).", r);
    }

    [Theory]
    [InlineData(3, 4)]
    [InlineData(4, 5)]
    [InlineData(5, null)]
    public void Upgrade_targets_a_higher_star(int current, int? target) => Assert.Equal(target, DossierEligibility.UpgradeTarget(current));

    [Fact]
    public void Upgrade_needs_a_certificate_below_five_stars()
    {
        Assert.Contains("chưa có, hãy đăng ký lần đầu", DossierEligibility.RefusalToOpen(DossierType.Upgrade, null));
        Assert.Null(DossierEligibility.RefusalToOpen(DossierType.Upgrade, Cert(3)));
        Assert.Null(DossierEligibility.RefusalToOpen(DossierType.Upgrade, Cert(4)));
        Assert.StartsWith("Sản phẩm đã đạt 5 sao", DossierEligibility.RefusalToOpen(DossierType.Upgrade, Cert(5)));
        // Upgrades are not held to the re-evaluation window.
        Assert.Null(DossierEligibility.RefusalToFile(DossierType.Upgrade, Cert(3), Expires.AddDays(-30), resubmission: false));
        Assert.Null(DossierEligibility.RefusalToFile(DossierType.FirstTime, null, Expires, resubmission: false));
    }

    [Fact]
    public void Re_evaluation_needs_a_certificate()
    {
        Assert.Contains("không có", DossierEligibility.RefusalToOpen(DossierType.ReEvaluation, null));
        Assert.Contains("không có", DossierEligibility.RefusalToFile(DossierType.ReEvaluation, null, Expires.AddDays(-150), resubmission: false));
        Assert.Null(DossierEligibility.RefusalToOpen(DossierType.ReEvaluation, Cert(5)));
    }

    [Fact]
    public void Window_is_180_to_120_days_before_expiry_both_ends_included()
    {
        var w = DossierEligibility.ReEvaluationWindow(Expires);
        Assert.Equal((new DateOnly(2028, 9, 16), new DateOnly(2028, 11, 15)), (w.Opens, w.Closes));
        // Same window as the certificate life cycle (and its reminders).
        Assert.Equal(new CertificateLifecycle(Issued, 4).Window, w);
        Assert.Equal(new CertificateLifecycle(Issued, 4).WindowOn(TestCalendars.Vietnam), DossierEligibility.ReEvaluationWindow(Expires, TestCalendars.Vietnam));
    }

    [Theory]
    [InlineData(181, "Chưa đến thời gian")]
    [InlineData(180, null)]
    [InlineData(150, null)]
    [InlineData(120, null)]
    [InlineData(119, "Đã quá thời hạn")]
    [InlineData(0, "Đã quá thời hạn")]
    public void Re_evaluation_is_filed_only_in_the_window(int daysBeforeExpiry, string? refusal)
    {
        var r = DossierEligibility.RefusalToFile(DossierType.ReEvaluation, Cert(), Expires.AddDays(-daysBeforeExpiry), resubmission: false);
        if (refusal is null) Assert.Null(r);
        else
        {
            Assert.StartsWith(refusal, r);
            Assert.Contains("chỉ nộp từ 16/09/2028 đến 15/11/2028", r);
            Assert.Contains("Điều 7.6.a", r);
        }
    }

    [Fact]
    public void Resubmission_after_completion_is_not_held_to_the_window_again() =>
        Assert.Null(DossierEligibility.RefusalToFile(DossierType.ReEvaluation, Cert(), Expires.AddDays(-100), resubmission: true));

    [Fact]
    public void Window_closing_on_a_day_off_moves_to_the_next_working_day()
    {
        // 120 days before 2029-03-19 is Sunday 2028-11-19: the last day becomes Monday 2028-11-20.
        var expires = new DateOnly(2029, 3, 19);
        var cert = new RecognitionInForce(3, null, new DateOnly(2026, 3, 19), expires, null);
        Assert.Equal(DayOfWeek.Sunday, expires.AddDays(-120).DayOfWeek);
        Assert.Null(DossierEligibility.RefusalToFile(DossierType.ReEvaluation, cert, new DateOnly(2028, 11, 20), false, TestCalendars.Vietnam));
        Assert.NotNull(DossierEligibility.RefusalToFile(DossierType.ReEvaluation, cert, new DateOnly(2028, 11, 20), false));
        Assert.NotNull(DossierEligibility.RefusalToFile(DossierType.ReEvaluation, cert, new DateOnly(2028, 11, 21), false, TestCalendars.Vietnam));
    }

    [Fact]
    public void Upgrade_warning_when_the_self_assessment_does_not_reach_a_higher_star()
    {
        Assert.Equal("Tự đánh giá 4 sao, chưa cao hơn hạng đang được công nhận (4 sao): hồ sơ nâng hạng hướng tới từ 5 sao.",
            DossierEligibility.UpgradeWarning(DossierType.Upgrade, Cert(4), 4));
        Assert.NotNull(DossierEligibility.UpgradeWarning(DossierType.Upgrade, Cert(4), 3));
        Assert.Null(DossierEligibility.UpgradeWarning(DossierType.Upgrade, Cert(4), 5));
        Assert.Null(DossierEligibility.UpgradeWarning(DossierType.Upgrade, Cert(4), null));
        Assert.Null(DossierEligibility.UpgradeWarning(DossierType.ReEvaluation, Cert(4), 3));
    }

    [Fact]
    public void Open_dossier_refusal_names_the_dossier_and_terminal_states_never_block()
    {
        Assert.Equal("Sản phẩm \"Bí xanh\" đang có hồ sơ số 7 (Lần đầu, trạng thái \"Bản nháp\"); mỗi sản phẩm chỉ có một hồ sơ đang xử lý. Hãy tiếp tục hồ sơ đó, hoặc rút hồ sơ đó trước khi lập hồ sơ mới.",
            DossierEligibility.OpenDossierRefusal("Bí xanh", 7, DossierType.FirstTime, DossierState.Draft));
        foreach (var s in Enum.GetValues<DossierState>().Where(DossierStateMachine.IsTerminal))
            Assert.Throws<ArgumentOutOfRangeException>(() => DossierEligibility.OpenDossierRefusal("x", 1, DossierType.FirstTime, s));
    }

    [Fact]
    public void Undefined_type_throws() => Assert.Throws<ArgumentOutOfRangeException>(() => DossierEligibility.RefusalToOpen((DossierType)9, null));
}
