namespace OcopHub.Core.Gs1;

/// <summary>How an AI's value is written (GS1 Barcode Syntax Dictionary notation in brackets).</summary>
public enum Gs1ValueKind
{
    /// <summary>Fixed-length digits with a mod-10 check digit [N14,csum].</summary>
    CheckedDigits,
    /// <summary>Up to MaxLength characters of GS1 AI encodable character set 82 [X..20].</summary>
    Cset82,
    /// <summary>A date YYMMDD where DD may be 00 for "any day of the month" [N6,yymmd0].</summary>
    Date,
    /// <summary>Fixed-length digits with no check digit [N6].</summary>
    Digits,
}

/// <summary>
/// One GS1 Application Identifier that OCOP Hub reads or writes. Only the AIs that traceability needs are known
/// (TRACEABILITY.md): anything else is rejected so that a typo never silently becomes data.
/// </summary>
public sealed record Gs1ApplicationIdentifier(string Code, string Title, Gs1ValueKind Kind, int MaxLength)
{
    /// <summary>Checks a value against this AI's syntax; the message is in Vietnamese.</summary>
    public bool TryValidate(string? value, out string? error)
    {
        error = null;
        var v = value ?? string.Empty;
        if (v.Length == 0) error = $"AI ({Code}) {Title}: thiếu giá trị.";
        else
        {
            switch (Kind)
            {
                case Gs1ValueKind.CheckedDigits:
                    if (v.Length != MaxLength || !Gs1CheckDigit.IsAsciiDigits(v))
                        error = $"AI ({Code}) {Title}: phải gồm đúng {MaxLength} chữ số.";
                    else if (!Gs1CheckDigit.IsValid(v))
                        error = $"AI ({Code}) {Title}: số kiểm tra sai, chữ số cuối phải là {Gs1CheckDigit.Compute(v[..^1])}.";
                    break;
                case Gs1ValueKind.Digits:
                    if (v.Length != MaxLength || !Gs1CheckDigit.IsAsciiDigits(v))
                        error = $"AI ({Code}) {Title}: phải gồm đúng {MaxLength} chữ số.";
                    break;
                case Gs1ValueKind.Date:
                    if (!Gs1Date.IsValidYymmd0(v))
                        error = $"AI ({Code}) {Title}: ngày phải viết YYMMDD (tháng 01–12, ngày có thật trong tháng hoặc 00), nhận được \"{v}\".";
                    break;
                case Gs1ValueKind.Cset82:
                    if (v.Length > MaxLength)
                        error = $"AI ({Code}) {Title}: dài tối đa {MaxLength} ký tự (đang có {v.Length}).";
                    else if (Cset82.FirstInvalid(v) is { } bad)
                        error = $"AI ({Code}) {Title}: ký tự \"{bad}\" không thuộc bộ ký tự GS1 (chữ Latin không dấu, số và ! \" % & ' ( ) * + , - . / : ; < = > ? _).";
                    break;
            }
        }
        return error is null;
    }
}

/// <summary>The AIs OCOP Hub knows, from the GS1 General Specifications and Barcode Syntax Dictionary.</summary>
public static class Gs1ApplicationIdentifiers
{
    public static readonly Gs1ApplicationIdentifier Gtin = new("01", "GTIN", Gs1ValueKind.CheckedDigits, 14);
    public static readonly Gs1ApplicationIdentifier ConsumerProductVariant = new("22", "biến thể sản phẩm (CPV)", Gs1ValueKind.Cset82, 20);
    public static readonly Gs1ApplicationIdentifier BatchLot = new("10", "số lô", Gs1ValueKind.Cset82, 20);
    public static readonly Gs1ApplicationIdentifier Serial = new("21", "số sê-ri", Gs1ValueKind.Cset82, 20);
    public static readonly Gs1ApplicationIdentifier ProductionDate = new("11", "ngày sản xuất", Gs1ValueKind.Date, 6);
    public static readonly Gs1ApplicationIdentifier PackagingDate = new("13", "ngày đóng gói", Gs1ValueKind.Date, 6);
    public static readonly Gs1ApplicationIdentifier BestBefore = new("15", "sử dụng tốt nhất trước", Gs1ValueKind.Date, 6);
    public static readonly Gs1ApplicationIdentifier SellBy = new("16", "hạn bán", Gs1ValueKind.Date, 6);
    public static readonly Gs1ApplicationIdentifier Expiry = new("17", "hạn sử dụng", Gs1ValueKind.Date, 6);

    /// <summary>AIs that may appear in a Digital Link query string (data attributes), in canonical order.</summary>
    public static IReadOnlyList<Gs1ApplicationIdentifier> DataAttributes { get; } =
        [ProductionDate, PackagingDate, BestBefore, SellBy, Expiry, .. NetWeightKg()];

    /// <summary>Every AI known here, by code.</summary>
    public static IReadOnlyDictionary<string, Gs1ApplicationIdentifier> All { get; } =
        new[] { Gtin, ConsumerProductVariant, BatchLot, Serial }.Concat(DataAttributes).ToDictionary(a => a.Code);

    public static Gs1ApplicationIdentifier? Find(string? code) =>
        code is not null && All.TryGetValue(code, out var ai) ? ai : null;

    // 3100–3105: net weight in kg, the last AI digit giving the number of decimals (3103 = grams precision).
    private static IEnumerable<Gs1ApplicationIdentifier> NetWeightKg() =>
        Enumerable.Range(0, 6).Select(d => new Gs1ApplicationIdentifier($"310{d}", $"khối lượng tịnh (kg, {d} số lẻ)", Gs1ValueKind.Digits, 6));
}
