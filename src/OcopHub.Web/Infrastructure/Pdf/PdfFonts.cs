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
    private static readonly Lazy<byte[]> RegularData = new(() => Load("OcopHub.Web.Assets.Fonts.DejaVuSans.ttf"));
    private static readonly Lazy<byte[]> BoldData = new(() => Load("OcopHub.Web.Assets.Fonts.DejaVuSans-Bold.ttf"));
    private static readonly Lazy<SKTypeface> RegularFace = new(() => Face(RegularData.Value));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Face(BoldData.Value));

    /// <summary>Full faces, used for measuring during layout.</summary>
    public static SKTypeface Regular => RegularFace.Value;
    public static SKTypeface Bold => BoldFace.Value;

    /// <summary>The font files themselves, for subsetting before embedding.</summary>
    public static byte[] RegularBytes => RegularData.Value;
    public static byte[] BoldBytes => BoldData.Value;

    public static SKTypeface Face(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException("Font data could not be parsed.");
    }

    private static byte[] Load(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded font {resource} is missing from the assembly.");
        using var ms = new MemoryStream();
        stream.CopyTo(ms);
        return ms.ToArray();
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
    private readonly List<SKTypeface> _subsets = [];
    // Code points, not chars: a surrogate pair split across the set would lose its glyph from the subset.
    private readonly HashSet<System.Text.Rune> _used = [];

    /// <summary>Records characters that will be drawn, so the embedded fonts can be cut down to them.</summary>
    public void Use(string text)
    {
        foreach (var rune in text.EnumerateRunes()) _used.Add(rune);
    }

    /// <summary>
    /// Switches every font of this build to typefaces subset to the recorded characters. Metrics are
    /// identical (same advances, same glyph ids), so the layout done with the full faces stays valid.
    /// If subsetting fails for any reason the full fonts are kept: a bigger file beats no file.
    /// </summary>
    public void SubsetToUsed()
    {
        var text = string.Concat(_used.Select(r => r.ToString()));
        foreach (var bold in new[] { false, true })
        {
            var fonts = _fonts.Where(f => f.Key.Bold == bold).Select(f => f.Value).ToList();
            if (fonts.Count == 0) continue;
            try
            {
                var full = bold ? PdfFonts.Bold : PdfFonts.Regular;
                using var probe = new SKFont(full);
                var glyphs = probe.GetGlyphs(text);
                var face = PdfFonts.Face(PdfFontSubsetter.Subset(bold ? PdfFonts.BoldBytes : PdfFonts.RegularBytes, glyphs));
                _subsets.Add(face);
                foreach (var font in fonts) font.Typeface = face;
            }
            catch (Exception ex) when (ex is NotSupportedException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
            {
                // Keep the full faces.
            }
        }
    }

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
        foreach (var face in _subsets) face.Dispose();
        _subsets.Clear();
    }
}
