using OcopHub.Core.Certificates;
using OcopHub.Web.Data.Entities;

namespace OcopHub.Web.Features.Certificates;

/// <summary>Labels, URL forms and list filters shared by pages, API, PDF and exports.</summary>
public static class CertificateViews
{
    /// <summary>
    /// The number in a URL path: "015/2026/OCOP-19" → "015-2026-OCOP-19". Slashes would need %2F, which proxies and
    /// routers treat inconsistently; the dash form is unambiguous because the parts are fixed.
    /// </summary>
    public static string Slug(string number) => number.Replace('/', '-');

    /// <summary>Accepts the printed form (also %2F-encoded) or the dash form; null when it is not a certificate number.</summary>
    public static string? FromSlug(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = Uri.UnescapeDataString(text.Trim());
        if (CertificateNumber.TryParse(t, out var n)) return n.ToString();
        var parts = t.Split('-');
        if (parts.Length == 4 && CertificateNumber.TryParse($"{parts[0]}/{parts[1]}/{parts[2]}-{parts[3]}", out n)) return n.ToString();
        return null;
    }

    public static string VerifyPath(string number) => $"/xac-minh/{Slug(number)}";

    public static string StatusVi(CertificateStatus s) => s switch
    {
        CertificateStatus.Active => "Còn hiệu lực",
        CertificateStatus.Expiring => "Sắp hết hạn (trong thời gian đánh giá lại)",
        CertificateStatus.Expired => "Hết hiệu lực",
        CertificateStatus.Revoked => "Đã bị thu hồi",
        CertificateStatus.Superseded => "Đã được thay thế bằng giấy chứng nhận mới",
        CertificateStatus.ExtendedPendingResult => "Tiếp tục có hiệu lực chờ kết quả đánh giá lại",
        _ => s.ToString(),
    };

    public static string Badge(CertificateStatus s) => s switch
    {
        CertificateStatus.Active => "text-bg-success",
        CertificateStatus.Expiring or CertificateStatus.ExtendedPendingResult => "text-bg-warning",
        CertificateStatus.Revoked => "text-bg-danger",
        _ => "text-bg-secondary",
    };

    public static string KindVi(InspectionKind k) => k == InspectionKind.Periodic ? "Định kỳ" : "Đột xuất";

    /// <summary>The list filters of the certificates page and API (values of <c>?status=</c>).</summary>
    public static readonly string[] Filters = ["active", "due", "closing", "overdue", "expired", "revoked", "superseded"];

    public static string FilterVi(string f) => f switch
    {
        "active" => "Còn hiệu lực",
        "due" => "Đến kỳ đánh giá lại (180–120 ngày trước hạn)",
        "closing" => "Sắp hết thời gian nộp hồ sơ đánh giá lại",
        "overdue" => "Quá hạn nộp hồ sơ đánh giá lại",
        "expired" => "Hết hạn – rà soát chuẩn hoá lại",
        "revoked" => "Đã thu hồi",
        "superseded" => "Đã được thay thế",
        _ => f,
    };

    /// <summary>Filters in the database by dates (the same arithmetic as <see cref="CertificateLifecycle"/>).</summary>
    public static IQueryable<Certificate> Filter(IQueryable<Certificate> q, string? status, DateOnly today)
    {
        var p = CertificatePolicy.Default;
        var live = q.Where(c => c.RevokedOn == null && c.SupersededOn == null);
        return status switch
        {
            "active" => live.Where(c => c.ExpiresOn >= today),
            "due" => live.Where(c => c.ReEvaluationFiledOn == null && c.ExpiresOn >= today.AddDays(p.WindowClosesDaysBeforeExpiry)
                                     && c.ExpiresOn <= today.AddDays(p.WindowOpensDaysBeforeExpiry)),
            "closing" => live.Where(c => c.ReEvaluationFiledOn == null && c.ExpiresOn >= today.AddDays(p.WindowClosesDaysBeforeExpiry)
                                         && c.ExpiresOn <= today.AddDays(p.WindowClosesDaysBeforeExpiry + p.ClosingSoonLeadDays)),
            "overdue" => live.Where(c => c.ReEvaluationFiledOn == null && c.ExpiresOn >= today && c.ExpiresOn < today.AddDays(p.WindowClosesDaysBeforeExpiry)),
            "expired" => live.Where(c => c.ExpiresOn < today),
            "revoked" => q.Where(c => c.RevokedOn != null),
            "superseded" => q.Where(c => c.SupersededOn != null && c.RevokedOn == null),
            _ => q,
        };
    }
}
