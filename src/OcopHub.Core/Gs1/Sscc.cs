namespace OcopHub.Core.Gs1;

/// <summary>
/// A Serial Shipping Container Code: 18 digits (extension digit, company prefix, serial reference, check digit).
/// Identifies one logistic unit (a pallet, a carton) in packing and shipping events.
/// </summary>
public sealed record Sscc
{
    private Sscc(string value) => Value = value;

    public string Value { get; }

    /// <summary>The first digit, chosen freely by the company to widen its serial range.</summary>
    public int ExtensionDigit => Value[0] - '0';

    /// <summary>The company prefix starts after the extension digit.</summary>
    public string Gs1Prefix => Value[1..4];

    public bool IsVietnamese => OcopHub.Core.Gs1.Gs1Prefix.IsVietnam(Gs1Prefix);

    public override string ToString() => Value;

    /// <summary>Builds an SSCC from its first 17 digits.</summary>
    public static Sscc FromBody(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Length != 17 || !Gs1CheckDigit.IsAsciiDigits(body))
            throw new FormatException("Phần thân SSCC phải gồm đúng 17 chữ số (chưa có số kiểm tra).");
        return new Sscc(Gs1CheckDigit.Append(body));
    }

    public static Sscc Parse(string text) =>
        TryParse(text, out var sscc, out var error) ? sscc! : throw new FormatException(error);

    public static bool TryParse(string? text, out Sscc? sscc, out string? error)
    {
        sscc = null;
        if (!Gs1Key.TryCheck(text, 18, "mã SSCC", out var digits, out error)) return false;
        sscc = new Sscc(digits);
        return true;
    }
}
