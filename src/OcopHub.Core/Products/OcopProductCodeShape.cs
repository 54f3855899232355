namespace OcopHub.Core.Products;

/// <summary>Which law an OCOP product code was written under.</summary>
public enum OcopProductCodeShape
{
    /// <summary>
    /// <c>(T)-(X)-(STT)-(year)</c>: QĐ 26/2026/QĐ-TTg Phụ lục II (and 148 as amended by 1489 after districts were
    /// abolished on 1/7/2025). T and X are QĐ 19/2025/QĐ-TTg codes: 2-digit province, 5-digit commune.
    /// </summary>
    Current,

    /// <summary>
    /// <c>(T)-(H)-(X)-(STT)-(year)</c>: the sheets under QĐ 1048/2019 and 148/2023 carried the district (huyện)
    /// code H (3 digits, GSO registry). Kept exactly as written: those units no longer exist.
    /// </summary>
    HistoricalWithDistrict,
}
