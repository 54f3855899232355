namespace OcopHub.Core.Gs1;

/// <summary>
/// A Global Trade Item Number, as written (8, 12, 13 or 14 digits) with a valid mod-10 check digit.
/// Gtin14 is the left-zero-padded form used as the key everywhere (GS1 Digital Link, EPCIS).
/// </summary>
public sealed record Gtin
{
    private Gtin(string value) => Value = value;

    /// <summary>The digits as written, e.g. "8935001234561".</summary>
    public string Value { get; }

    public GtinFormat Format => (GtinFormat)Value.Length;

    /// <summary>Left-padded with zeros to 14 digits: the canonical key.</summary>
    public string Gtin14 => Value.PadLeft(14, '0');

    /// <summary>
    /// The three-digit GS1 prefix, or null for a GTIN-12 (UPC-A: a US/Canada "0" prefix that is not written).
    /// GTIN-14's first digit is the packaging indicator, so its prefix starts at the second digit.
    /// </summary>
    public string? Gs1Prefix => Format switch
    {
        GtinFormat.Gtin8 or GtinFormat.Gtin13 => Value[..3],
        GtinFormat.Gtin14 when Value.StartsWith("000000", StringComparison.Ordinal) => Value[6..9], // a GTIN-8 in 14-digit form
        GtinFormat.Gtin14 when Value.StartsWith("00", StringComparison.Ordinal) => null,            // a GTIN-12 in 14-digit form
        GtinFormat.Gtin14 => Value[1..4],
        _ => null,
    };

    /// <summary>True when the number was licensed by GS1 Vietnam (prefix 893).</summary>
    public bool IsVietnamese => OcopHub.Core.Gs1.Gs1Prefix.IsVietnam(Gs1Prefix);

    public override string ToString() => Value;

    /// <summary>Builds a GTIN from its digits without the check digit (7, 11, 12 or 13 digits).</summary>
    public static Gtin FromBody(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Length is not (7 or 11 or 12 or 13) || !Gs1CheckDigit.IsAsciiDigits(body))
            throw new FormatException("Phần thân GTIN phải gồm 7, 11, 12 hoặc 13 chữ số (chưa có số kiểm tra).");
        return new Gtin(Gs1CheckDigit.Append(body));
    }

    public static Gtin Parse(string text) =>
        TryParse(text, out var gtin, out var error) ? gtin! : throw new FormatException(error);

    /// <summary>Accepts 8, 12, 13 or 14 digits (surrounding white space ignored) with a valid check digit.</summary>
    public static bool TryParse(string? text, out Gtin? gtin, out string? error)
    {
        gtin = null;
        var digits = text?.Trim() ?? string.Empty;
        if (digits.Length == 0) { error = "Chưa nhập mã GTIN."; return false; }
        if (!Gs1CheckDigit.IsAsciiDigits(digits)) { error = "Mã GTIN chỉ được gồm chữ số 0–9."; return false; }
        if (digits.Length is not (8 or 12 or 13 or 14))
        {
            error = $"Mã GTIN phải có 8, 12, 13 hoặc 14 chữ số (đang có {digits.Length}).";
            return false;
        }
        if (!Gs1CheckDigit.IsValid(digits))
        {
            error = $"Số kiểm tra của mã GTIN sai: chữ số cuối phải là {Gs1CheckDigit.Compute(digits[..^1])}.";
            return false;
        }
        gtin = new Gtin(digits);
        error = null;
        return true;
    }

    /// <summary>Two GTINs are the same trade item when their 14-digit forms match, whatever length they were written in.</summary>
    public bool IsSameItemAs(Gtin other) => Gtin14 == other.Gtin14;
}
