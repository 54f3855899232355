using OcopHub.Web.Data.Entities;
using OcopHub.Web.Infrastructure.Pdf;

namespace OcopHub.Web.Features.Certificates;

/// <summary>Giấy chứng nhận sản phẩm OCOP (landscape A4) and the decision's list of products.</summary>
public static class CertificatePdf
{
    public static byte[] Certificate(Certificate c, RecognitionDecision d, string provinceName, string verifyUrl)
    {
        var issuer = d.Level == CertificateService.NationalLevel ? "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" : $"ỦY BAN NHÂN DÂN {provinceName.ToUpperInvariant()}";
        var stars = new string('★', c.Stars);
        var pdf = new PdfDocumentBuilder(PdfOrientation.Landscape, topMm: 12, rightMm: 15, bottomMm: 12, leftMm: 15)
            .Metadata(title: $"Giấy chứng nhận sản phẩm OCOP {c.Number}", author: issuer, subject: c.ProductName)
            .Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, align: PdfAlign.Center)
            .Paragraph("Độc lập - Tự do - Hạnh phúc", bold: true, align: PdfAlign.Center)
            .Spacer(3)
            .Paragraph(issuer, bold: true, align: PdfAlign.Center)
            .Paragraph($"Số: {c.Number}", align: PdfAlign.Center)
            .Spacer(2)
            .Paragraph("GIẤY CHỨNG NHẬN SẢN PHẨM OCOP", bold: true, size: 20, align: PdfAlign.Center)
            .Paragraph($"Đạt hạng {c.Stars} sao  {stars}", bold: true, size: 16, align: PdfAlign.Center)
            .Spacer(2)
            .KeyValue("Tên sản phẩm", c.ProductName, 0.25f)
            .KeyValue("Chủ thể sản xuất", c.ProducerName, 0.25f)
            .KeyValue("Địa chỉ", c.ProducerAddress, 0.25f)
            .KeyValue("Điểm đánh giá", c.Points?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), 0.25f)
            .KeyValue("Quyết định công nhận", $"Số {d.Number} ngày {d.DecisionDate:dd/MM/yyyy}", 0.25f)
            .KeyValue("Thời hạn", $"36 tháng, từ ngày {c.IssuedOn:dd/MM/yyyy} đến ngày {c.ExpiresOn:dd/MM/yyyy}", 0.25f)
            .Qr(verifyUrl, 26, "Quét mã để xác minh giấy chứng nhận", PdfAlign.Left)
            .Signature(new PdfSignature(d.SignerTitle.ToUpperInvariant(), d.SignerName, provinceName, d.DecisionDate, Note: null));
        return pdf.Build();
    }

    public static byte[] DecisionList(RecognitionDecision d, IReadOnlyList<Certificate> certificates)
    {
        var pdf = new PdfDocumentBuilder(PdfOrientation.Landscape)
            .Metadata(title: $"Danh sách sản phẩm OCOP – Quyết định {d.Number}")
            .Title("DANH SÁCH SẢN PHẨM OCOP ĐƯỢC CÔNG NHẬN")
            .Paragraph($"(Kèm theo Quyết định số {d.Number} ngày {d.DecisionDate:dd/MM/yyyy})", italic: true, align: PdfAlign.Center)
            .Spacer(3)
            .Table([new("STT", 0.4f, PdfAlign.Right), new("Tên sản phẩm", 2.2f), new("Chủ thể", 2.2f), new("Địa chỉ", 2.4f),
                    new("Số sao", 0.6f, PdfAlign.Right), new("Điểm", 0.6f, PdfAlign.Right), new("Số giấy chứng nhận", 1.4f), new("Hết hạn", 0.9f)],
                certificates.Select((c, i) => new PdfRow([(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), c.ProductName, c.ProducerName,
                    c.ProducerAddress ?? "", c.Stars.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    c.Points?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) ?? "", c.Number, c.ExpiresOn.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)])),
                fontSize: 9, zebra: true)
            .Signature(new PdfSignature(d.SignerTitle.ToUpperInvariant(), d.SignerName, null, d.DecisionDate, Note: null));
        return pdf.Build();
    }
}
