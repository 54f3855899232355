namespace OcopHub.Web.Features.Dossiers;

/// <summary>
/// Evidence files (minh chứng) in a private folder under the data directory, never wwwroot: every download goes
/// through an endpoint that checks the dossier's scope. Accepted by content — the first bytes must be a PDF, JPEG or
/// PNG signature — whatever the name or declared type say.
/// </summary>
public sealed class EvidenceStore(IConfiguration config, IWebHostEnvironment env)
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const int MaxPerDossier = 100;

    private string Root => Path.GetFullPath(config["Storage:EvidencePath"] ?? Path.Combine("data", "evidence"), env.ContentRootPath);

    public static (string ContentType, string Extension)? Detect(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 5 && head[..5].SequenceEqual("%PDF-"u8)) return ("application/pdf", ".pdf");
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF) return ("image/jpeg", ".jpg");
        if (head.Length >= 8 && head[..8].SequenceEqual((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return ("image/png", ".png");
        return null;
    }

    public async Task<(string? StoredName, string? ContentType, string? Error)> SaveAsync(int dossierId, IFormFile file, CancellationToken ct)
    {
        if (file.Length == 0) return (null, null, "Tệp minh chứng rỗng.");
        if (file.Length > MaxBytes) return (null, null, $"Tệp minh chứng tối đa {MaxBytes / 1024 / 1024} MB; tệp này {file.Length / 1024.0 / 1024.0:0.0} MB.");
        await using var input = file.OpenReadStream();
        var head = new byte[8];
        var read = await input.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        if (Detect(head.AsSpan(0, read)) is not var (type, ext)) return (null, null, "Tệp không phải PDF, JPEG hoặc PNG (kiểm tra theo nội dung tệp).");
        var folder = Folder(dossierId);
        Directory.CreateDirectory(folder);
        var name = Guid.NewGuid().ToString("N") + ext;
        input.Position = 0;
        await using (var output = File.Create(Path.Combine(folder, name))) await input.CopyToAsync(output, ct);
        return (name, type, null);
    }

    private string Folder(int dossierId) => Path.Combine(Root, dossierId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public string PathOf(int dossierId, string storedName) => Path.Combine(Folder(dossierId), Path.GetFileName(storedName));

    public void Delete(int dossierId, string storedName)
    {
        var path = PathOf(dossierId, storedName);
        if (File.Exists(path)) File.Delete(path);
    }
}
