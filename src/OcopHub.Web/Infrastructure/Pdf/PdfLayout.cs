using SkiaSharp;

namespace OcopHub.Web.Infrastructure.Pdf;

/// <summary>Millimetre ↔ PDF point conversion (the Skia PDF canvas works in points, 1/72 inch).</summary>
internal static class PdfUnits
{
    public const float PointsPerMm = 72f / 25.4f;
    public static float Mm(float mm) => mm * PointsPerMm;
}

/// <summary>A laid-out page: draw operations recorded during layout and replayed when rendering.</summary>
internal sealed class PdfPage
{
    public List<Action<SKCanvas>> Ops { get; } = [];
}

/// <summary>
/// Shared drawing resources for one build (fonts, paints). Layout records closures over them, so the
/// whole set lives until rendering has finished.
/// </summary>
internal sealed class PdfResources : IDisposable
{
    public PdfFontSet Fonts { get; } = new();
    public SKPaint Text { get; } = new() { Color = SKColors.Black, IsAntialias = true, Style = SKPaintStyle.Fill };
    public SKPaint Fill { get; } = new() { Color = SKColors.Black, IsAntialias = true, Style = SKPaintStyle.Fill };
    public SKPaint Border { get; } = new() { Color = new SKColor(0x55, 0x55, 0x55), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.5f };
    public SKPaint Rule { get; } = new() { Color = new SKColor(0x88, 0x88, 0x88), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.6f };
    private readonly Dictionary<SKColor, SKPaint> _fills = [];
    private readonly List<IDisposable> _owned = [];

    /// <summary>Keeps a native object (e.g. a decoded image) alive until rendering is done, then disposes it.</summary>
    public T Own<T>(T disposable) where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }

    /// <summary>A fill paint per colour, cached so table shading does not allocate a paint per row.</summary>
    public SKPaint FillOf(SKColor color)
    {
        if (_fills.TryGetValue(color, out var paint)) return paint;
        paint = new SKPaint { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };
        _fills[color] = paint;
        return paint;
    }

    public void Dispose()
    {
        Fonts.Dispose();
        Text.Dispose();
        Fill.Dispose();
        Border.Dispose();
        Rule.Dispose();
        foreach (var p in _fills.Values) p.Dispose();
        foreach (var d in _owned) d.Dispose();
    }
}

/// <summary>
/// The flow cursor: content area geometry, current y, and the pages produced so far. Layout happens
/// entirely before rendering so the total page count is known when footers ("Trang X/Y") are drawn.
/// </summary>
internal sealed class PdfLayout(float pageWidth, float pageHeight, float left, float top, float right, float bottom, PdfResources res)
{
    public float PageWidth { get; } = pageWidth;
    public float PageHeight { get; } = pageHeight;
    public float Left { get; } = left;
    public float Top { get; } = top;
    public float Width { get; } = pageWidth - left - right;
    /// <summary>Lowest y that content may reach.</summary>
    public float Bottom { get; } = pageHeight - bottom;
    public PdfResources Res { get; } = res;
    public float Y { get; set; } = top;
    public List<PdfPage> Pages { get; } = [new PdfPage()];

    public float Remaining => Bottom - Y;
    public float FullHeight => Bottom - Top;
    public bool AtTop => Y <= Top + 0.01f;

    public void NewPage()
    {
        Pages.Add(new PdfPage());
        Y = Top;
    }

    /// <summary>Moves to a new page unless <paramref name="height"/> fits; never breaks on an empty page (the content could not fit anywhere).</summary>
    public void EnsureSpace(float height)
    {
        if (height > Remaining + 0.01f && !AtTop) NewPage();
    }

    public void Draw(Action<SKCanvas> op) => Pages[^1].Ops.Add(op);

    /// <summary>
    /// A scratch layout of the same geometry for measuring (its pages are thrown away), starting just below the top so
    /// that leading space counts as it would in the middle of a page.
    /// </summary>
    public PdfLayout Trial() =>
        new(PageWidth, PageHeight, Left, Top, PageWidth - Left - Width, PageHeight - Bottom, Res) { Y = Top + 0.02f };

    /// <summary>Records a text line for drawing; all text goes through here so the font subset knows its characters.</summary>
    public void DrawText(PdfLine line, float x, float baseline, float width, PdfAlign align, SKFont font)
    {
        Res.Fonts.Use(line.Text);
        var paint = Res.Text;
        Draw(c => PdfText.DrawLine(c, line, x, baseline, width, align, font, paint));
    }

    /// <summary>Vertical space that is dropped at a page break, so a page never starts with a gap.</summary>
    public void Space(float height)
    {
        if (AtTop) return;
        if (height >= Remaining) NewPage();
        else Y += height;
    }
}

/// <summary>A piece of content that places itself in the flow.</summary>
internal interface IPdfBlock
{
    void Layout(PdfLayout layout);
}
