namespace OcopHub.Core.Gs1;

/// <summary>Reading a Digital Link URI back: kept apart from building because it is where the strictness lives.</summary>
public sealed partial class Gs1DigitalLink
{
    public static Gs1DigitalLink Parse(string uri) =>
        TryParse(uri, out var link, out var error) ? link! : throw new FormatException(error);

    /// <summary>
    /// Reads an http(s) Digital Link URI with a GTIN primary key. Rejects unknown or repeated AIs, qualifiers out of
    /// order, bad check digits and values outside each AI's syntax; every message is in Vietnamese.
    /// </summary>
    public static bool TryParse(string? uri, out Gs1DigitalLink? link, out string? error)
    {
        link = null;
        var text = uri?.Trim() ?? string.Empty;
        var fragment = text.IndexOf('#');
        if (fragment >= 0) text = text[..fragment];
        var schemeEnd = text.IndexOf("://", StringComparison.Ordinal);
        var scheme = schemeEnd > 0 ? text[..schemeEnd].ToLowerInvariant() : string.Empty;
        if (scheme is not ("http" or "https")) { error = "Liên kết GS1 Digital Link phải bắt đầu bằng https:// (hoặc http://)."; return false; }

        var rest = text[(schemeEnd + 3)..];
        var queryStart = rest.IndexOf('?');
        var query = queryStart >= 0 ? rest[(queryStart + 1)..] : string.Empty;
        var pathAndHost = queryStart >= 0 ? rest[..queryStart] : rest;
        var slash = pathAndHost.IndexOf('/');
        var domain = slash >= 0 ? pathAndHost[..slash] : pathAndHost;
        if (!TryCheckDomain(domain, out error)) return false;
        var segments = slash >= 0 ? pathAndHost[(slash + 1)..].Split('/') : [];
        if (segments.Length > 0 && segments[^1].Length == 0) segments = segments[..^1]; // tolerate one trailing slash

        // The primary key is the first "01" segment leaving an even number of segments (AI/value pairs) after it.
        var start = -1;
        for (var i = 0; i < segments.Length && start < 0; i++)
            if (segments[i] == Gs1ApplicationIdentifiers.Gtin.Code && (segments.Length - i) % 2 == 0) start = i;
        if (start < 0)
        {
            error = Array.IndexOf(segments, Gs1ApplicationIdentifiers.Gtin.Code) >= 0
                ? "Sau /01/{GTIN} đường dẫn phải gồm các cặp /AI/giá trị (ví dụ /10/{số lô})."
                : "Không tìm thấy mã GTIN trong đường dẫn (cần đoạn /01/{GTIN}).";
            return false;
        }
        var prefix = start == 0 ? string.Empty : "/" + string.Join('/', segments[..start]);

        if (!TryUnescape(segments[start + 1], out var gtinText, out error)) return false;
        if (!Gtin.TryParse(gtinText, out var gtin, out error)) return false;

        string?[] values = new string?[Qualifiers.Length];
        var next = 0; // index into Qualifiers: each qualifier must come after the previous one
        for (var i = start + 2; i < segments.Length; i += 2)
        {
            var ai = segments[i];
            var position = Array.FindIndex(Qualifiers, q => q.Code == ai);
            if (position < 0)
            {
                error = Gs1ApplicationIdentifiers.Find(ai) is null
                    ? $"AI ({ai}) không được hỗ trợ trong đường dẫn; sau /01/ chỉ dùng /22/, /10/, /21/."
                    : $"AI ({ai}) không được đặt trong đường dẫn; hãy đưa vào phần truy vấn (?{ai}=…).";
                return false;
            }
            if (position < next)
            {
                error = values[position] is null
                    ? "Sai thứ tự định danh: phải theo thứ tự /22/ (biến thể), /10/ (số lô), /21/ (số sê-ri)."
                    : $"AI ({ai}) xuất hiện hai lần trong đường dẫn.";
                return false;
            }
            if (!TryUnescape(segments[i + 1], out var value, out error)) return false;
            if (!Qualifiers[position].TryValidate(value, out error)) return false;
            values[position] = value;
            next = position + 1;
        }

        var attributes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var others = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            if (!TryUnescape(eq >= 0 ? pair[..eq] : pair, out var key, out error)) return false;
            if (!TryUnescape(eq >= 0 ? pair[(eq + 1)..] : string.Empty, out var value, out error)) return false;
            if (key.Length > 0 && Gs1CheckDigit.IsAsciiDigits(key))
            {
                if (Array.Exists(Qualifiers, q => q.Code == key) || key == Gs1ApplicationIdentifiers.Gtin.Code)
                {
                    error = $"AI ({key}) thuộc đường dẫn, không được đặt trong phần truy vấn.";
                    return false;
                }
                if (!TryAddAttribute(attributes, key, value, out error)) return false;
            }
            else if (!others.TryAdd(key, value))
            {
                error = $"Tham số \"{key}\" xuất hiện hai lần.";
                return false;
            }
        }

        link = new Gs1DigitalLink(domain.ToLowerInvariant(), prefix, gtin!, values[0], values[1], values[2], attributes, others);
        return true;
    }
}
