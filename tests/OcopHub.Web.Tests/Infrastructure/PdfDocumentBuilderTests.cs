using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using OcopHub.Web.Infrastructure.Pdf;

namespace OcopHub.Web.Tests.Infrastructure;

/// <summary>
/// The PDF builder needs no database or app host. Text is checked without external tools by inflating
/// the PDF's streams: Skia writes glyph ids in content streams and maps them back to Unicode in ToUnicode
/// CMaps, which is exactly what makes text extractable, so both are asserted.
/// </summary>
public partial class PdfDocumentBuilderTests
{
    private const string Product = "Bí xanh thơm Ba Bể – Hợp tác xã Nông nghiệp";

    /// <summary>A realistic self-assessment sheet, long enough for several pages. Also used for visual checks.</summary>
    internal static PdfDocumentBuilder SampleSheet()
    {
        var rows = new List<PdfRow>();
        for (var i = 1; i <= 60; i++)
        {
            var criterion = i % 7 == 0
                ? $"Tiêu chí {i}: Sản phẩm có câu chuyện gắn với nguồn gốc, lịch sử, văn hoá địa phương được thể hiện trên bao bì, nhãn mác và tài liệu quảng bá của chủ thể"
                : $"Tiêu chí {i}: Chất lượng nguyên liệu đầu vào";
            rows.Add(new PdfRow($"{i}", criterion, i % 5 == 0 ? "Có (tối thiểu 3★)" : "—", $"{i % 4 + 1}")
            {
                Highlight = i % 5 == 0,
            });
        }
        rows.Add(new PdfRow("", "Tổng điểm", "", "74") { Bold = true });

        return new PdfDocumentBuilder()
            .Metadata(author: "UBND tỉnh Bắc Kạn", subject: "Phiếu tự đánh giá sản phẩm OCOP", keywords: "OCOP, tự đánh giá",
                created: new DateTime(2026, 11, 23, 8, 0, 0, DateTimeKind.Utc))
            .Footer("Mẫu số 01 – OCOP Hub")
            .Title("PHIẾU TỰ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP")
            .Heading("I. Thông tin chung")
            // Decomposed (NFD) input, as some keyboards produce it, must come out as normal NFC text.
            .KeyValue("Tên sản phẩm:", Product.Normalize(NormalizationForm.FormD))
            .KeyValue("Địa chỉ:", "Thôn Pác Ngòi, xã Nam Mẫu, huyện Ba Bể, tỉnh Bắc Kạn")
            .KeyValue("Mã hồ sơ:", "OCOP-2026-BK-000123-THIS-IS-A-VERY-LONG-IDENTIFIER-WITHOUT-SPACES-THAT-MUST-BREAK")
            .HorizontalRule()
            .Paragraph("Chủ thể tự đánh giá theo Bộ tiêu chí đánh giá, phân hạng sản phẩm OCOP ban hành kèm theo Quyết định số 148/QĐ-TTg. "
                + "Các dòng được tô màu là tiêu chí tối thiểu để đạt hạng sao tương ứng; không đạt một tiêu chí tối thiểu thì không được xếp hạng đó, "
                + "bất kể tổng điểm.", align: PdfAlign.Justify)
            .Paragraph("Ghi chú: điểm được làm tròn đến số nguyên.", italic: true, size: 9)
            .Heading("II. Kết quả chấm điểm", 2)
            .Table(
                [new PdfColumn("TT", 0.6f, PdfAlign.Center), new PdfColumn("Tiêu chí", 6), new PdfColumn("Tối thiểu", 1.8f, PdfAlign.Center), new PdfColumn("Điểm", 1f, PdfAlign.Right)],
                rows, zebra: true)
            .Heading("III. Tra cứu")
            .Qr("https://ocop.example.vn/tra-cuu/OCOP-2026-BK-000123", 30, "Quét mã để tra cứu hồ sơ trên OCOP Hub")
            .Signatures(
                new PdfSignature("NGƯỜI LẬP PHIẾU", "Nông Thị Hoa", ShowDateLine: false),
                new PdfSignature("ĐẠI DIỆN CHỦ THỂ", "Hoàng Văn Bình", Place: "Ba Bể", Date: new DateOnly(2026, 2, 5)));
    }

