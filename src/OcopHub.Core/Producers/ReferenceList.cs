namespace OcopHub.Core.Producers;

/// <summary>An item of a registry reference list: a stable code and its Vietnamese and English names.</summary>
public interface IReferenceItem
{
    /// <summary>Lower-case ASCII words joined by hyphens ("registered-household-business"): stored on records, never shown.</summary>
    string Code { get; }
    string Name { get; }
    string NameEn { get; }
}

/// <summary>
/// A reference list loaded from data/reference/registry/*.json. Lists are data, not enums, because the law that
/// defines them changes (26/2026 added tourism associations; provinces add channels).
/// </summary>
public sealed record ReferenceList<T>(string Id, string Title, string TitleEn, string Source, IReadOnlyList<T> Items)
    where T : IReferenceItem
{
    public T? Find(string? code) => Items.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.Ordinal));

    public bool Contains(string? code) => Find(code) is not null;

    /// <summary>The item, or a Vietnamese error naming the list.</summary>
    public T Get(string code) =>
        Find(code) ?? throw new KeyNotFoundException($"Mã \"{code}\" không có trong danh mục \"{Title}\".");
}

/// <summary>Loại hình chủ thể OCOP. TourismOnly: allowed only for product set 26 (community/eco-tourism), per 26/2026 Art. 2.3.</summary>
public sealed record LegalForm(string Code, string Name, string NameEn, bool TourismOnly) : IReferenceItem;

/// <summary>A certificate kind. Category: good-practice, organic, management-system, market or permit.</summary>
public sealed record CertificationKind(string Code, string Name, string NameEn, string Category) : IReferenceItem
{
    public static readonly IReadOnlyList<string> Categories = ["good-practice", "organic", "management-system", "market", "permit"];
}

/// <summary>
/// A sales channel kind. Modern: counts toward the provincial "≥ 50 % of producers in modern channels" targets;
/// Online: counts toward "products sold online".
/// </summary>
public sealed record SalesChannelKind(string Code, string Name, string NameEn, bool Modern, bool Online, string? Note) : IReferenceItem;
