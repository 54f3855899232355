using System.Globalization;

namespace OcopHub.Core.Products;

/// <summary>
/// The product code printed at the top of every OCOP scoring sheet ("Mã số sản phẩm"):
/// <c>(T)-(X)-(STT)-(year)</c> today (QĐ 26/2026/QĐ-TTg Phụ lục II: T mã tỉnh, X mã xã, STT số thứ tự sản phẩm do xã
/// lập thống kê, năm đánh giá; unit codes per QĐ 19/2025/QĐ-TTg), and <c>(T)-(H)-(X)-(STT)-(year)</c> for records
/// made while districts existed. The law fixes no width for STT, so the digits are kept as written
/// ("007" stays "007"); <see cref="IsSameProductAs"/> compares the numbers.
/// </summary>
public sealed record OcopProductCode
{
    /// <summary>First year a commune code alone could be written: districts were abolished on 1 July 2025.</summary>
    public const int FirstCurrentYear = 2025;

    /// <summary>OCOP evaluation began in 2018 (QĐ 490/QĐ-TTg, 07/5/2018); the district shape ends with the districts in 2025.</summary>
    public const int FirstHistoricalYear = 2018;

    public const int LastHistoricalYear = 2025;

    /// <summary>The sheet prints "20……" for the year: a four-digit year of this century.</summary>
    public const int LastYear = 2099;

    private OcopProductCode(OcopProductCodeShape shape, string province, string? district, string commune, string sequence, int year, string? asWritten = null)
    {
        AsWritten = asWritten ?? string.Join('-', province, commune, sequence, year.ToString(CultureInfo.InvariantCulture));
        Shape = shape;
        ProvinceCode = province;
        DistrictCode = district;
        CommuneCode = commune;
        SequenceText = sequence;
        Year = year;
    }

    public OcopProductCodeShape Shape { get; }

    /// <summary>T: two digits, e.g. "01" Hà Nội.</summary>
    public string ProvinceCode { get; }

    /// <summary>H: three digits, only in historical codes.</summary>
    public string? DistrictCode { get; }

    /// <summary>X: five digits, e.g. "00004" phường Ba Đình.</summary>
    public string CommuneCode { get; }

    /// <summary>STT as written (leading zeros kept).</summary>
    public string SequenceText { get; }

    public int Sequence => int.Parse(SequenceText, CultureInfo.InvariantCulture);

    /// <summary>Năm đánh giá.</summary>
    public int Year { get; }

    /// <summary>The code with plain hyphens and no spaces: "01-00004-1-2026", "25-227-08017-3-2023".</summary>
    public string Value => string.Join('-', Parts());

    /// <summary>The text exactly as it was read (trimmed): a historical certificate is quoted as printed, never rewritten.</summary>
    public string AsWritten { get; }

    public override string ToString() => Value;

    /// <summary>Equal when the normalised <see cref="Value"/> is equal: spacing and dash style do not make a new code.</summary>
    public bool Equals(OcopProductCode? other) => other is not null && Value == other.Value;

    public override int GetHashCode() => Value.GetHashCode(StringComparison.Ordinal);

    /// <summary>Same province, district, commune, sequence number and year, whatever zero-padding STT was written with.</summary>
    public bool IsSameProductAs(OcopProductCode other) =>
        ProvinceCode == other.ProvinceCode && DistrictCode == other.DistrictCode && CommuneCode == other.CommuneCode
        && Sequence == other.Sequence && Year == other.Year;

