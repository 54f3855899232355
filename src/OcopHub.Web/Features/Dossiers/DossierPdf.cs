using OcopHub.Core.Dossiers;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Infrastructure.Pdf;

namespace OcopHub.Web.Features.Dossiers;

/// <summary>Mẫu 01 (Phiếu đăng ký sản phẩm OCOP) as PDF, with the receipt number and date once the commune has received it.</summary>
public static class DossierPdf
{
    // Labels such as "2. Người đại diện theo pháp luật" stay on one line at this share of the width.
    private const float KeyFraction = 0.46f;

    /// <summary>
    /// One A4 page for a typical dossier: compact headings, the attachment list tightly spaced, and the receipt section
    /// kept on the same page as the signatures (when the list is long, both move to the next page together).
    /// </summary>
    public static byte[] Registration(Dossier d, DateOnly today)
    {
        var pdf = new PdfDocumentBuilder(topMm: 15, rightMm: 15, bottomMm: 15, leftMm: 30)
            .Metadata(title: $"Phiếu đăng ký sản phẩm OCOP — {d.ProductName}", author: "OCOP Hub", subject: "Mẫu 01, Phụ lục III, QĐ 26/2026/QĐ-TTg")
            .Footer($"OCOP Hub · hồ sơ số {d.Id} · in ngày {today:dd/MM/yyyy}")
            .Paragraph("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold: true, align: PdfAlign.Center)
            .Title("PHIẾU ĐĂNG KÝ SẢN PHẨM OCOP")
            .Paragraph($"Phiếu số: {d.ReceiptNumber ?? "……/PĐK-……-……-……"}\nKính gửi: Ủy ban nhân dân cấp xã", align: PdfAlign.Center)
            .Heading("Thông tin chủ thể", level: 2)
            .KeyValues([
                new("1. Tên đơn vị", d.UnitName), new("Địa chỉ", d.Address), new("2. Người đại diện theo pháp luật", d.LegalRepresentative),
                new("Chức vụ", d.RepresentativePosition), new("Điện thoại", d.Phone), new("Email", d.Email),
            ], KeyFraction)
            .Heading("Sản phẩm đăng ký", level: 2)
            .KeyValues([
                new("3. Tên sản phẩm", d.ProductName), new("Ngành / bộ sản phẩm", $"Ngành {d.SectorCode}, bộ {d.SetNo} ({d.RulebookId})"),
                new("4. Lần đăng ký", d.Type.Vi()), new("Số sản phẩm mẫu", d.SampleCount.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("Tự đánh giá (Mẫu 02)", d.SelfTotal is { } t ? $"{t:0.##} điểm{(d.SelfStars is { } s ? $", dự kiến {s} sao" : "")}" : "chưa hoàn thành"),
            ], KeyFraction);
        if (!string.IsNullOrWhiteSpace(d.Attachments))
        {
            var lines = d.Attachments.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            // One row per document, tightly spaced, flowing onto the next page line by line when the list is long.
            pdf.Heading("Tài liệu kèm theo", level: 2);
            foreach (var line in lines) pdf.KeyValue("–", line, 0.05f);
        }
        // The end of the form travels with the signatures: a signature block alone on a page is worthless.
        pdf.KeepTogether(end => end
            .Heading("Tiếp nhận", level: 2)
            .KeyValues([
                new("Ngày nộp", d.SubmittedOn?.ToString("dd/MM/yyyy")), new("Ngày UBND cấp xã tiếp nhận", d.ReceivedOn?.ToString("dd/MM/yyyy")),
                new("Hạn xem xét (15 ngày làm việc)", d.CommuneDueOn?.ToString("dd/MM/yyyy")), new("Trạng thái", d.State.Vi()),
            ], KeyFraction)
            .Signatures(new PdfSignature("NGƯỜI TIẾP NHẬN", Date: d.ReceivedOn),
                new PdfSignature("ĐẠI DIỆN CHỦ THỂ", d.LegalRepresentative, Date: d.SubmittedOn, Note: "(Ký, ghi rõ họ tên, đóng dấu nếu có)")));
        return pdf.Build();
    }
}
