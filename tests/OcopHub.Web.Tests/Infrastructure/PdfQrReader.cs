using System.Globalization;
using System.Text.RegularExpressions;
using QRCoder;

namespace OcopHub.Web.Tests.Infrastructure;

/// <summary>
/// Reads a vector QR code back out of a PDF so a test can prove what a printed certificate's code opens. The builder
/// draws the code as one filled path of axis-aligned rectangles (dark runs); the reader takes the fill with the most
/// rectangles, finds the symbol's bounds from the finder patterns (dark at three corners), samples every module centre
/// and compares the grid with an independent QRCoder encoding of the expected text.
/// </summary>
public static partial class PdfQrReader
{
    private readonly record struct Box(double X0, double Y0, double X1, double Y1)
    {
        public bool Contains(double x, double y) => x > X0 && x < X1 && y > Y0 && y < Y1;
    }

    /// <summary>The dark modules of the largest rectangle fill in any content stream, without quiet zone; null if none.</summary>
    public static bool[,]? ReadSymbol(byte[] pdf)
    {
        List<Box>? best = null;
        foreach (var content in PdfStreams.Inflated(pdf))
            foreach (var fill in Fills(content))
                if (best is null || fill.Count > best.Count) best = fill;
        if (best is null || best.Count < 20) return null;

        var module = best.Min(b => b.Y1 - b.Y0);
        double x0 = best.Min(b => b.X0), y0 = best.Min(b => b.Y0), x1 = best.Max(b => b.X1), y1 = best.Max(b => b.Y1);
        var n = (int)Math.Round((x1 - x0) / module);
        if (n < 21 || (int)Math.Round((y1 - y0) / module) != n) return null;
        var grid = new bool[n, n];
        for (var r = 0; r < n; r++)
            for (var c = 0; c < n; c++)
            {
                double cx = x0 + (c + 0.5) * module, cy = y0 + (r + 0.5) * module;
                grid[r, c] = best.Any(b => b.Contains(cx, cy));
            }
        return grid;
    }

    /// <summary>True when the PDF's QR symbol is exactly the QR encoding of <paramref name="text"/> (error correction M).</summary>
    public static bool Encodes(byte[] pdf, string text)
    {
        var read = ReadSymbol(pdf);
        if (read is null) return false;
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        // QRCoder surrounds the symbol with a 4-module quiet zone.
        var n = matrix.Count - 8;
        if (n != read.GetLength(0)) return false;
        for (var r = 0; r < n; r++)
            for (var c = 0; c < n; c++)
                if (matrix[r + 4][c + 4] != read[r, c]) return false;
        return true;
    }

    /// <summary>Rectangles of each path painted with <c>f</c>: closed subpaths m l l l (l) h whose corners are axis-aligned.</summary>
    private static IEnumerable<List<Box>> Fills(string content)
    {
        var boxes = new List<Box>();
        var points = new List<(double X, double Y)>();
        var operands = new List<double>();
        // Text operands (hex glyph strings, literal strings) would read as numbers and operators: drop them first.
        foreach (Match token in Token().Matches(Strings().Replace(content, " ")))
        {
            var t = token.Value;
            if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) { operands.Add(number); continue; }
            switch (t)
            {
                case "m":
                    points.Clear();
                    if (operands.Count >= 2) points.Add((operands[^2], operands[^1]));
                    break;
                case "l":
                    if (operands.Count >= 2) points.Add((operands[^2], operands[^1]));
                    break;
                case "re" when operands.Count >= 4:
                    var (x, y, w, h) = (operands[^4], operands[^3], operands[^2], operands[^1]);
                    boxes.Add(new Box(Math.Min(x, x + w), Math.Min(y, y + h), Math.Max(x, x + w), Math.Max(y, y + h)));
                    break;
                case "h":
                    if (AsBox(points) is { } box) boxes.Add(box);
                    points.Clear();
                    break;
                case "f" or "f*" or "F":
                    if (boxes.Count > 0) yield return boxes;
                    boxes = [];
                    points.Clear();
                    break;
                case "n" or "S" or "s" or "B" or "B*" or "b" or "b*":
                    boxes = [];
                    points.Clear();
                    break;
            }
            operands.Clear();
        }
    }

    private static Box? AsBox(List<(double X, double Y)> p)
    {
        if (p.Count is < 4 or > 5) return null;
        var xs = p.Select(q => q.X).Distinct().Count();
        var ys = p.Select(q => q.Y).Distinct().Count();
        if (xs != 2 || ys != 2) return null;
        return new Box(p.Min(q => q.X), p.Min(q => q.Y), p.Max(q => q.X), p.Max(q => q.Y));
    }

    [GeneratedRegex(@"<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\)")]
    private static partial Regex Strings();

    [GeneratedRegex(@"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|[A-Za-z*']+")]
    private static partial Regex Token();
}
