using System.Globalization;
using System.Text;
using SkiaSharp;

namespace OcopHub.Web.Infrastructure.Pdf;

/// <summary>A wrapped line; <see cref="EndsParagraph"/> tells justification to leave it ragged.</summary>
internal readonly record struct PdfLine(string Text, float Width, bool EndsParagraph);

/// <summary>Text clean-up, measuring and word wrapping against a font.</summary>
internal static class PdfText
{
    /// <summary>
    /// Normalises to NFC: DejaVu Sans has the precomposed Vietnamese letters (ế, ộ, ữ …) but Skia draws
    /// without shaping, so decomposed input (base letter + combining marks, common from macOS or
    /// some keyboards) would stack marks badly. Tabs become spaces and other control characters
    /// (except line breaks) are dropped because they have no glyph.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var nfc = text.Replace("\r\n", "\n").Replace('\r', '\n').Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(nfc.Length);
        foreach (var ch in nfc)
        {
            if (ch == '\t') sb.Append("    ");
            else if (ch == '\n' || !char.IsControl(ch)) sb.Append(ch);
        }
        return sb.ToString();
    }

    public static float Measure(SKFont font, string text) => text.Length == 0 ? 0f : font.MeasureText(text);

    /// <summary>
    /// Wraps at spaces to <paramref name="maxWidth"/>; explicit '\n' starts a new line. A word wider than
    /// the line (a long code or URL) is broken between characters rather than overflowing the margin.
    /// </summary>
    public static List<PdfLine> Wrap(SKFont font, string text, float maxWidth)
    {
        var lines = new List<PdfLine>();
        foreach (var hardLine in text.Split('\n'))
        {
            var current = string.Empty;
            foreach (var rawWord in hardLine.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var word = rawWord;
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (Measure(font, candidate) <= maxWidth)
                {
                    current = candidate;
                    continue;
                }
                if (current.Length > 0)
                {
                    lines.Add(new PdfLine(current, Measure(font, current), false));
                    current = string.Empty;
                }
                while (word.Length > 0 && Measure(font, word) > maxWidth)
                {
                    var take = FittingPrefixLength(font, word, maxWidth);
                    var part = word[..take];
                    lines.Add(new PdfLine(part, Measure(font, part), false));
                    word = word[take..];
                }
                current = word;
            }
            lines.Add(new PdfLine(current, Measure(font, current), true));
        }
        return lines;
    }

    /// <summary>Longest prefix (in whole text elements, so a surrogate pair is never split) that fits; at least one element.</summary>
    private static int FittingPrefixLength(SKFont font, string word, float maxWidth)
    {
        var enumerator = StringInfo.GetTextElementEnumerator(word);
        var fit = 0;
        while (enumerator.MoveNext())
        {
            var end = enumerator.ElementIndex + ((string)enumerator.Current).Length;
            if (Measure(font, word[..end]) > maxWidth) break;
            fit = end;
        }
        if (fit == 0)
        {
            enumerator.Reset();
            enumerator.MoveNext();
            fit = ((string)enumerator.Current).Length;
        }
        return fit;
    }

    /// <summary>Line pitch for a font size: 1.3 em leaves room for Vietnamese stacked marks (ể, ẫ) without touching the line above.</summary>
    public static float LineHeight(float size) => size * 1.3f;

    /// <summary>Baseline offset from the top of a line box, centring the font's ascent–descent span in the line.</summary>
    public static float BaselineOffset(SKFont font, float lineHeight)
    {
        var m = font.Metrics;
        var span = m.Descent - m.Ascent;
        return (lineHeight - span) / 2f - m.Ascent;
    }

    /// <summary>
    /// Draws one line as real text (selectable and extractable), honouring alignment. Justified lines are
    /// drawn word by word with the spare width spread over the gaps.
    /// </summary>
    public static void DrawLine(SKCanvas canvas, PdfLine line, float x, float baseline, float width, PdfAlign align, SKFont font, SKPaint paint)
    {
        if (line.Text.Length == 0) return;
        switch (align)
        {
            case PdfAlign.Center:
                canvas.DrawText(line.Text, x + (width - line.Width) / 2f, baseline, SKTextAlign.Left, font, paint);
                return;
            case PdfAlign.Right:
                canvas.DrawText(line.Text, x + width - line.Width, baseline, SKTextAlign.Left, font, paint);
                return;
            case PdfAlign.Justify when !line.EndsParagraph:
                var words = line.Text.Split(' ');
                if (words.Length > 1)
                {
                    var wordsWidth = words.Sum(w => Measure(font, w));
                    var gap = (width - wordsWidth) / (words.Length - 1);
                    // A nearly empty line (after a broken long word) would be stretched absurdly: leave it ragged.
                    if (gap < Measure(font, " ") * 4f)
                    {
                        var cx = x;
                        foreach (var w in words)
                        {
                            canvas.DrawText(w, cx, baseline, SKTextAlign.Left, font, paint);
                            cx += Measure(font, w) + gap;
                        }
                        return;
                    }
                }
                break;
        }
        canvas.DrawText(line.Text, x, baseline, SKTextAlign.Left, font, paint);
    }
}