    [Fact]
    public void Long_document_is_a_multi_page_pdf_with_extractable_vietnamese_text()
    {
        var pdf = SampleSheet().Build();
        WriteSampleIfRequested("sample-sheet.pdf", pdf);

        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        Assert.EndsWith("%%EOF", Encoding.ASCII.GetString(pdf).TrimEnd());
        Assert.True(PageCount(pdf) > 1, $"expected several pages, got {PageCount(pdf)}");

        var raw = Encoding.Latin1.GetString(pdf);
        Assert.Matches(@"/BaseFont\s*/[A-Z]{6}\+DejaVuSans\b", raw);
        Assert.Matches(@"/BaseFont\s*/[A-Z]{6}\+DejaVuSans-Bold\b", raw);
        Assert.Contains("/ToUnicode", raw);
        Assert.Contains("OCOP Hub", raw); // creator in the document information

        var streams = InflatedStreams(pdf);
        // Text objects with show-text operators, i.e. real text rather than outlines.
        Assert.Contains(streams, s => s.Contains("BT") && Regex.IsMatch(s, @"\bT[jJ]\b"));
        // The ToUnicode maps know the Vietnamese letters used: ể (U+1EC3), ợ (U+1EE3), ơ (U+01A1) and the en dash.
        var cmaps = string.Join("\n", streams.Where(s => s.Contains("beginbfchar") || s.Contains("beginbfrange")));
        foreach (var code in new[] { "1EC3", "1EE3", "01A1", "2013" })
            Assert.Contains(code, cmaps, StringComparison.OrdinalIgnoreCase);
        // NFD input was normalised: no combining hook above (U+0309) or acute (U+0301) was drawn.
        Assert.DoesNotMatch(@"<[0-9A-Fa-f]{4}>\s*<030[19]>", cmaps);
    }

    [Fact]
    public void Embedded_fonts_are_subset_to_the_glyphs_used()
    {
        var pdf = SampleSheet().Build();
        var raw = Encoding.Latin1.GetString(pdf);
        // Length1 is the uncompressed size of each embedded TrueType file; the full faces are ~700 KB each.
        var sizes = Regex.Matches(raw, @"/Length1\s+(\d+)").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(2, sizes.Count);
        Assert.All(sizes, size => Assert.InRange(size, 1_000, 250_000));
        Assert.InRange(pdf.Length, 10_000, 200_000);
    }

    [Fact]
    public void Row_taller_than_a_page_is_split_and_tables_without_rows_render()
    {
        var tall = string.Join("\n", Enumerable.Range(1, 150).Select(i => $"Dòng {i} của một ô rất dài"));
        var pdf = new PdfDocumentBuilder()
            .Table([new PdfColumn("Cột A"), new PdfColumn("Cột B", 2)], [new PdfRow("x", tall), new PdfRow("y", "ngắn")])
            .Table([new PdfColumn("Trống")], [])
            .Paragraph("Ký tự ngoài phông chữ vẫn không làm hỏng tệp: 漢字 😀")
            .Build();
        WriteSampleIfRequested("tall-row.pdf", pdf);
        Assert.InRange(PageCount(pdf), 3, 6);
    }

    [Fact]
    public void Empty_document_still_has_one_page()
    {
        var pdf = new PdfDocumentBuilder().Build();
        Assert.Equal(1, PageCount(pdf));
    }

