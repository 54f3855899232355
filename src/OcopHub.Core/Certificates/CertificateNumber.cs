using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace OcopHub.Core.Certificates;

/// <summary>
/// Số giấy chứng nhận. The Decision prescribes no format, so OCOP Hub proposes
/// <c>{seq:000}/{year}/OCOP-{issuer}</c>: the issuer's running number in the issue year, the year, and the issuer —
/// the 2-digit province code (QĐ 19/2025/QĐ-TTg) for 3★/4★, or <c>TW</c> (trung ương, Bộ NN&amp;MT) for 5★.
/// E.g. <c>015/2026/OCOP-01</c>, <c>003/2027/OCOP-TW</c>. Why: unique nationally without a central registry,
/// sortable within an issuer, and the issuer is the revoking authority (Art. 8.2), so the number tells who may revoke.
/// </summary>
public sealed partial record CertificateNumber
{
    public const string CentralIssuer = "TW";

    public CertificateNumber(int sequence, int year, string issuer)
    {
        if (sequence < 1) throw new ArgumentOutOfRangeException(nameof(sequence), sequence, "Số thứ tự phải lớn hơn 0.");
        if (year is < 2000 or > 9999) throw new ArgumentOutOfRangeException(nameof(year), year, "Năm không hợp lệ.");
        if (issuer != CentralIssuer && !ProvinceRegex().IsMatch(issuer ?? ""))
            throw new ArgumentException("Đơn vị cấp là mã tỉnh 2 chữ số hoặc \"TW\".", nameof(issuer));
        Sequence = sequence;
        Year = year;
        Issuer = issuer!;
    }

    public int Sequence { get; }
    public int Year { get; }
    public string Issuer { get; }
    public bool IsCentral => Issuer == CentralIssuer;

    public override string ToString() =>
        $"{Sequence.ToString("000", CultureInfo.InvariantCulture)}/{Year.ToString(CultureInfo.InvariantCulture)}/OCOP-{Issuer}";

    public static bool TryParse(string? text, [NotNullWhen(true)] out CertificateNumber? result)
    {
        result = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var m = ParseRegex().Match(text.Trim());
        if (!m.Success) return false;
        if (!int.TryParse(m.Groups["seq"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var seq) || seq < 1) return false;
        var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year < 2000) return false;
        result = new CertificateNumber(seq, year, m.Groups["issuer"].Value.ToUpperInvariant());
        return true;
    }

    public static CertificateNumber Parse(string text) =>
        TryParse(text, out var r) ? r : throw new FormatException($"\"{text}\" không phải số giấy chứng nhận dạng {{số}}/{{năm}}/OCOP-{{mã tỉnh|TW}}.");

    [GeneratedRegex("^[0-9]{2}$")]
    private static partial Regex ProvinceRegex();

    [GeneratedRegex("^(?<seq>[0-9]{1,9})/(?<year>[0-9]{4})/OCOP-(?<issuer>[0-9]{2}|TW)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ParseRegex();
}
