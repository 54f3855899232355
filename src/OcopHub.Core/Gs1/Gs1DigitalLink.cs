using System.Text;

namespace OcopHub.Core.Gs1;

/// <summary>
/// A GS1 Digital Link URI for a trade item (GS1 Digital Link standard, TRACEABILITY.md):
/// <c>https://{domain}{/prefix}/01/{GTIN-14}[/22/{variant}][/10/{lot}][/21/{serial}][?17=YYMMDD&amp;…]</c>.
/// Qualifiers keep that fixed order, values are percent-encoded, the GTIN is always written with 14 digits.
/// Equality is on the canonical URI.
/// </summary>
public sealed partial class Gs1DigitalLink : IEquatable<Gs1DigitalLink>
{
    // The qualifier path after /01/, in the only order the standard allows.
    private static readonly Gs1ApplicationIdentifier[] Qualifiers =
        [Gs1ApplicationIdentifiers.ConsumerProductVariant, Gs1ApplicationIdentifiers.BatchLot, Gs1ApplicationIdentifiers.Serial];

    private Gs1DigitalLink(string domain, string pathPrefix, Gtin gtin, string? variant, string? lot, string? serial,
        SortedDictionary<string, string> attributes, IReadOnlyDictionary<string, string> others)
    {
        Domain = domain;
        PathPrefix = pathPrefix;
        Gtin = gtin;
        ConsumerProductVariant = variant;
        Lot = lot;
        Serial = serial;
        DataAttributes = attributes;
        OtherParameters = others;
    }

    /// <summary>Host, with a port when one was given: "truyxuat.ocop.vn".</summary>
    public string Domain { get; }

    /// <summary>Path before the primary key ("" or e.g. "/dl"): the standard lets a resolver live under a path.</summary>
    public string PathPrefix { get; }

    public Gtin Gtin { get; }

    /// <summary>AI 22.</summary>
    public string? ConsumerProductVariant { get; }

    /// <summary>AI 10.</summary>
    public string? Lot { get; }

    /// <summary>AI 21.</summary>
    public string? Serial { get; }

    /// <summary>Query-string AIs such as 17 (expiry), keyed by AI, in canonical (ordinal) order.</summary>
    public IReadOnlyDictionary<string, string> DataAttributes { get; }

    /// <summary>Non-AI query parameters (linkType, lang …): read for the resolver, never written by <see cref="ToUri"/>.</summary>
    public IReadOnlyDictionary<string, string> OtherParameters { get; }

    /// <summary>AI 17 as written (YYMMDD), if present.</summary>
    public string? Expiry => DataAttributes.GetValueOrDefault(Gs1ApplicationIdentifiers.Expiry.Code);

    /// <summary>The product-level link (no variant, lot, serial or attributes): the resolver's fallback.</summary>
    public Gs1DigitalLink ProductLevel =>
        new(Domain, PathPrefix, Gtin, null, null, null, new SortedDictionary<string, string>(StringComparer.Ordinal), EmptyOthers);

    private static readonly IReadOnlyDictionary<string, string> EmptyOthers = new Dictionary<string, string>();

