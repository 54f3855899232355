using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace OcopHub.Core.Producers;

/// <summary>
/// Parses the registry reference lists from JSON text (the caller reads the file: Core does no I/O).
/// Strict on purpose: unknown fields, missing names, duplicate or malformed codes are errors, so a typo in a
/// data file fails the build's tests instead of reaching a form.
/// </summary>
public static partial class RegistryReferenceJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
    };

    public static ReferenceList<LegalForm> ParseLegalForms(string json) =>
        Parse<LegalFormDto, LegalForm>(json, "legal-forms", (d, where) =>
            new LegalForm(d.Code!, d.Name!, d.NameEn!, d.TourismOnly ?? throw Error(where, "thiếu trường \"tourismOnly\"")));

    public static ReferenceList<CertificationKind> ParseCertificationKinds(string json) =>
        Parse<CertificationDto, CertificationKind>(json, "certification-kinds", (d, where) =>
            CertificationKind.Categories.Contains(d.Category)
                ? new CertificationKind(d.Code!, d.Name!, d.NameEn!, d.Category!)
                : throw Error(where, $"nhóm \"{d.Category}\" không hợp lệ (chỉ nhận: {string.Join(", ", CertificationKind.Categories)})"));

    public static ReferenceList<SalesChannelKind> ParseSalesChannelKinds(string json) =>
        Parse<SalesChannelDto, SalesChannelKind>(json, "sales-channel-kinds", (d, where) =>
            new SalesChannelKind(d.Code!, d.Name!, d.NameEn!,
                d.Modern ?? throw Error(where, "thiếu trường \"modern\""),
                d.Online ?? throw Error(where, "thiếu trường \"online\""),
                d.Note));

    private static ReferenceList<T> Parse<TDto, T>(string json, string expectedId, Func<TDto, string, T> make)
        where TDto : ItemDto where T : IReferenceItem
    {
        ArgumentNullException.ThrowIfNull(json);
        ListDto<TDto>? list;
        try { list = JsonSerializer.Deserialize<ListDto<TDto>>(json, Options); }
        catch (JsonException ex) { throw new FormatException($"Danh mục \"{expectedId}\": JSON không hợp lệ ({ex.Message}).", ex); }
        if (list is null) throw new FormatException($"Danh mục \"{expectedId}\": tệp rỗng.");
        if (list.Id != expectedId) throw new FormatException($"Danh mục \"{expectedId}\": trường \"id\" là \"{list.Id}\", cần \"{expectedId}\".");
        if (string.IsNullOrWhiteSpace(list.Title) || string.IsNullOrWhiteSpace(list.TitleEn) || string.IsNullOrWhiteSpace(list.Source))
            throw new FormatException($"Danh mục \"{expectedId}\": thiếu \"title\", \"titleEn\" hoặc \"source\".");
        if (list.Items is not { Count: > 0 }) throw new FormatException($"Danh mục \"{expectedId}\": không có mục nào.");

        var items = new List<T>(list.Items.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Items.Count; i++)
        {
            var dto = list.Items[i] ?? throw Error($"{expectedId}[{i}]", "mục rỗng");
            var where = $"{expectedId}[{i}] \"{dto.Code}\"";
            if (dto.Code is null || !CodePattern().IsMatch(dto.Code))
                throw Error(where, "mã phải gồm chữ thường không dấu, số và dấu gạch nối (ví dụ \"iso-9001\")");
            if (string.IsNullOrWhiteSpace(dto.Name)) throw Error(where, "thiếu tên tiếng Việt (\"name\")");
            if (string.IsNullOrWhiteSpace(dto.NameEn)) throw Error(where, "thiếu tên tiếng Anh (\"nameEn\")");
            if (!seen.Add(dto.Code)) throw Error(where, "mã bị trùng");
            items.Add(make(dto, where));
        }
        return new ReferenceList<T>(list.Id, list.Title!, list.TitleEn!, list.Source!, items);
    }

    private static FormatException Error(string where, string message) => new($"Danh mục {where}: {message}.");

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodePattern();

    private sealed class ListDto<TDto>
    {
        public string? Id { get; set; }
        public string? Title { get; set; }
        public string? TitleEn { get; set; }
        public string? Source { get; set; }
        public List<TDto?>? Items { get; set; }
    }

    private abstract class ItemDto
    {
        public string? Code { get; set; }
        public string? Name { get; set; }
        public string? NameEn { get; set; }
    }

    private sealed class LegalFormDto : ItemDto
    {
        public bool? TourismOnly { get; set; }
    }

    private sealed class CertificationDto : ItemDto
    {
        public string? Category { get; set; }
    }

    private sealed class SalesChannelDto : ItemDto
    {
        public bool? Modern { get; set; }
        public bool? Online { get; set; }
        public string? Note { get; set; }
    }
}