    private IEnumerable<string> Parts()
    {
        yield return ProvinceCode;
        if (DistrictCode is not null) yield return DistrictCode;
        yield return CommuneCode;
        yield return SequenceText;
        yield return Year.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A new code in today's shape. The sequence is written without padding because the law prescribes none;
    /// pass <paramref name="sequenceWidth"/> when a province pads (e.g. 3 → "007").
    /// </summary>
    /// <exception cref="ArgumentException">A part breaks a rule; the message is in Vietnamese.</exception>
    public static OcopProductCode Create(string provinceCode, string communeCode, int sequence, int year, int sequenceWidth = 1)
    {
        if (sequenceWidth is < 1 or > MaxSequenceDigits)
            throw new ArgumentOutOfRangeException(nameof(sequenceWidth), $"Độ rộng STT phải từ 1 đến {MaxSequenceDigits}.");
        var stt = sequence.ToString(CultureInfo.InvariantCulture).PadLeft(sequenceWidth, '0');
        var error = CheckProvince(provinceCode) ?? CheckCommune(communeCode) ?? CheckSequence(sequence < 0 ? "-" : stt)
            ?? CheckYear(year, OcopProductCodeShape.Current);
        if (error is not null) throw new ArgumentException(error);
        return new OcopProductCode(OcopProductCodeShape.Current, provinceCode, null, communeCode, stt, year);
    }

    public static OcopProductCode Parse(string text) =>
        TryParse(text, out var code, out var error) ? code! : throw new FormatException(error);

    /// <summary>
    /// Reads either shape. Tolerates spaces around the separators and en/em dashes (as typed from the printed sheet),
    /// nothing else; each failure names the part that is wrong, in Vietnamese.
    /// </summary>
    public static bool TryParse(string? text, out OcopProductCode? code, out string? error)
    {
        code = null;
        if (string.IsNullOrWhiteSpace(text)) { error = "Chưa nhập mã số sản phẩm OCOP."; return false; }
        var parts = text.Replace('–', '-').Replace('—', '-').Split('-').Select(p => p.Trim()).ToArray();
        if (parts.Length is not (4 or 5))
        {
            error = "Mã số sản phẩm OCOP phải có dạng (Mã tỉnh)-(Mã xã)-(STT)-(Năm), ví dụ 01-00004-1-2026; "
                  + "mã cũ có mã huyện: (Mã tỉnh)-(Mã huyện)-(Mã xã)-(STT)-(Năm).";
            return false;
        }
        var shape = parts.Length == 4 ? OcopProductCodeShape.Current : OcopProductCodeShape.HistoricalWithDistrict;
        var district = shape == OcopProductCodeShape.HistoricalWithDistrict ? parts[1] : null;
        var (commune, stt, yearText) = (parts[^3], parts[^2], parts[^1]);
        error = CheckProvince(parts[0])
            ?? (district is null ? null : CheckDistrict(district))
            ?? CheckCommune(commune)
            ?? CheckSequence(stt)
            ?? CheckYearText(yearText, shape);
        if (error is not null) return false;
        code = new OcopProductCode(shape, parts[0], district, commune, stt, int.Parse(yearText, CultureInfo.InvariantCulture), text.Trim());
        return true;
    }

    // Five digits covers thousands of products per commune; more is a typo, not a sequence.
    private const int MaxSequenceDigits = 5;

    private static string? CheckProvince(string? t) =>
        IsDigits(t, 2) && t != "00" ? null : $"Mã tỉnh \"{t}\" phải gồm đúng 2 chữ số, khác 00 (mã theo Quyết định 19/2025/QĐ-TTg).";

    private static string? CheckDistrict(string h) =>
        IsDigits(h, 3) && h != "000" ? null : $"Mã huyện \"{h}\" phải gồm đúng 3 chữ số, khác 000.";

    private static string? CheckCommune(string? x) =>
        IsDigits(x, 5) && x != "00000" ? null : $"Mã xã \"{x}\" phải gồm đúng 5 chữ số, khác 00000 (mã theo Quyết định 19/2025/QĐ-TTg).";

    private static string? CheckSequence(string stt) =>
        stt.Length is >= 1 and <= MaxSequenceDigits && stt.All(char.IsAsciiDigit) && stt.Any(c => c != '0')
            ? null
            : $"Số thứ tự (STT) \"{stt}\" phải là số nguyên dương, tối đa {MaxSequenceDigits} chữ số.";

    private static string? CheckYearText(string text, OcopProductCodeShape shape) =>
        IsDigits(text, 4) ? CheckYear(int.Parse(text, CultureInfo.InvariantCulture), shape) : $"Năm đánh giá \"{text}\" phải gồm 4 chữ số, ví dụ 2026.";

    private static string? CheckYear(int year, OcopProductCodeShape shape) => shape switch
    {
        OcopProductCodeShape.Current when year is < FirstCurrentYear or > LastYear =>
            $"Năm đánh giá {year} không hợp lệ cho mã không có mã huyện: phải từ {FirstCurrentYear} đến {LastYear} (cấp huyện chấm dứt từ 01/7/2025).",
        OcopProductCodeShape.HistoricalWithDistrict when year is < FirstHistoricalYear or > LastHistoricalYear =>
            $"Năm đánh giá {year} không hợp lệ cho mã có mã huyện: phải từ {FirstHistoricalYear} đến {LastHistoricalYear}.",
        _ => null,
    };

    private static bool IsDigits(string? text, int length) => text is not null && text.Length == length && text.All(char.IsAsciiDigit);
}
