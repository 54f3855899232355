namespace OcopHub.Core.Gs1;

/// <summary>The length a GTIN was written in. All four are the same key once padded to 14 digits.</summary>
public enum GtinFormat
{
    Gtin8 = 8,
    Gtin12 = 12,
    Gtin13 = 13,
    Gtin14 = 14,
}
