using SkiaSharp;

namespace OcopHub.Web.Infrastructure.Pdf;

/// <summary>
/// Builds simple flowing A4 PDF documents in Vietnamese (self-assessment sheets, council minutes,
/// certificates, reports) with SkiaSharp's PDF backend and the embedded DejaVu Sans fonts.
/// Text is drawn as real text (selectable, searchable, extractable); input is normalised to NFC.
/// Layout runs completely before rendering, so the footer can say "Trang X/Y".
/// </summary>
/// <example>
/// <code>
/// byte[] pdf = new PdfDocumentBuilder(marginsMm: 20)
///     .Metadata(title: "Biên bản họp Hội đồng", author: "UBND tỉnh Bắc Kạn", subject: "Đánh giá OCOP 2026")
///     .Title("BIÊN BẢN HỌP HỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP")
///     .Heading("I. Thông tin sản phẩm")
///     .KeyValue("Tên sản phẩm:", "Bí xanh thơm Ba Bể")
///     .KeyValue("Chủ thể:", "Hợp tác xã Nông nghiệp Ba Bể")
///     .Paragraph("Hội đồng đã xem xét hồ sơ và chấm điểm theo Bộ tiêu chí…", align: PdfAlign.Justify)
///     .Table(
///         [new PdfColumn("TT", 0.6f, PdfAlign.Center), new PdfColumn("Tiêu chí", 6), new PdfColumn("Điểm", 1.2f, PdfAlign.Right)],
///         [new PdfRow("1", "Tổ chức sản xuất", "8"), new PdfRow("2", "Chất lượng sản phẩm", "3") { Highlight = true }])
///     .Qr("https://ocop.example.vn/verify/ABC123", sizeMm: 28, caption: "Quét để tra cứu")
///     .Signatures(new PdfSignature("THƯ KÝ", "Nguyễn Văn A", ShowDateLine: false),
///                 new PdfSignature("CHỦ TỊCH HỘI ĐỒNG", "Trần Thị B", Place: "Bắc Kạn", Date: new DateOnly(2026, 2, 5)))
///     .Build();
/// </code>
/// </example>
public sealed class PdfDocumentBuilder
{
    private const float A4WidthMm = 210f;
    private const float A4HeightMm = 297f;

    private readonly List<IPdfBlock> _blocks = [];
    private readonly PdfOrientation _orientation;
    private readonly float _marginTop, _marginRight, _marginBottom, _marginLeft;
    private string? _title, _author, _subject, _keywords, _footerText;
    private DateTime? _created;
    private float _baseSize = 11f;

    /// <summary>
    /// A new A4 document. Margins are in millimetres; the defaults follow the Vietnamese administrative
    /// layout (Decree 30/2020: top/bottom 20 mm, left 30 mm for binding, right 15 mm).
    /// </summary>
    public PdfDocumentBuilder(PdfOrientation orientation = PdfOrientation.Portrait, float marginsMm = float.NaN,
        float topMm = 20, float rightMm = 15, float bottomMm = 20, float leftMm = 30)
    {
        _orientation = orientation;
        if (!float.IsNaN(marginsMm)) topMm = rightMm = bottomMm = leftMm = marginsMm;
        if (new[] { topMm, rightMm, bottomMm, leftMm }.Any(m => m < 0 || m > 80))
            throw new ArgumentOutOfRangeException(nameof(marginsMm), "Margins must be between 0 and 80 mm.");
        // The footer ("Trang X/Y") is drawn inside the bottom margin, so it needs some room.
        (_marginTop, _marginRight, _marginBottom, _marginLeft) = (topMm, rightMm, Math.Max(bottomMm, 12), leftMm);
    }

    /// <summary>PDF document information. The creator is always "OCOP Hub".</summary>
    public PdfDocumentBuilder Metadata(string? title = null, string? author = null, string? subject = null, string? keywords = null, DateTime? created = null)
    {
        _title = title is null ? _title : PdfText.Clean(title);
        _author = author is null ? _author : PdfText.Clean(author);
        _subject = subject is null ? _subject : PdfText.Clean(subject);
        _keywords = keywords is null ? _keywords : PdfText.Clean(keywords);
        _created = created ?? _created;
        return this;
    }

    /// <summary>Optional text at the bottom left of every page (e.g. a document code); "Trang X/Y" is always at the bottom right.</summary>
    public PdfDocumentBuilder Footer(string? text)
    {
        _footerText = text is null ? null : PdfText.Clean(text);
        return this;
    }