    [Fact]
    public void Landscape_document_has_landscape_media_box()
    {
        var pdf = new PdfDocumentBuilder(PdfOrientation.Landscape, marginsMm: 15).Title("Báo cáo").Paragraph("Nội dung").Build();
        var box = Regex.Match(Encoding.Latin1.GetString(pdf), @"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]");
        Assert.True(box.Success);
        Assert.True(double.Parse(box.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
            > double.Parse(box.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1, PageCount(pdf));
    }

    [Fact]
    public void Qr_matrix_for_a_known_payload_is_a_real_qr_symbol()
    {
        var modules = PdfQrCode.Modules("https://ocop.example.vn/tra-cuu/OCOP-2026-BK-000123");
        var n = modules.GetLength(0);
        var q = PdfQrCode.QuietZoneModules;
        Assert.Equal(n, modules.GetLength(1));
        var symbol = n - 2 * q;
        Assert.True(symbol >= 21 && (symbol - 17) % 4 == 0, $"QR symbols are 4v+17 modules wide, got {symbol}");

        // Finder pattern at the top-left: a dark 7×7 ring, a light ring, a dark 3×3 centre.
        for (var i = 0; i < 7; i++)
        {
            Assert.True(modules[q, q + i] && modules[q + 6, q + i] && modules[q + i, q] && modules[q + i, q + 6]);
        }
        Assert.False(modules[q + 1, q + 1]);
        Assert.True(modules[q + 3, q + 3]);
        // Quiet zone is light; the data area is a mix.
        Assert.False(modules[0, 0]);
        var dark = 0;
        foreach (var m in modules) if (m) dark++;
        Assert.InRange(dark, symbol * symbol / 4, symbol * symbol * 3 / 4);

        var png = PdfQrCode.Png("OCOP", 4);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);

        var pdf = new PdfDocumentBuilder().Qr("OCOP-2026-BK-000123", 40, "Mã QR").Image(png, 20).Build();
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        Assert.Equal(1, PageCount(pdf));
        // Vector QR: many filled rectangles/path segments in the content stream rather than only an image.
        Assert.Contains(InflatedStreams(pdf), s => Regex.Matches(s, @"\bl\b|\bre\b").Count > 50);
    }

    [Theory]
    [InlineData(2026, 2, 5, "Ba Bể", "Ba Bể, ngày 05 tháng 02 năm 2026")]
    [InlineData(2026, 11, 23, "Bắc Kạn", "Bắc Kạn, ngày 23 tháng 11 năm 2026")]
    [InlineData(2026, 3, 9, null, "…, ngày 09 tháng 3 năm 2026")]
    public void Signature_date_line_follows_the_administrative_format(int y, int m, int d, string? place, string expected) =>
        Assert.Equal(expected, new PdfSignature("CHỦ TỊCH", Place: place, Date: new DateOnly(y, m, d)).DateLine());

    [Fact]
    public void Signature_without_date_leaves_blanks() =>
        Assert.Equal("…, ngày … tháng … năm …", new PdfSignature("THƯ KÝ").DateLine());

    [Fact]
    public void Build_is_repeatable_and_writes_to_a_stream()
    {
        var builder = SampleSheet();
        using var ms = new MemoryStream();
        builder.Build(ms);
        Assert.Equal(PageCount(ms.ToArray()), PageCount(builder.Build()));
    }

    /// <summary>
    /// The end of a form kept with its signatures: whatever the fill of the page before it, the group's text lands on
    /// one page. Without KeepTogether some fill splits it (so the check can fail).
    /// </summary>
    [Fact]
    public void Keep_together_never_splits_the_group_across_pages()
    {
        static void End(PdfDocumentBuilder e) => e.Heading("Tiếp nhận").KeyValue("Ngày nộp", "23/11/2026").KeyValue("Trạng thái", "Đã nộp")
            .Signatures(new PdfSignature("NGƯỜI TIẾP NHẬN"), new PdfSignature("ĐẠI DIỆN CHỦ THỂ", "Nông Thị Hoa"));
        static PdfDocumentBuilder Lines(int n)
        {
            var b = new PdfDocumentBuilder();
            for (var i = 0; i < n; i++) b.Paragraph($"Dòng {i}");
            return b;
        }
        var footer = TextOpsPerPage(new PdfDocumentBuilder().Build()).Single(); // "Trang 1/1" alone
        int PagesHoldingTheGroup(int n, bool keep)
        {
            var fill = TextOpsPerPage(Lines(n).Build());
            var b = Lines(n);
            if (keep) b.KeepTogether(End); else End(b);
            var all = TextOpsPerPage(b.Build());
            return all.Select((ops, i) => ops - (i < fill.Count ? fill[i] : footer)).Count(extra => extra > 0);
        }
        var split = 0;
        for (var n = 20; n <= 40; n++)
        {
            Assert.Equal(1, PagesHoldingTheGroup(n, keep: true));
            if (PagesHoldingTheGroup(n, keep: false) > 1) split++;
        }
        Assert.True(split > 0, "no fill split the group without KeepTogether: the test would not see a regression");
    }

    /// <summary>Text objects (BT … ET) in each page's content stream, in page order.</summary>
    private static List<int> TextOpsPerPage(byte[] pdf) =>
        InflatedStreams(pdf).Where(s => s.Contains(" Tf") && Regex.IsMatch(s, @"\bBT\b")).Select(s => Regex.Matches(s, @"\bBT\b").Count).ToList();

    private static int PageCount(byte[] pdf) => PageObject().Matches(Encoding.Latin1.GetString(pdf)).Count;

    [GeneratedRegex(@"/Type\s*/Page(?!s)\b")]
    private static partial Regex PageObject();

    private static List<string> InflatedStreams(byte[] pdf) => PdfStreams.Inflated(pdf);

    /// <summary>Set OCOP_PDF_SAMPLE_DIR to keep the generated PDF for a look with pdftotext/pdftoppm.</summary>
    private static void WriteSampleIfRequested(string name, byte[] pdf)
    {
        var dir = Environment.GetEnvironmentVariable("OCOP_PDF_SAMPLE_DIR");
        if (string.IsNullOrEmpty(dir)) return;
        Directory.CreateDirectory(dir);
        File.WriteAllBytes(Path.Combine(dir, name), pdf);
    }
}

public class PdfCertificateSampleTests
{
    /// <summary>A landscape certificate with logo image, QR and a single right-hand signature.</summary>
    [Fact]
    public void Landscape_certificate_with_image_qr_and_signature_fits_one_page()
    {
        var logo = PdfQrCode.Png("logo placeholder", 6); // any PNG will do as an image
        var pdf = new PdfDocumentBuilder(PdfOrientation.Landscape, marginsMm: 18)
            .Metadata(title: "Giấy chứng nhận sản phẩm OCOP", author: "UBND tỉnh Bắc Kạn")
            .Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, align: PdfAlign.Center)
            .Paragraph("Độc lập – Tự do – Hạnh phúc", bold: true, align: PdfAlign.Center)
            .Image(logo, 22)
            .Title("GIẤY CHỨNG NHẬN SẢN PHẨM OCOP", 20)
            .Paragraph("Chủ tịch Ủy ban nhân dân tỉnh Bắc Kạn chứng nhận", italic: true, align: PdfAlign.Center)
            .KeyValue("Sản phẩm:", "Bí xanh thơm Ba Bể", 0.3f)
            .KeyValue("Chủ thể:", "Hợp tác xã Nông nghiệp Ba Bể", 0.3f)
            .KeyValue("Hạng:", "★★★★ (4 sao)", 0.3f)
            .KeyValue("Hiệu lực:", "36 tháng kể từ ngày ký", 0.3f)
            .Qr("https://ocop.example.vn/chung-nhan/BK-2026-0042", 25, "Tra cứu giấy chứng nhận", PdfAlign.Left)
            .Signature(new PdfSignature("CHỦ TỊCH", "Nguyễn Văn Chủ", Place: "Bắc Kạn", Date: new DateOnly(2026, 11, 23), Note: null))
            .Build();
        var dir = Environment.GetEnvironmentVariable("OCOP_PDF_SAMPLE_DIR");
        if (!string.IsNullOrEmpty(dir)) File.WriteAllBytes(Path.Combine(dir, "certificate.pdf"), pdf);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page(?!s)\b"));
    }
}
