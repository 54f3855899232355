using System.Text;

namespace OcopHub.Core.Producers;

/// <summary>
/// Mã số thuế. 10 digits N1…N10: N1N2 the province where it was issued (the old 63-province numbering, kept when
/// a company moves), N3–N9 a sequence that is never 0000000, N10 a check digit; dependent units add "-N11N12N13"
/// (001–999). Since the enterprise and cooperative laws made the registration number the tax code, this same rule
/// validates mã số doanh nghiệp and mã số hợp tác xã (see <see cref="TryParseRegistrationNumber"/>).
/// Check digit (General Department of Taxation, as implemented by python-stdnum's vn.mst):
/// N10 = 10 − (31·N1 + 29·N2 + 23·N3 + 19·N4 + 17·N5 + 13·N6 + 7·N7 + 5·N8 + 3·N9) mod 11; a remainder of 0 would
/// give "10", so such bodies are never issued.
/// </summary>
public sealed record VietnamTaxCode
{
    private static readonly int[] Weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];

    private VietnamTaxCode(string value, TaxCodeKind kind) => (Value, Kind) = (value, kind);

    /// <summary>Canonical text: "0100109106", "0100109106-001" or the 12 identification digits.</summary>
    public string Value { get; }

    public TaxCodeKind Kind { get; }

    /// <summary>The 10-digit code of the taxpayer a dependent unit belongs to (itself for an organisation).</summary>
    public string? ParentCode => Kind == TaxCodeKind.PersonalIdentification ? null : Value[..10];

    /// <summary>N11N12N13 of a dependent unit.</summary>
    public string? BranchNumber => Kind == TaxCodeKind.DependentUnit ? Value[11..] : null;

    /// <summary>N1N2: where a 10/13-digit code was first issued (pre-2025 province numbering; not a QĐ 19/2025 code).</summary>
    public string? IssuingProvinceCode => Kind == TaxCodeKind.PersonalIdentification ? null : Value[..2];

    public override string ToString() => Value;

    /// <summary>N10 for nine digits, or null when the remainder is 0 and no digit fits (no such code is issued).</summary>
    public static int? ComputeCheckDigit(string firstNine)
    {
        ArgumentNullException.ThrowIfNull(firstNine);
        if (firstNine.Length != 9 || !firstNine.All(char.IsAsciiDigit))
            throw new FormatException("Cần đúng 9 chữ số đầu của mã số thuế.");
        var sum = 0;
        for (var i = 0; i < 9; i++) sum += (firstNine[i] - '0') * Weights[i];
        var check = 10 - sum % 11;
        return check == 10 ? null : check;  // remainder 10 gives 0; remainder 0 gives 10, which is not a digit
    }

    public static bool IsValid(string? text, bool allowPersonalIdentification = true) =>
        TryParse(text, out _, out _, allowPersonalIdentification);

    public static VietnamTaxCode Parse(string text, bool allowPersonalIdentification = true) =>
        TryParse(text, out var code, out var error, allowPersonalIdentification) ? code! : throw new FormatException(error);

    /// <summary>
    /// Reads a tax code written with or without spaces and dots ("0100 109 106", "01.00.109.106"), the branch with or
    /// without its hyphen. Messages are in Vietnamese and say which rule failed.
    /// </summary>
    public static bool TryParse(string? text, out VietnamTaxCode? code, out string? error, bool allowPersonalIdentification = true)
    {
        code = null;
        var (digits, hyphenAt, bad) = Compact(text);
        error = bad;
        if (error is null && digits.Length == 0) error = "Chưa nhập mã số thuế.";
        if (error is null && hyphenAt is not null && hyphenAt != 10)
            error = "Dấu gạch nối chỉ đứng sau 10 chữ số đầu (dạng 0100109106-001 cho đơn vị phụ thuộc).";
        if (error is null && hyphenAt == digits.Length)
            error = "Thiếu 3 chữ số của đơn vị phụ thuộc sau dấu gạch nối (dạng 0100109106-001).";
        if (error is not null) return false;

        switch (digits.Length)
        {
            case 12 when hyphenAt is null:
                if (!allowPersonalIdentification)
                {
                    error = "Mã số thuế tổ chức phải có 10 chữ số (hoặc 13 chữ số dạng 0100109106-001 cho đơn vị phụ thuộc).";
                    return false;
                }
                code = new VietnamTaxCode(digits, TaxCodeKind.PersonalIdentification);
                return true;
            case 10 when hyphenAt is null:
            case 13:
                error = CheckBody(digits[..10]);
                if (error is null && digits.Length == 13 && digits[10..] == "000")
                    error = "Số thứ tự đơn vị phụ thuộc (3 chữ số cuối) phải từ 001 đến 999.";
                if (error is not null) return false;
                code = digits.Length == 10
                    ? new VietnamTaxCode(digits, TaxCodeKind.Organisation)
                    : new VietnamTaxCode(digits[..10] + "-" + digits[10..], TaxCodeKind.DependentUnit);
                return true;
            default:
                error = $"Mã số thuế phải có 10 chữ số, 13 chữ số (dạng 0100109106-001) hoặc 12 chữ số (số định danh cá nhân); đang có {digits.Length}.";
                return false;
        }
    }

    /// <summary>
    /// Mã số doanh nghiệp / mã số hợp tác xã: the 10-digit tax code of the organisation (Luật Doanh nghiệp 2020 Art. 29;
    /// Luật Hợp tác xã 2023), or the 13-digit code of its branch. Personal identification numbers are refused.
    /// </summary>
    public static bool TryParseRegistrationNumber(string? text, out VietnamTaxCode? code, out string? error) =>
        TryParse(text, out code, out error, allowPersonalIdentification: false);

    private static string? CheckBody(string ten)
    {
        if (ten[2..9] == "0000000") return "Mã số thuế không hợp lệ: 7 chữ số thứ tự (vị trí 3–9) không thể đều là 0.";
        var check = ComputeCheckDigit(ten[..9]);
        if (check is null) return "Mã số thuế không hợp lệ: 9 chữ số đầu này không có chữ số kiểm tra nào đúng (không được cấp).";
        return check == ten[9] - '0' ? null : $"Mã số thuế sai chữ số kiểm tra: chữ số thứ 10 phải là {check}.";
    }

    // Keeps digits, drops spaces and dots, remembers where a single hyphen stood.
    private static (string Digits, int? HyphenAt, string? Error) Compact(string? text)
    {
        var sb = new StringBuilder();
        int? hyphenAt = null;
        foreach (var c in (text ?? string.Empty).Trim())
        {
            if (char.IsAsciiDigit(c)) sb.Append(c);
            else if (c is ' ' or '.') continue;
            else if (c is '-' or '–' && hyphenAt is null) hyphenAt = sb.Length;
            else return (string.Empty, null, $"Mã số thuế chỉ gồm chữ số (và một dấu gạch nối trước mã đơn vị phụ thuộc); ký tự \"{c}\" không hợp lệ.");
        }
        return (sb.ToString(), hyphenAt, null);
    }
}
