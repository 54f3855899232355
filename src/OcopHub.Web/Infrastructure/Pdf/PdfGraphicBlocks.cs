using SkiaSharp;

namespace OcopHub.Web.Infrastructure.Pdf;

/// <summary>A thin full-width line with a little space above and below.</summary>
internal sealed class PdfRuleBlock : IPdfBlock
{
    public void Layout(PdfLayout layout)
    {
        layout.Space(PdfUnits.Mm(1.5f));
        var (x0, x1, y) = (layout.Left, layout.Left + layout.Width, layout.Y);
        var paint = layout.Res.Rule;
        layout.Draw(c => c.DrawLine(x0, y, x1, y, paint));
        layout.Space(PdfUnits.Mm(2.5f));
    }
}

/// <summary>Vertical space.</summary>
internal sealed class PdfSpacerBlock(float height) : IPdfBlock
{
    public void Layout(PdfLayout layout) => layout.Space(height);
}

/// <summary>Forces the following content onto a new page.</summary>
internal sealed class PdfPageBreakBlock : IPdfBlock
{
    public void Layout(PdfLayout layout)
    {
        if (!layout.AtTop) layout.NewPage();
    }
}

/// <summary>A QR code drawn as vector squares, with an optional caption underneath; kept together on one page.</summary>
internal sealed class PdfQrBlock(string payload, float size, string? caption, PdfAlign align) : IPdfBlock
{
    public void Layout(PdfLayout layout)
    {
        var modules = PdfQrCode.Modules(payload);
        var side = Math.Min(size, Math.Min(layout.Width, layout.FullHeight * 0.8f));
        var font = layout.Res.Fonts.Get(false, true, 9f);
        var lh = PdfText.LineHeight(9f);
        // The caption is centred under the code: as wide as its text needs (up to 90 mm), never narrower than the code.
        var captionWidth = string.IsNullOrEmpty(caption) ? side
            : Math.Min(layout.Width, Math.Clamp(PdfText.Measure(font, caption) + 1f, side, Math.Max(side, PdfUnits.Mm(90))));
        var lines = string.IsNullOrEmpty(caption) ? [] : PdfText.Wrap(font, caption, captionWidth);
        layout.EnsureSpace(side + lines.Count * lh);
        var x = Aligned(layout, side, align);
        var top = layout.Y;
        var fill = layout.Res.Fill;
        layout.Draw(c =>
        {
            using var path = PdfQrCode.Path(modules, x, top, side);
            c.DrawPath(path, fill);
        });
        layout.Y += side;
        var cx = Math.Clamp(x + side / 2 - captionWidth / 2, layout.Left, layout.Left + layout.Width - captionWidth);
        foreach (var line in lines)
        {
            var by = layout.Y + PdfText.BaselineOffset(font, lh);
            layout.DrawText(line, cx, by, captionWidth, PdfAlign.Center, font);
            layout.Y += lh;
        }
        layout.Space(PdfUnits.Mm(2));
    }

    internal static float Aligned(PdfLayout layout, float width, PdfAlign align) => align switch
    {
        PdfAlign.Center => layout.Left + (layout.Width - width) / 2,
        PdfAlign.Right => layout.Left + layout.Width - width,
        _ => layout.Left,
    };
}

/// <summary>A raster image (PNG/JPEG) scaled to a width, keeping its aspect ratio; shrunk if taller than a page.</summary>
internal sealed class PdfImageBlock(byte[] data, float width, PdfAlign align) : IPdfBlock
{
    public void Layout(PdfLayout layout)
    {
        // Decoded once here to validate and size it; the build's resources own it until rendering is done.
        var image = layout.Res.Own(SKImage.FromEncodedData(data) ?? throw new ArgumentException("Image bytes are not a PNG or JPEG that Skia can decode."));
        var w = Math.Min(width, layout.Width);
        var h = w * image.Height / image.Width;
        if (h > layout.FullHeight)
        {
            w *= layout.FullHeight / h;
            h = layout.FullHeight;
        }
        layout.EnsureSpace(h);
        var rect = SKRect.Create(PdfQrBlock.Aligned(layout, w, align), layout.Y, w, h);
        layout.Draw(c => c.DrawImage(image, rect, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear)));
        layout.Y += h;
        layout.Space(PdfUnits.Mm(2));
    }
}
