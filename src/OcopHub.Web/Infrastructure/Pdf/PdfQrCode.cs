using QRCoder;
using SkiaSharp;

namespace OcopHub.Web.Infrastructure.Pdf;

/// <summary>
/// QR codes for OCOP documents (e.g. a certificate linking to its public verification page).
/// Error correction defaults to M (15 %): enough for a printed sheet that gets folded or stamped over,
/// while keeping modules large for a given size.
/// </summary>
public static class PdfQrCode
{
    /// <summary>Quiet zone QRCoder puts around the symbol, in modules; scanners need it white.</summary>
    public const int QuietZoneModules = 4;

    /// <summary>
    /// The module matrix, [row, column], true = dark, including the <see cref="QuietZoneModules"/>-module
    /// quiet zone on each side.
    /// </summary>
    public static bool[,] Modules(string payload, QRCodeGenerator.ECCLevel level = QRCodeGenerator.ECCLevel.M)
    {
        ArgumentException.ThrowIfNullOrEmpty(payload);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, level);
        var matrix = data.ModuleMatrix;
        var n = matrix.Count;
        var result = new bool[n, n];
        for (var r = 0; r < n; r++)
            for (var c = 0; c < n; c++)
                result[r, c] = matrix[r][c];
        return result;
    }

    /// <summary>PNG bytes of the QR code, for web pages or e-mail; inside PDFs prefer the vector form.</summary>
    public static byte[] Png(string payload, int pixelsPerModule = 10, QRCodeGenerator.ECCLevel level = QRCodeGenerator.ECCLevel.M)
    {
        ArgumentException.ThrowIfNullOrEmpty(payload);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, level);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule);
    }

    /// <summary>
    /// Vector path of the dark modules scaled to <paramref name="size"/> points (quiet zone included),
    /// with its top-left at (x, y). Horizontal runs are merged into one rectangle each and the whole code
    /// is a single path, so viewers show no hairline seams between modules and the PDF stays small.
    /// </summary>
    internal static SKPath Path(bool[,] modules, float x, float y, float size)
    {
        var n = modules.GetLength(0);
        var m = size / n;
        var path = new SKPath();
        for (var r = 0; r < n; r++)
        {
            var c = 0;
            while (c < n)
            {
                if (!modules[r, c]) { c++; continue; }
                var start = c;
                while (c < n && modules[r, c]) c++;
                path.AddRect(new SKRect(x + start * m, y + r * m, x + c * m, y + (r + 1) * m));
            }
        }
        return path;
    }
}
