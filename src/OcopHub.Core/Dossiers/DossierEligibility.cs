using OcopHub.Core.Calendar;
using OcopHub.Core.Certificates;

namespace OcopHub.Core.Dossiers;

/// <summary>
/// The recognition a product holds on a day (its OCOP certificate in force), as the dossier-type rules need it.
/// <see cref="CertificateNumber"/> is null for a recognition known only from the product's history.
/// </summary>
public sealed record RecognitionInForce(int Stars, decimal? Points, DateOnly IssuedOn, DateOnly ExpiresOn, string? CertificateNumber)
{
    /// <summary>"giấy chứng nhận số 012/2026/OCOP-19 (4 sao, hết hạn 15/03/2029)".</summary>
    public string Describe() =>
        $"giấy chứng nhận{(CertificateNumber is null ? "" : " số " + CertificateNumber)} ({Stars} sao, hết hạn {ExpiresOn:dd/MM/yyyy})";
}

/// <summary>
/// Which registration type (lần đăng ký, Mẫu 01 item 4) a product may file, and when (Art. 6.1, 7.5, 7.6.a):
/// lần đầu needs no certificate in force; nâng hạng needs one below 5★ (the target, a higher star, is implied);
/// đánh giá lại needs one and is filed only in its window, 180 → 120 days before expiry.
/// </summary>
public static class DossierEligibility
{
    /// <summary>The highest star level (Art. 3.3).</summary>
    public const int MaxStars = 5;

    /// <summary>
    /// Art. 7.6.a: "không sớm hơn 180 ngày và không muộn hơn 120 ngày tính đến ngày hết thời hạn", both ends included;
    /// with a calendar the closing day moves to the next working day, as the certificate reminders say.
    /// </summary>
    public static FilingWindow ReEvaluationWindow(DateOnly expiresOn, WorkingDayCalendar? calendar = null, CertificatePolicy? policy = null)
    {
        var p = policy ?? CertificatePolicy.Default;
        var closes = expiresOn.AddDays(-p.WindowClosesDaysBeforeExpiry);
        return new FilingWindow(expiresOn.AddDays(-p.WindowOpensDaysBeforeExpiry), calendar is null ? closes : calendar.OnOrNextWorkingDay(closes));
    }

    /// <summary>The lowest star an upgrade aims at, or null when the product already holds 5★.</summary>
    public static int? UpgradeTarget(int currentStars) => currentStars < MaxStars ? currentStars + 1 : null;

    /// <summary>Why a dossier of <paramref name="type"/> cannot be opened for a product holding <paramref name="current"/>; null when it can.</summary>
    public static string? RefusalToOpen(DossierType type, RecognitionInForce? current) => type switch
    {
        DossierType.FirstTime when current is not null =>
            $"Sản phẩm đang có {current.Describe()}; không đăng ký lần đầu. Hãy chọn \"Nâng hạng\" hoặc \"Đánh giá lại\" (Điều 6.1).",
        DossierType.Upgrade when current is null =>
            "Nâng hạng chỉ dành cho sản phẩm đang có giấy chứng nhận OCOP còn hiệu lực (Điều 6.1.b, 7.5); sản phẩm này chưa có, hãy đăng ký lần đầu.",
        DossierType.Upgrade when UpgradeTarget(current!.Stars) is null =>
            $"Sản phẩm đã đạt 5 sao ({current.Describe()}), hạng cao nhất; không thể nâng hạng.",
        DossierType.ReEvaluation when current is null =>
            "Đánh giá lại chỉ dành cho sản phẩm có giấy chứng nhận OCOP còn hiệu lực (Điều 6.1.c, 7.6); sản phẩm này không có.",
        DossierType.FirstTime or DossierType.Upgrade or DossierType.ReEvaluation => null,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>
    /// Why the dossier cannot be filed (submitted) on <paramref name="filedOn"/>; null when it can. A dossier returned
    /// for completion was filed in time once; its resubmission is not held to the window again (quyết định thiết kế).
    /// </summary>
    public static string? RefusalToFile(DossierType type, RecognitionInForce? current, DateOnly filedOn, bool resubmission, WorkingDayCalendar? calendar = null)
    {
        if (RefusalToOpen(type, current) is { } refusal) return refusal;
        if (type != DossierType.ReEvaluation || resubmission) return null;
        var window = ReEvaluationWindow(current!.ExpiresOn, calendar);
        var range = $"từ {window.Opens:dd/MM/yyyy} đến {window.Closes:dd/MM/yyyy}";
        return window.Classify(filedOn) switch
        {
            FilingTiming.TooEarly => $"Chưa đến thời gian nộp hồ sơ đánh giá lại: {current.Describe()}; chỉ nộp {range} (không sớm hơn 180 ngày và không muộn hơn 120 ngày trước ngày hết hạn, Điều 7.6.a).",
            FilingTiming.TooLate => $"Đã quá thời hạn nộp hồ sơ đánh giá lại: {current.Describe()}; chỉ nộp {range} (không sớm hơn 180 ngày và không muộn hơn 120 ngày trước ngày hết hạn, Điều 7.6.a).",
            _ => null,
        };
    }

    /// <summary>
    /// A warning, not a refusal: an upgrade whose self-assessment does not reach a higher star than the one held.
    /// The council scores; the producer may still file.
    /// </summary>
    public static string? UpgradeWarning(DossierType type, RecognitionInForce? current, int? selfStars) =>
        type == DossierType.Upgrade && current is not null && selfStars is { } s && s <= current.Stars
            ? $"Tự đánh giá {s} sao, chưa cao hơn hạng đang được công nhận ({current.Stars} sao): hồ sơ nâng hạng hướng tới từ {current.Stars + 1} sao."
            : null;

    /// <summary>One open dossier per product: the refusal when <paramref name="openDossierId"/> is still being processed.</summary>
    public static string OpenDossierRefusal(string productName, int openDossierId, DossierType openType, DossierState openState) =>
        DossierStateMachine.IsTerminal(openState)
            ? throw new ArgumentOutOfRangeException(nameof(openState), openState, "Hồ sơ đã kết thúc không chặn hồ sơ mới.")
            : $"Sản phẩm \"{productName}\" đang có hồ sơ số {openDossierId} ({openType.Vi()}, trạng thái \"{openState.Vi()}\"); mỗi sản phẩm chỉ có một hồ sơ đang xử lý. Hãy tiếp tục hồ sơ đó, hoặc rút hồ sơ đó trước khi lập hồ sơ mới.";
}
