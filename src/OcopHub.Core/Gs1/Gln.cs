namespace OcopHub.Core.Gs1;

/// <summary>
/// A Global Location Number: 13 digits with a mod-10 check digit. Identifies a party or a location
/// (farm, plant, warehouse); EPCIS uses it for readPoint and bizLocation.
/// </summary>
public sealed record Gln
{
    private Gln(string value) => Value = value;

    public string Value { get; }

    /// <summary>The first three digits of the company prefix.</summary>
    public string Gs1Prefix => Value[..3];

    public bool IsVietnamese => OcopHub.Core.Gs1.Gs1Prefix.IsVietnam(Gs1Prefix);

    public override string ToString() => Value;

    /// <summary>Builds a GLN from its first 12 digits.</summary>
    public static Gln FromBody(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Length != 12 || !Gs1CheckDigit.IsAsciiDigits(body))
            throw new FormatException("Phần thân GLN phải gồm đúng 12 chữ số (chưa có số kiểm tra).");
        return new Gln(Gs1CheckDigit.Append(body));
    }

    public static Gln Parse(string text) =>
        TryParse(text, out var gln, out var error) ? gln! : throw new FormatException(error);

    public static bool TryParse(string? text, out Gln? gln, out string? error)
    {
        gln = null;
        if (!Gs1Key.TryCheck(text, 13, "mã địa điểm toàn cầu (GLN)", out var digits, out error)) return false;
        gln = new Gln(digits);
        return true;
    }
}
