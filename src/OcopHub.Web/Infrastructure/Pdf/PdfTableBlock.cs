using SkiaSharp;

namespace OcopHub.Web.Infrastructure.Pdf;

/// <summary>
/// A bordered table whose header row is repeated at the top of every page it spans. A row is kept on one
/// page when it fits on a page at all; only a row taller than a whole page is split between lines.
/// </summary>
internal sealed class PdfTableBlock(IReadOnlyList<PdfColumn> columns, IReadOnlyList<PdfRow> rows, float size, bool zebra) : IPdfBlock
{
    private static readonly float PadX = PdfUnits.Mm(1.5f);
    private static readonly float PadY = PdfUnits.Mm(1.1f);
    private static readonly SKColor HeaderBackground = new(0xE4, 0xE8, 0xEE);
    private static readonly SKColor ZebraBackground = new(0xF6, 0xF7, 0xF9);

    private sealed record Cell(List<PdfLine> Lines, SKFont Font, PdfAlign Align);

    public void Layout(PdfLayout layout)
    {
        var total = columns.Sum(c => Math.Max(0.01f, c.Width));
        var widths = columns.Select(c => layout.Width * Math.Max(0.01f, c.Width) / total).ToArray();
        var lh = PdfText.LineHeight(size);
        var regular = layout.Res.Fonts.Get(false, false, size);
        var bold = layout.Res.Fonts.Get(true, false, size);

        var header = columns.Select((c, i) => new Cell(PdfText.Wrap(bold, PdfText.Clean(c.Header), widths[i] - 2 * PadX), bold, PdfAlign.Center)).ToArray();
        var headerHeight = RowHeight(header, lh);

        layout.Space(PdfUnits.Mm(1));
        // The header must never sit alone at the foot of a page: require room for it plus a first row.
        var firstRowHeight = rows.Count > 0 ? RowHeight(CellsOf(rows[0], widths, regular, bold), lh) : 0f;
        layout.EnsureSpace(headerHeight + Math.Min(firstRowHeight, layout.FullHeight - headerHeight));
        DrawRow(layout, header, widths, 0, LineCount(header), headerHeight, HeaderBackground, lh, middle: true);

        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var cells = CellsOf(row, widths, regular, bold);
            var height = RowHeight(cells, lh);
            SKColor? background = row.Background is { } hex && SKColor.TryParse(hex, out var parsed) ? parsed
                : row.Highlight ? SKColor.Parse(PdfRow.HighlightColor)
                : zebra && r % 2 == 1 ? ZebraBackground
                : null;

            if (height <= layout.Remaining + 0.01f)
            {
                DrawRow(layout, cells, widths, 0, LineCount(cells), height, background, lh, middle: true);
                continue;
            }
            if (height <= layout.FullHeight - headerHeight)
            {
                // Fits on a fresh page: move it whole rather than split a criterion across pages.
                NewPageWithHeader(layout, header, widths, headerHeight, lh);
                DrawRow(layout, cells, widths, 0, LineCount(cells), height, background, lh, middle: true);
                continue;
            }
            // Taller than a page: split between text lines, repeating the header on each continuation page.
            var from = 0;
            var lines = LineCount(cells);
            while (from < lines)
            {
                var fit = (int)Math.Floor((layout.Remaining - 2 * PadY) / lh);
                if (fit < 1)
                {
                    NewPageWithHeader(layout, header, widths, headerHeight, lh);
                    continue;
                }
                var to = Math.Min(lines, from + fit);
                DrawRow(layout, cells, widths, from, to, (to - from) * lh + 2 * PadY, background, lh, middle: false);
                from = to;
                if (from < lines) NewPageWithHeader(layout, header, widths, headerHeight, lh);
            }
        }
        layout.Space(PdfUnits.Mm(2));
    }

    private Cell[] CellsOf(PdfRow row, float[] widths, SKFont regular, SKFont bold)
    {
        var font = row.Bold ? bold : regular;
        return columns.Select((c, i) =>
        {
            var text = i < row.Cells.Count ? PdfText.Clean(row.Cells[i]) : string.Empty;
            return new Cell(PdfText.Wrap(font, text, widths[i] - 2 * PadX), font, c.Align == PdfAlign.Justify ? PdfAlign.Left : c.Align);
        }).ToArray();
    }

    private static int LineCount(Cell[] cells) => Math.Max(1, cells.Max(c => c.Lines.Count));

    private static float RowHeight(Cell[] cells, float lh) => LineCount(cells) * lh + 2 * PadY;

    private static void NewPageWithHeader(PdfLayout layout, Cell[] header, float[] widths, float headerHeight, float lh)
    {
        layout.NewPage();
        DrawRow(layout, header, widths, 0, LineCount(header), headerHeight, HeaderBackground, lh, middle: true);
    }

    /// <summary>Draws lines [from, to) of each cell in a row band of the given height at the cursor, then advances it.</summary>
    private static void DrawRow(PdfLayout layout, Cell[] cells, float[] widths, int from, int to, float height, SKColor? background, float lh, bool middle)
    {
        var top = layout.Y;
        var x = layout.Left;
        var res = layout.Res;
        if (background is { } bg)
        {
            var rect = new SKRect(layout.Left, top, layout.Left + layout.Width, top + height);
            var fill = res.FillOf(bg);
            layout.Draw(c => c.DrawRect(rect, fill));
        }
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = cells[i];
            var w = widths[i];
            var cellLines = cell.Lines.Skip(from).Take(to - from).ToList();
            // Short cells are centred vertically in a whole row; continuation bands stay top-aligned.
            var offset = middle ? (height - 2 * PadY - cellLines.Count * lh) / 2f : 0f;
            var baseline = PdfText.BaselineOffset(cell.Font, lh);
            var y = top + PadY + offset;
            foreach (var line in cellLines)
            {
                var (lx, by, lw, font, align) = (x + PadX, y + baseline, w - 2 * PadX, cell.Font, cell.Align);
                layout.DrawText(line, lx, by, lw, align, font);
                y += lh;
            }
            var border = new SKRect(x, top, x + w, top + height);
            layout.Draw(c => c.DrawRect(border, res.Border));
            x += w;
        }
        layout.Y = top + height;
    }
}
