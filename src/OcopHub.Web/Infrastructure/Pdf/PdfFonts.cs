using System.Reflection;
using SkiaSharp;

namespace OcopHub.Web.Infrastructure.Pdf;

/// <summary>
/// The vendored DejaVu Sans typefaces, loaded once from resources embedded in this assembly.
/// Embedded rather than read from disk so that rendering never depends on the working directory,
/// the publish layout or fonts installed on the host (servers often have none with Vietnamese glyphs).
/// </summary>
internal static class PdfFonts
{
    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load("OcopHub.Web.Assets.Fonts.DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load("OcopHub.Web.Assets.Fonts.DejaVuSans-Bold.ttf"));

    public static SKTypeface Regular => RegularFace.Value;
    public static SKTypeface Bold => BoldFace.Value;

    private static SKTypeface Load(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded font {resource} is missing from the assembly.");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"Embedded font {resource} could not be parsed.");
    }
}

/// <summary>
/// SKFont instances for one build. Fonts are mutable native objects, so each build owns its own set and
/// disposes it after rendering; the draw operations recorded during layout reference them.
/// </summary>
internal sealed class PdfFontSet : IDisposable
{
    // DejaVu has no vendored oblique face; a synthetic skew is the standard substitute and keeps text real text.
    private const float ItalicSkew = -0.2f;

    private readonly Dictionary<(bool Bold, bool Italic, float Size), SKFont> _fonts = [];

    public SKFont Get(bool bold, bool italic, float size)
    {
        var key = (bold, italic, size);
        if (_fonts.TryGetValue(key, out var font)) return font;
        font = new SKFont(bold ? PdfFonts.Bold : PdfFonts.Regular, size)
        {
            SkewX = italic ? ItalicSkew : 0f,
            Subpixel = true,
            // Hinting distorts advance widths at small sizes; the PDF is resolution independent anyway.
            Hinting = SKFontHinting.None,
            Edging = SKFontEdging.SubpixelAntialias,
        };
        _fonts[key] = font;
        return font;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values) font.Dispose();
        _fonts.Clear();
    }
}
