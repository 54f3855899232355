using System.Globalization;
using System.Text;
using OcopHub.Core.Dossiers;
using OcopHub.Core.Scoring;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Infrastructure.Pdf;

namespace OcopHub.Web.Features.Certificates;

/// <summary>
/// Thông báo kết quả đánh giá, phân hạng sản phẩm OCOP (Art. 7.3.g) for a product that is not recognised (1–2★,
/// Art. 4.1.a): the council's result, the engine's explanation and the criteria to raise for the next star.
/// The same text goes in the app notification and on the PDF.
/// </summary>
public static class ResultNotice
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static string Title(Dossier d) => $"Thông báo kết quả: sản phẩm \"{d.ProductName}\" không được công nhận sản phẩm OCOP";

    public static string Conclusion(Evaluation e) =>
        $"Hội đồng đánh giá, phân hạng sản phẩm OCOP chấm {ResultDecisions.Points(e.Average)} điểm" +
        $"{(e.Stars is { } s ? $", xếp hạng {s} sao" : ", không xếp hạng")}: sản phẩm chưa đủ điều kiện công nhận và cấp giấy chứng nhận sản phẩm OCOP (điểm a khoản 1 Điều 4; dưới 50 điểm hoặc chưa đạt yêu cầu tối thiểu của hạng 3 sao).";

    /// <summary>The criteria to raise, one line each: "A1 (…) lên phương án c (+2 điểm TB)".</summary>
    public static IReadOnlyList<string> Improvements(GapAnalysis? gap) => gap?.Upgrades.Select(u =>
        $"{u.CriterionCode} — {u.CriterionTitle}: từ phương án {string.Join("/", u.FromOptions.Distinct())} lên phương án {u.ToOption} (+{ResultDecisions.Points(u.AverageGain)} điểm trung bình{(u.RequiredByMinimum ? ", bắt buộc theo yêu cầu tối thiểu" : "")})").ToList() ?? [];

    /// <summary>The body of the app notification (and the email).</summary>
    public static string Body(Dossier d, Evaluation e, GapAnalysis? gap, string? note)
    {
        var text = new StringBuilder()
            .AppendLine(Conclusion(e))
            .AppendLine($"Nhận xét của Hội đồng: {e.ExplanationVi}");
        if (gap is { Reachable: true, TargetStars: { } target } && gap.Upgrades.Count > 0)
        {
            text.AppendLine($"Để đạt {target} sao cần nâng các tiêu chí:");
            foreach (var line in Improvements(gap)) text.AppendLine($"- {line}");
        }
        else if (gap is not null) text.AppendLine(gap.Explanation.Vi);
        if (!string.IsNullOrWhiteSpace(note)) text.AppendLine($"Ý kiến của cơ quan tham mưu quản lý OCOP cấp tỉnh: {note}");
        text.Append($"Thông báo bằng văn bản (PDF): {PdfUrl(d.Id)}");
        return text.ToString();
    }

    public static string PdfUrl(int dossierId) => $"/api/v1/dossiers/{dossierId}/result-notice.pdf";

    public static string PagePath(int dossierId) => $"/Certificates/Notice/{dossierId}";

    public static byte[] Pdf(ResultQueries.NoticeData n)
    {
        var d = n.Dossier;
        var e = n.Evaluation;
        var on = n.Declined is { } ev ? DateOnly.FromDateTime(ev.At.AddHours(7)) : DateOnly.FromDateTime(e.ClosedAt.AddHours(7));
        var pdf = new PdfDocumentBuilder()
            .Metadata(title: $"Thông báo kết quả đánh giá, phân hạng sản phẩm OCOP — {d.ProductName}", author: $"UBND {n.ProvinceName}", subject: d.ProductName)
            .Paragraph($"ỦY BAN NHÂN DÂN {n.ProvinceName.ToUpper(Vi)}", bold: true)
            .Paragraph("CƠ QUAN THAM MƯU QUẢN LÝ OCOP CẤP TỈNH", bold: true)
            .Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc", italic: true, align: PdfAlign.Right)
            .Paragraph($"Số: {d.Id}/TB-OCOP", align: PdfAlign.Left)
            .Spacer(3)
            .Title("THÔNG BÁO")
            .Paragraph("Kết quả đánh giá, phân hạng sản phẩm OCOP", bold: true, align: PdfAlign.Center)
            .Spacer(3)
            .Paragraph($"Kính gửi: {d.UnitName}{(n.CommuneName is { } c ? $"; Ủy ban nhân dân {c}" : "")}.")
            .Paragraph("Căn cứ điểm g khoản 3 Điều 7 Quyết định số 26/2026/QĐ-TTg, cơ quan tham mưu quản lý OCOP cấp tỉnh thông báo kết quả đánh giá, phân hạng sản phẩm như sau:")
            .KeyValue("Tên sản phẩm", d.ProductName, 0.28f)
            .KeyValue("Chủ thể OCOP", d.UnitName, 0.28f)
            .KeyValue("Số phiếu đăng ký", d.ReceiptNumber, 0.28f)
            .KeyValue("Đợt đánh giá", n.RoundName, 0.28f)
            .KeyValue("Điểm trung bình", ResultDecisions.Points(e.Average), 0.28f)
            .KeyValue("Hạng", e.Stars is { } s ? $"{s} sao" : "Không xếp hạng", 0.28f)
            .KeyValue("Hội đồng kết luận ngày", e.ClosedAt.AddHours(7).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), 0.28f)
            .Spacer(2)
            .Heading("1. Kết luận")
            .Paragraph(Conclusion(e))
            .Heading("2. Nhận xét của Hội đồng")
            .Paragraph(e.ExplanationVi);
        if (n.Gap is { Reachable: true, TargetStars: { } target } gap && gap.Upgrades.Count > 0)
        {
            pdf.Heading($"3. Các tiêu chí cần nâng để đạt {target} sao")
                .Table([new("Tiêu chí", 0.8f), new("Nội dung", 3.2f), new("Hiện tại", 0.9f), new("Cần đạt", 0.8f), new("+ điểm TB", 0.9f, PdfAlign.Right), new("Bắt buộc", 0.8f)],
                    gap.Upgrades.Select(u => new PdfRow([u.CriterionCode, u.CriterionTitle, string.Join("/", u.FromOptions.Distinct()), u.ToOption,
                        ResultDecisions.Points(u.AverageGain), u.RequiredByMinimum ? "Có" : ""])), fontSize: 9, zebra: true)
                .Paragraph(gap.Explanation.Vi, italic: true);
        }
        else if (n.Gap is { } g) pdf.Heading("3. Hướng cải thiện").Paragraph(g.Explanation.Vi);
        if (n.Declined?.Note is { Length: > 0 } note) pdf.Heading("4. Ý kiến của cơ quan tham mưu quản lý OCOP cấp tỉnh").Paragraph(note);
        pdf.Paragraph("Chủ thể có thể hoàn thiện sản phẩm theo các nội dung trên và đăng ký tham gia đánh giá, phân hạng ở đợt sau.", italic: true)
            .Signature(new PdfSignature("CƠ QUAN THAM MƯU QUẢN LÝ OCOP CẤP TỈNH", n.Declined?.UserName ?? "", n.ProvinceName, on, Note: null));
        return pdf.Build();
    }
}
