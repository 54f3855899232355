using System.Text;

namespace OcopHub.Core.Producers;

/// <summary>
/// A Vietnamese mobile number: 10 digits starting with 0 (9 after +84) since the 2018 move from 11-digit numbers.
/// Accepts 0…, +84…, 84…, 0084…, with spaces, dots, hyphens or brackets; keeps the national and E.164 forms.
/// Prefixes are those the Ministry of Information and Communications assigned to mobile networks; they change,
/// so a caller can pass its own table.
/// </summary>
public sealed record VietnamMobileNumber
{
    /// <summary>Three-digit national prefix → network. Reassignments happen: override via the prefixes argument.</summary>
    public static IReadOnlyDictionary<string, string> DefaultPrefixes { get; } = BuildDefaultPrefixes();

    private VietnamMobileNumber(string national, string carrier) => (National, Carrier) = (national, carrier);

    /// <summary>"0912345678".</summary>
    public string National { get; }

    /// <summary>"+84912345678": the form to store and to send SMS to.</summary>
    public string E164 => "+84" + National[1..];

    /// <summary>The network that was assigned the prefix (numbers can be ported, so this is a hint, not a fact).</summary>
    public string Carrier { get; }

    /// <summary>"0912 345 678": how Vietnamese mobile numbers are usually printed.</summary>
    public string Display => $"{National[..4]} {National[4..7]} {National[7..]}";

    public override string ToString() => National;

    public static VietnamMobileNumber Parse(string text, IReadOnlyDictionary<string, string>? prefixes = null) =>
        TryParse(text, out var number, out var error, prefixes) ? number! : throw new FormatException(error);

    public static bool IsValid(string? text, IReadOnlyDictionary<string, string>? prefixes = null) =>
        TryParse(text, out _, out _, prefixes);

    public static bool TryParse(string? text, out VietnamMobileNumber? number, out string? error,
        IReadOnlyDictionary<string, string>? prefixes = null)
    {
        number = null;
        prefixes ??= DefaultPrefixes;
        var raw = (text ?? string.Empty).Trim();
        if (raw.Length == 0) { error = "Chưa nhập số điện thoại."; return false; }

        var sb = new StringBuilder();
        var plus = false;
        foreach (var c in raw)
        {
            if (char.IsAsciiDigit(c)) sb.Append(c);
            else if (c == '+' && sb.Length == 0 && !plus) plus = true;
            else if (c is ' ' or '.' or '-' or '(' or ')') continue;
            else { error = $"Số điện thoại chứa ký tự không hợp lệ \"{c}\"."; return false; }
        }
        var digits = sb.ToString();

        string national;
        if (plus || digits.StartsWith("84", StringComparison.Ordinal) && digits.Length is 11 or 12)
        {
            if (!digits.StartsWith("84", StringComparison.Ordinal))
            {
                error = "Chỉ nhận số di động Việt Nam (mã quốc gia +84).";
                return false;
            }
            var rest = digits[2..];
            // "+84 0912…" is a common slip: the trunk 0 should be dropped after the country code.
            national = "0" + (rest.StartsWith('0') ? rest[1..] : rest);
        }
        else if (digits.StartsWith("0084", StringComparison.Ordinal))
        {
            var rest = digits[4..];
            national = "0" + (rest.StartsWith('0') ? rest[1..] : rest);
        }
        else national = digits;

        if (!national.StartsWith('0'))
        {
            error = "Số di động phải bắt đầu bằng 0 hoặc +84.";
            return false;
        }
        if (national.Length == 11 && national.StartsWith("01", StringComparison.Ordinal))
        {
            error = "Số 11 chữ số đầu 01x đã được chuyển sang 10 chữ số từ năm 2018 (ví dụ 0162… thành 032…); hãy nhập số mới.";
            return false;
        }
        if (national.Length != 10)
        {
            error = $"Số di động phải có 10 chữ số (kể cả số 0 đầu); đang có {national.Length}.";
            return false;
        }
        if (!prefixes.TryGetValue(national[..3], out var carrier))
        {
            error = $"Đầu số {national[..3]} không phải đầu số di động Việt Nam đang dùng.";
            return false;
        }
        number = new VietnamMobileNumber(national, carrier);
        error = null;
        return true;
    }

    private static Dictionary<string, string> BuildDefaultPrefixes()
    {
        // After the 2018 conversion (Bộ TT&TT), plus later assignments to Vietnamobile (052), Itelecom (087)
        // and Mobicast (055). Cross-checked against libphonenumber's VN mobile pattern, which has every block
        // below but lists only parts of 052, 055 and 089 as in use: blocks, not individual numbers, are checked here.
        (string Carrier, string[] Prefixes)[] table =
        [
            ("Viettel", ["032", "033", "034", "035", "036", "037", "038", "039", "086", "096", "097", "098"]),
            ("VinaPhone", ["081", "082", "083", "084", "085", "088", "091", "094"]),
            ("MobiFone", ["070", "076", "077", "078", "079", "089", "090", "093"]),
            ("Vietnamobile", ["052", "056", "058", "092"]),
            ("Gmobile", ["059", "099"]),
            ("Itelecom", ["087"]),
            ("Mobicast", ["055"]),
        ];
        return table.SelectMany(t => t.Prefixes.Select(p => (p, t.Carrier))).ToDictionary(x => x.p, x => x.Carrier);
    }
}