    /// <summary>Builds a link; throws <see cref="FormatException"/> with a Vietnamese message on a bad domain or AI value.</summary>
    public static Gs1DigitalLink Create(string domain, Gtin gtin, string? lot = null, string? serial = null,
        string? consumerProductVariant = null, IEnumerable<KeyValuePair<string, string>>? dataAttributes = null, string pathPrefix = "")
    {
        ArgumentNullException.ThrowIfNull(gtin);
        if (!TryCheckDomain(domain, out var error)) throw new FormatException(error);
        if (!TryCheckPrefix(pathPrefix, out error)) throw new FormatException(error);
        string?[] values = [consumerProductVariant, lot, serial];
        for (var i = 0; i < Qualifiers.Length; i++)
            if (values[i] is not null && !Qualifiers[i].TryValidate(values[i], out error)) throw new FormatException(error);
        var attributes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in dataAttributes ?? [])
            if (!TryAddAttribute(attributes, key, value, out error)) throw new FormatException(error);
        return new Gs1DigitalLink(domain.Trim().ToLowerInvariant(), pathPrefix.TrimEnd('/'), gtin, consumerProductVariant, lot, serial, attributes, EmptyOthers);
    }

    /// <summary>The canonical URI: https, 14-digit GTIN, qualifiers in order, attributes sorted by AI.</summary>
    public string ToUri()
    {
        var sb = new StringBuilder("https://").Append(Domain).Append(PathPrefix).Append("/01/").Append(Gtin.Gtin14);
        string?[] values = [ConsumerProductVariant, Lot, Serial];
        for (var i = 0; i < Qualifiers.Length; i++)
            if (values[i] is { } v) sb.Append('/').Append(Qualifiers[i].Code).Append('/').Append(Uri.EscapeDataString(v));
        var separator = '?';
        foreach (var (ai, value) in DataAttributes)
        {
            sb.Append(separator).Append(ai).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }
        return sb.ToString();
    }

    public override string ToString() => ToUri();

    public bool Equals(Gs1DigitalLink? other) => other is not null && ToUri() == other.ToUri();

    public override bool Equals(object? obj) => Equals(obj as Gs1DigitalLink);

    public override int GetHashCode() => ToUri().GetHashCode(StringComparison.Ordinal);

    private static bool TryAddAttribute(SortedDictionary<string, string> attributes, string key, string value, out string? error)
    {
        var ai = Gs1ApplicationIdentifiers.Find(key);
        if (ai is null || !Gs1ApplicationIdentifiers.DataAttributes.Contains(ai))
        {
            error = $"AI ({key}) không được hỗ trợ làm thuộc tính truy vấn.";
            return false;
        }
        if (!ai.TryValidate(value, out error)) return false;
        if (!attributes.TryAdd(key, value))
        {
            error = $"AI ({key}) xuất hiện hai lần.";
            return false;
        }
        return true;
    }

    private static bool TryUnescape(string raw, out string value, out string? error)
    {
        error = null;
        // A '%' not followed by two hex digits is a malformed escape: the URI was built wrongly.
        for (var i = 0; i < raw.Length; i++)
            if (raw[i] == '%' && (i + 2 >= raw.Length || !Uri.IsHexDigit(raw[i + 1]) || !Uri.IsHexDigit(raw[i + 2])))
            {
                value = string.Empty;
                error = $"Mã hoá phần trăm sai trong \"{raw}\".";
                return false;
            }
        value = Uri.UnescapeDataString(raw);
        return true;
    }

    private static bool TryCheckDomain(string? domain, out string? error)
    {
        error = null;
        var d = domain?.Trim() ?? string.Empty;
        var colon = d.LastIndexOf(':');
        var host = colon > 0 ? d[..colon] : d;
        var port = colon > 0 ? d[(colon + 1)..] : null;
        // A resolver lives on a DNS name (or an IPv4 address in tests); IPv6 literals are not worth the parsing.
        if (host.Length == 0 || Uri.CheckHostName(host) is not (UriHostNameType.Dns or UriHostNameType.IPv4))
            error = $"Tên miền \"{d}\" không hợp lệ.";
        else if (port is not null && (!int.TryParse(port, out var p) || p is < 1 or > 65535))
            error = $"Cổng \"{port}\" của tên miền không hợp lệ.";
        return error is null;
    }

    private static bool TryCheckPrefix(string? prefix, out string? error)
    {
        error = null;
        var p = prefix ?? string.Empty;
        if (p.Length > 0 && (!p.StartsWith('/') || p.Contains('?') || p.Contains('#')))
            error = "Tiền tố đường dẫn phải bắt đầu bằng \"/\" và không chứa \"?\" hay \"#\".";
        // A prefix segment that looks like an AI would make the link ambiguous when read back.
        else if (p.Split('/').Any(s => Gs1ApplicationIdentifiers.Find(s) is not null))
            error = "Tiền tố đường dẫn không được chứa đoạn trùng mã AI (như /01/, /10/).";
        return error is null;
    }
}