    /// <summary>Body font size in points for later paragraphs, key/values, tables and signatures (default 11).</summary>
    public PdfDocumentBuilder BaseFontSize(float size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 5f);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, 30f);
        _baseSize = size;
        return this;
    }

    /// <summary>Document title: bold, centred, larger. Also becomes the PDF title unless <see cref="Metadata"/> set one.</summary>
    public PdfDocumentBuilder Title(string text, float size = 15f)
    {
        var clean = PdfText.Clean(text);
        _title ??= clean;
        return Add(new PdfTextBlock(clean, bold: true, italic: false, size, PdfAlign.Center, 0, PdfUnits.Mm(4), keepWithNext: PdfText.LineHeight(_baseSize) * 3));
    }

    /// <summary>A section heading; level 1 is largest, level 3 is bold italic at body size.</summary>
    public PdfDocumentBuilder Heading(string text, int level = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        var size = level switch { 1 => _baseSize + 2, 2 => _baseSize + 1, _ => _baseSize };
        return Add(new PdfTextBlock(PdfText.Clean(text), bold: true, italic: level >= 3, size, PdfAlign.Left,
            PdfUnits.Mm(level == 1 ? 4 : 3), PdfUnits.Mm(1.5f), keepWithNext: PdfText.LineHeight(_baseSize) * 3));
    }

    /// <summary>A wrapped paragraph; '\n' in the text starts a new line. Size defaults to the base font size.</summary>
    public PdfDocumentBuilder Paragraph(string text, bool bold = false, bool italic = false, float? size = null, PdfAlign align = PdfAlign.Left)
    {
        var s = size ?? _baseSize;
        return Add(new PdfTextBlock(PdfText.Clean(text), bold, italic, s, align, 0, PdfUnits.Mm(2)));
    }

    /// <summary>A bold label and its wrapped value side by side; <paramref name="keyFraction"/> is the label column's share of the width.</summary>
    public PdfDocumentBuilder KeyValue(string key, string? value, float keyFraction = 0.32f)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(keyFraction, 0.05f);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(keyFraction, 0.8f);
        return Add(new PdfKeyValueBlock(PdfText.Clean(key), PdfText.Clean(value), keyFraction, _baseSize));
    }

    /// <summary>Several label/value rows in order.</summary>
    public PdfDocumentBuilder KeyValues(IEnumerable<KeyValuePair<string, string?>> pairs, float keyFraction = 0.32f)
    {
        foreach (var (k, v) in pairs) KeyValue(k, v, keyFraction);
        return this;
    }

    /// <summary>
    /// A bordered table. The header repeats on every page; a row is moved whole to the next page when it
    /// does not fit. <paramref name="fontSize"/> defaults to one point below the base size.
    /// </summary>
    public PdfDocumentBuilder Table(IReadOnlyList<PdfColumn> columns, IEnumerable<PdfRow> rows, float? fontSize = null, bool zebra = false)
    {
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Count == 0) throw new ArgumentException("A table needs at least one column.", nameof(columns));
        return Add(new PdfTableBlock(columns, rows.ToList(), fontSize ?? _baseSize - 1, zebra));
    }

    /// <summary>Vertical space in millimetres (dropped at a page break).</summary>
    public PdfDocumentBuilder Spacer(float mm) => Add(new PdfSpacerBlock(PdfUnits.Mm(mm)));

    /// <summary>A thin line across the content width.</summary>
    public PdfDocumentBuilder HorizontalRule() => Add(new PdfRuleBlock());

    /// <summary>Starts a new page (no effect at the top of a page).</summary>
    public PdfDocumentBuilder PageBreak() => Add(new PdfPageBreakBlock());

    /// <summary>
    /// A QR code drawn as vector squares (sharp at any zoom or print resolution). <paramref name="sizeMm"/>
    /// includes the white quiet zone; the caption, if any, is centred below.
    /// </summary>
    public PdfDocumentBuilder Qr(string payload, float sizeMm = 30, string? caption = null, PdfAlign align = PdfAlign.Center)
    {
        ArgumentException.ThrowIfNullOrEmpty(payload);
        return Add(new PdfQrBlock(payload, PdfUnits.Mm(sizeMm), caption is null ? null : PdfText.Clean(caption), align));
    }

    /// <summary>A PNG or JPEG image at <paramref name="widthMm"/> wide (capped at the content width), aspect ratio kept.</summary>
    public PdfDocumentBuilder Image(byte[] data, float widthMm, PdfAlign align = PdfAlign.Center)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Add(new PdfImageBlock(data, PdfUnits.Mm(widthMm), align));
    }

    /// <summary>One signature in the right half of the page, as Vietnamese documents place it.</summary>
    public PdfDocumentBuilder Signature(PdfSignature signature) =>
        Add(new PdfSignatureBlock([signature], _baseSize, rightHalfOnly: true));

    /// <summary>Signatures side by side in equal columns (e.g. secretary and chair of the council).</summary>
    public PdfDocumentBuilder Signatures(params PdfSignature[] signatures)
    {
        if (signatures.Length == 0) throw new ArgumentException("At least one signature is needed.", nameof(signatures));
        return Add(new PdfSignatureBlock(signatures, _baseSize, rightHalfOnly: false));
    }

    /// <summary>
    /// Keeps what <paramref name="content"/> adds on one page: when it fits on a page but not in the space left, it all
    /// moves to the next page (e.g. the last section of a form with its signature block).
    /// </summary>
    public PdfDocumentBuilder KeepTogether(Action<PdfDocumentBuilder> content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var first = _blocks.Count;
        content(this);
        var group = _blocks.GetRange(first, _blocks.Count - first);
        _blocks.RemoveRange(first, group.Count);
        return group.Count == 0 ? this : Add(new PdfKeepTogetherBlock(group));
    }

    /// <summary>Lays out and renders the document.</summary>
    public byte[] Build()
    {
        using var ms = new MemoryStream();
        Build(ms);
        return ms.ToArray();
    }

    /// <summary>Lays out and renders the document into <paramref name="output"/> (left open).</summary>
    public void Build(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var (wMm, hMm) = _orientation == PdfOrientation.Portrait ? (A4WidthMm, A4HeightMm) : (A4HeightMm, A4WidthMm);
        var (pageW, pageH) = (PdfUnits.Mm(wMm), PdfUnits.Mm(hMm));

        using var res = new PdfResources();
        var layout = new PdfLayout(pageW, pageH, PdfUnits.Mm(_marginLeft), PdfUnits.Mm(_marginTop), PdfUnits.Mm(_marginRight), PdfUnits.Mm(_marginBottom), res);
        foreach (var block in _blocks) block.Layout(layout);
        var footerFont = res.Fonts.Get(false, false, 9f);
        res.Fonts.Use($"Trang 0123456789/{_footerText}");
        res.Fonts.SubsetToUsed();

        var now = _created ?? DateTime.Now;
        var metadata = new SKDocumentPdfMetadata
        {
            Title = _title ?? string.Empty,
            Author = _author ?? string.Empty,
            Subject = _subject ?? string.Empty,
            Keywords = _keywords ?? string.Empty,
            Creator = "OCOP Hub",
            Producer = "OCOP Hub (SkiaSharp)",
            Creation = now,
            Modified = now,
            // Only affects content Skia must rasterise (none here); 300 dpi keeps it print quality if ever needed.
            RasterDpi = 300,
            EncodingQuality = 101,
        };
        using (var document = SKDocument.CreatePdf(output, metadata) ?? throw new InvalidOperationException("SkiaSharp could not create a PDF document."))
        {
            var footerBaseline = pageH - PdfUnits.Mm(_marginBottom) / 2f;
            var total = layout.Pages.Count;
            for (var i = 0; i < total; i++)
            {
                var canvas = document.BeginPage(pageW, pageH);
                foreach (var op in layout.Pages[i].Ops) op(canvas);
                var pageText = $"Trang {i + 1}/{total}";
                var right = pageW - PdfUnits.Mm(_marginRight);
                canvas.DrawText(pageText, right - footerFont.MeasureText(pageText), footerBaseline, SKTextAlign.Left, footerFont, res.Text);
                if (!string.IsNullOrEmpty(_footerText))
                    canvas.DrawText(_footerText, PdfUnits.Mm(_marginLeft), footerBaseline, SKTextAlign.Left, footerFont, res.Text);
                document.EndPage();
            }
            document.Close();
        }
    }

    private PdfDocumentBuilder Add(IPdfBlock block)
    {
        _blocks.Add(block);
        return this;
    }
}
