using SkiaSharp;

namespace OcopHub.Web.Infrastructure.Pdf;

/// <summary>Wrapped text: titles, headings and paragraphs differ only in font, alignment and spacing.</summary>
internal sealed class PdfTextBlock(string text, bool bold, bool italic, float size, PdfAlign align, float spaceBefore, float spaceAfter, float keepWithNext = 0f) : IPdfBlock
{
    public void Layout(PdfLayout layout)
    {
        var font = layout.Res.Fonts.Get(bold, italic, size);
        var lines = PdfText.Wrap(font, text, layout.Width);
        var lh = PdfText.LineHeight(size);
        var baseline = PdfText.BaselineOffset(font, lh);
        layout.Space(spaceBefore);
        // Headings pass keepWithNext so that they are not stranded at the foot of a page without their content.
        layout.EnsureSpace(lines.Count * lh + keepWithNext);
        var paint = layout.Res.Text;
        foreach (var line in lines)
        {
            layout.EnsureSpace(lh);
            var (x, y, w) = (layout.Left, layout.Y + baseline, layout.Width);
            layout.DrawText(line, x, y, w, align, font);
            layout.Y += lh;
        }
        layout.Space(spaceAfter);
    }
}

/// <summary>A label/value pair in two columns ("Tên sản phẩm:  Bí xanh thơm …"); the value wraps within its column.</summary>
internal sealed class PdfKeyValueBlock(string key, string value, float keyFraction, float size) : IPdfBlock
{
    public void Layout(PdfLayout layout)
    {
        var keyFont = layout.Res.Fonts.Get(bold: true, italic: false, size);
        var valueFont = layout.Res.Fonts.Get(bold: false, italic: false, size);
        var gap = PdfUnits.Mm(2);
        var keyWidth = layout.Width * keyFraction;
        var valueWidth = layout.Width - keyWidth - gap;
        var keyLines = PdfText.Wrap(keyFont, key, keyWidth);
        var valueLines = PdfText.Wrap(valueFont, value, valueWidth);
        var lh = PdfText.LineHeight(size);
        var baseline = PdfText.BaselineOffset(valueFont, lh);
        var count = Math.Max(keyLines.Count, valueLines.Count);
        // Keep the pair together when it fits on a page; a label separated from its value reads wrongly.
        layout.EnsureSpace(count * lh);
        var paint = layout.Res.Text;
        for (var i = 0; i < count; i++)
        {
            layout.EnsureSpace(lh);
            var y = layout.Y + baseline;
            var left = layout.Left;
            if (i < keyLines.Count)
            {
                var k = keyLines[i];
                layout.DrawText(k, left, y, keyWidth, PdfAlign.Left, keyFont);
            }
            if (i < valueLines.Count)
            {
                var v = valueLines[i];
                layout.DrawText(v, left + keyWidth + gap, y, valueWidth, PdfAlign.Left, valueFont);
            }
            layout.Y += lh;
        }
        layout.Space(PdfUnits.Mm(0.8f));
    }
}

/// <summary>
/// Signature columns side by side (e.g. secretary left, council chair right). Each column: place/date line
/// (italic), title (bold), note (italic, small), room for the signature and seal, printed name (bold).
/// </summary>
internal sealed class PdfSignatureBlock(IReadOnlyList<PdfSignature> signatures, float size, bool rightHalfOnly) : IPdfBlock
{
    private static readonly float SignSpace = PdfUnits.Mm(22);

    public void Layout(PdfLayout layout)
    {
        // A lone signer sits in the right half, where Vietnamese documents place the signature.
        var columns = rightHalfOnly ? 2 : signatures.Count;
        var colWidth = layout.Width / columns;
        var firstCol = rightHalfOnly ? 1 : 0;
        var italic = layout.Res.Fonts.Get(false, true, size);
        var bold = layout.Res.Fonts.Get(true, false, size);
        var small = layout.Res.Fonts.Get(false, true, size - 1.5f);
        var lh = PdfText.LineHeight(size);

        var planned = signatures.Select(s =>
        {
            var parts = new List<(List<PdfLine> Lines, SKFont Font)>();
            if (s.ShowDateLine) parts.Add((PdfText.Wrap(italic, PdfText.Clean(s.DateLine()), colWidth), italic));
            parts.Add((PdfText.Wrap(bold, PdfText.Clean(s.Title), colWidth), bold));
            if (s.Note is not null) parts.Add((PdfText.Wrap(small, PdfText.Clean(s.Note), colWidth), small));
            return parts;
        }).ToList();
        // Titles line up across columns even when only some have a date line.
        var anyDate = signatures.Any(s => s.ShowDateLine);
        var heights = planned.Select((p, i) => p.Sum(x => x.Lines.Count * lh) + (anyDate && !signatures[i].ShowDateLine ? lh : 0)).ToList();
        var headHeight = heights.Max();
        var names = signatures.Select(s => string.IsNullOrWhiteSpace(s.Name) ? [] : PdfText.Wrap(bold, PdfText.Clean(s.Name), colWidth)).ToList();
        var total = headHeight + SignSpace + Math.Max(1, names.Max(n => n.Count)) * lh;

        layout.Space(PdfUnits.Mm(4));
        layout.EnsureSpace(total);
        var top = layout.Y;
        var paint = layout.Res.Text;
        for (var i = 0; i < signatures.Count; i++)
        {
            var x = layout.Left + (firstCol + i) * colWidth;
            var y = top + (anyDate && !signatures[i].ShowDateLine ? lh : 0);
            foreach (var (lines, font) in planned[i])
            {
                var baseline = PdfText.BaselineOffset(font, lh);
                foreach (var line in lines)
                {
                    var by = y + baseline;
                    layout.DrawText(line, x, by, colWidth, PdfAlign.Center, font);
                    y += lh;
                }
            }
            var ny = top + headHeight + SignSpace + PdfText.BaselineOffset(bold, lh);
            foreach (var name in names[i])
            {
                var by = ny;
                layout.DrawText(name, x, by, colWidth, PdfAlign.Center, bold);
                ny += lh;
            }
        }
        layout.Y = top + total;
        layout.Space(PdfUnits.Mm(2));
    }
}

/// <summary>
/// Blocks kept on one page (e.g. the end of a form with its signatures): when they fit on a page but not in what is
/// left of this one, they all start on the next page. Taller groups flow as usual.
/// </summary>
internal sealed class PdfKeepTogetherBlock(IReadOnlyList<IPdfBlock> blocks) : IPdfBlock
{
    public void Layout(PdfLayout layout)
    {
        var trial = layout.Trial();
        var start = trial.Y;
        foreach (var block in blocks) block.Layout(trial);
        if (trial.Pages.Count == 1) layout.EnsureSpace(trial.Y - start);
        foreach (var block in blocks) block.Layout(layout);
    }
}
