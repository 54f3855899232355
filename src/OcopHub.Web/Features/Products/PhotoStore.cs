namespace OcopHub.Web.Features.Products;

/// <summary>
/// Product photos on disk, in a private folder under the data directory (never wwwroot: every read goes through an
/// authorized endpoint). A file is accepted by what it is, not by its name or declared type: the first bytes must be
/// a JPEG, PNG or WebP signature.
/// </summary>
public sealed class PhotoStore(IConfiguration config, IWebHostEnvironment env)
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public const int MaxPerProduct = 20;

    private string Root => Path.GetFullPath(config["Storage:PhotosPath"] ?? Path.Combine("data", "photos"), env.ContentRootPath);

    /// <summary>The image type from the file's magic bytes, or null.</summary>
    public static (string ContentType, string Extension)? Detect(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF) return ("image/jpeg", ".jpg");
        if (head.Length >= 8 && head[..8].SequenceEqual((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return ("image/png", ".png");
        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)) return ("image/webp", ".webp");
        return null;
    }

    /// <summary>Checks and stores an upload; returns the stored name and type, or a Vietnamese error.</summary>
    public async Task<(string? StoredName, string? ContentType, string? Error)> SaveAsync(int productId, IFormFile file, CancellationToken ct)
    {
        if (file.Length == 0) return (null, null, "Tệp ảnh rỗng.");
        if (file.Length > MaxBytes) return (null, null, $"Ảnh tối đa {MaxBytes / 1024 / 1024} MB; tệp này {file.Length / 1024.0 / 1024.0:0.0} MB.");
        await using var input = file.OpenReadStream();
        var head = new byte[12];
        var read = await input.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        if (Detect(head.AsSpan(0, read)) is not var (type, ext)) return (null, null, "Tệp không phải ảnh JPEG, PNG hoặc WebP (kiểm tra theo nội dung tệp).");
        var folder = Path.Combine(Root, productId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        var name = Guid.NewGuid().ToString("N") + ext;
        input.Position = 0;
        await using (var output = File.Create(Path.Combine(folder, name))) await input.CopyToAsync(output, ct);
        return (name, type, null);
    }

    public string PathOf(int productId, string storedName) =>
        Path.Combine(Root, productId.ToString(System.Globalization.CultureInfo.InvariantCulture), Path.GetFileName(storedName));

    public void Delete(int productId, string storedName)
    {
        var path = PathOf(productId, storedName);
        if (File.Exists(path)) File.Delete(path);
    }
}
