using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace OcopHub.Core.Dossiers;

/// <summary>
/// Số phiếu đăng ký given when the commune (or the provincial office) receives a dossier. Mẫu 01 Phụ lục III prints
/// <c>Phiếu số: ……-……. /PĐK- (Mã tỉnh) - (Mã xã) - (Năm)</c>: two blanks joined by a hyphen, then the fixed part.
/// The Decision does not say what the second blank holds, so it is kept as an optional free <see cref="Suffix"/>;
/// the canonical form is <c>{seq}/PĐK-{tỉnh}-{xã}-{năm}</c>, e.g. <c>12/PĐK-01-00004-2026</c>, or with a suffix
/// <c>12-TN/PĐK-01-00004-2026</c>.
/// Codes follow QĐ 19/2025/QĐ-TTg: province 2 digits, commune 5 digits.
/// </summary>
public sealed partial record ReceiptNumber
{
    public const string Marker = "PĐK"; // Phiếu đăng ký

    public ReceiptNumber(int sequence, string provinceCode, string communeCode, int year, string? suffix = null)
    {
        if (sequence < 1) throw new ArgumentOutOfRangeException(nameof(sequence), sequence, "Số thứ tự phải lớn hơn 0.");
        if (provinceCode is null || !DigitsRegex().IsMatch(provinceCode) || provinceCode.Length != 2)
            throw new ArgumentException("Mã tỉnh phải gồm 2 chữ số (QĐ 19/2025/QĐ-TTg).", nameof(provinceCode));
        if (communeCode is null || !DigitsRegex().IsMatch(communeCode) || communeCode.Length != 5)
            throw new ArgumentException("Mã xã phải gồm 5 chữ số (QĐ 19/2025/QĐ-TTg).", nameof(communeCode));
        if (year is < 2000 or > 9999) throw new ArgumentOutOfRangeException(nameof(year), year, "Năm không hợp lệ.");
        if (suffix is not null && !SuffixRegex().IsMatch(suffix))
            throw new ArgumentException("Phần sau số thứ tự chỉ gồm chữ, số (không dấu cách, '/', '-').", nameof(suffix));
        Sequence = sequence;
        ProvinceCode = provinceCode;
        CommuneCode = communeCode;
        Year = year;
        Suffix = string.IsNullOrEmpty(suffix) ? null : suffix;
    }

    /// <summary>Số thứ tự of the receipt within the commune's register for the year.</summary>
    public int Sequence { get; }
    public string ProvinceCode { get; }
    public string CommuneCode { get; }
    public int Year { get; }
    /// <summary>The second blank of the printed form, if the office uses it.</summary>
    public string? Suffix { get; }

    public override string ToString() =>
        $"{Sequence.ToString(CultureInfo.InvariantCulture)}{(Suffix is null ? "" : "-" + Suffix)}/{Marker}-{ProvinceCode}-{CommuneCode}-{Year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>
    /// Accepts the canonical form and what people type from the printed form: spaces around '-' and '/', lower case,
    /// "PDK" without the stroke, decomposed Unicode, leading zeros in the sequence ("0012" → 12).
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ReceiptNumber? result)
    {
        result = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var compact = new StringBuilder();
        foreach (var ch in text.Normalize(NormalizationForm.FormC))
            if (!char.IsWhiteSpace(ch)) compact.Append(ch);
        var m = ParseRegex().Match(compact.ToString());
        if (!m.Success) return false;
        if (!int.TryParse(m.Groups["seq"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var seq) || seq < 1) return false;
        var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year < 2000) return false;
        var suffix = m.Groups["suffix"].Success ? m.Groups["suffix"].Value : null;
        result = new ReceiptNumber(seq, m.Groups["prov"].Value, m.Groups["comm"].Value, year, suffix);
        return true;
    }

    public static ReceiptNumber Parse(string text) =>
        TryParse(text, out var r) ? r : throw new FormatException($"\"{text}\" không phải số phiếu đăng ký dạng {{số}}/PĐK-{{mã tỉnh}}-{{mã xã}}-{{năm}}.");

    [GeneratedRegex("^[0-9]+$")]
    private static partial Regex DigitsRegex();

    [GeneratedRegex("^[\\p{L}\\p{N}]+$")]
    private static partial Regex SuffixRegex();

    [GeneratedRegex("^(?<seq>[0-9]{1,9})(?:-(?<suffix>[\\p{L}\\p{N}]+))?/P[ĐD]K-(?<prov>[0-9]{2})-(?<comm>[0-9]{5})-(?<year>[0-9]{4})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ParseRegex();
}
