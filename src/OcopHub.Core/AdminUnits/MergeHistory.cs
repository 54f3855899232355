namespace OcopHub.Core.AdminUnits;

/// <summary>One row of merge-history.csv. Province rows have no <see cref="ProvinceCode"/>.</summary>
public sealed record MergeHistoryRow(string Code, string Name, string? ProvinceCode, string BeforeMerge)
{
    public bool IsProvince => string.IsNullOrEmpty(ProvinceCode);
}

/// <summary>How much of an old unit went into the new one.</summary>
public enum MergeExtent
{
    Whole,      // no qualifier, or "toàn bộ"
    Part,       // "một phần diện tích …"
    Remainder,  // "phần còn lại (sau khi sáp nhập vào …)": the rest after other parts went elsewhere
}

/// <summary>
/// One old unit named in a before_merge text: "Xã Tân Hòa (huyện Thanh Bình)" →
/// Type "Xã", Name "Tân Hòa", DistrictQualifier "Thanh Bình".
/// </summary>
public sealed record MergePart(
    string Type,                 // sentence case: "Xã", "Phường", "Thị trấn", "Huyện", "Tỉnh", "Thôn" …; "" when the text gives none ("Krông Na")
    string Name,
    MergeExtent Extent,
    bool TypeInferred,           // bare name: type taken from the previous item ("các phường Cửa Nam, Điện Biên"), or none
    string? DistrictQualifier,   // "(huyện Thanh Bình)" → "Thanh Bình"; "(Quận 6)" → "6"
    string? DistrictQualifierType,
    string? ProvinceQualifier,   // "(huyện Châu Thành, tỉnh Trà Vinh)" → "Trà Vinh"
    string Source);              // the text fragment this came from

/// <summary>A parsed before_merge text.</summary>
public sealed record MergeText(
    bool Unchanged,                       // "giữ nguyên"
    IReadOnlyList<MergePart> Parts,
    IReadOnlyList<string> Unparsed);      // fragments that name no unit ("khu vực bãi bồi ven biển …")
