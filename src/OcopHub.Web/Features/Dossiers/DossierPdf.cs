using OcopHub.Core.Dossiers;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Infrastructure.Pdf;

namespace OcopHub.Web.Features.Dossiers;

/// <summary>Mẫu 01 (Phiếu đăng ký sản phẩm OCOP) as PDF, with the receipt number and date once the commune has received it.</summary>
public static class DossierPdf
{
    public static byte[] Registration(Dossier d, DateOnly today)
    {
        var pdf = new PdfDocumentBuilder()
            .Metadata(title: $"Phiếu đăng ký sản phẩm OCOP — {d.ProductName}", author: "OCOP Hub", subject: "Mẫu 01, Phụ lục III, QĐ 26/2026/QĐ-TTg")
            .Footer($"OCOP Hub · hồ sơ số {d.Id} · in ngày {today:dd/MM/yyyy}")
            .Paragraph("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, align: PdfAlign.Center)
            .Paragraph("Độc lập - Tự do - Hạnh phúc", bold: true, align: PdfAlign.Center)
            .Spacer(4)
            .Title("PHIẾU ĐĂNG KÝ SẢN PHẨM OCOP")
            .Paragraph($"Phiếu số: {d.ReceiptNumber ?? "……/PĐK-……-……-……"}", align: PdfAlign.Center)
            .Paragraph("Kính gửi: Ủy ban nhân dân cấp xã", italic: true, align: PdfAlign.Center)
            .Spacer(3)
            .Heading("Thông tin chủ thể")
            .KeyValues([
                new("1. Tên đơn vị", d.UnitName), new("Địa chỉ", d.Address), new("2. Người đại diện theo pháp luật", d.LegalRepresentative),
                new("Chức vụ", d.RepresentativePosition), new("Điện thoại", d.Phone), new("Email", d.Email),
            ])
            .Heading("Sản phẩm đăng ký")
            .KeyValues([
                new("3. Tên sản phẩm", d.ProductName), new("Ngành / bộ sản phẩm", $"Ngành {d.SectorCode}, bộ {d.SetNo} ({d.RulebookId})"),
                new("4. Lần đăng ký", d.Type.Vi()), new("Số sản phẩm mẫu", d.SampleCount.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("Tự đánh giá (Mẫu 02)", d.SelfTotal is { } t ? $"{t:0.##} điểm{(d.SelfStars is { } s ? $", dự kiến {s} sao" : "")}" : "chưa hoàn thành"),
            ]);
        if (!string.IsNullOrWhiteSpace(d.Attachments))
        {
            pdf.Heading("Tài liệu kèm theo");
            foreach (var line in d.Attachments.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) pdf.Paragraph("– " + line);
        }
        pdf.Heading("Tiếp nhận").KeyValues([
            new("Ngày nộp", d.SubmittedOn?.ToString("dd/MM/yyyy")), new("Ngày UBND cấp xã tiếp nhận", d.ReceivedOn?.ToString("dd/MM/yyyy")),
            new("Hạn xem xét (15 ngày làm việc)", d.CommuneDueOn?.ToString("dd/MM/yyyy")), new("Trạng thái", d.State.Vi()),
        ]);
        pdf.Spacer(8).Signatures(new PdfSignature("NGƯỜI TIẾP NHẬN", Date: d.ReceivedOn),
            new PdfSignature("ĐẠI DIỆN CHỦ THỂ", d.LegalRepresentative, Date: d.SubmittedOn, Note: "(Ký, ghi rõ họ tên, đóng dấu nếu có)"));
        return pdf.Build();
    }
}
