using OcopHub.Core.Text;

namespace OcopHub.Core.AdminUnits;

/// <summary>Level in the hierarchy. Districts exist only before 2025-07-01 (the reform removed that level).</summary>
public enum AdminLevel { Province, District, Commune }

/// <summary>
/// One administrative unit in one period. Codes are reused across periods (ward "00004" was Trúc Bạch
/// before 2025-07-01 and is Ba Đình after), so identity is (<see cref="Code"/>, <see cref="ValidFrom"/>).
/// </summary>
public sealed record AdminUnit(
    string Code,              // 2 digits (province), 3 (district), 5 (commune/ward)
    string Name,              // "Ba Đình" (without the type word)
    string FullName,          // "Phường Ba Đình"
    string? NameEn,           // only the 2025 source has English names
    AdminLevel Level,
    string Type,              // "Tỉnh", "Thành phố", "Quận", "Huyện", "Thị xã", "Phường", "Xã", "Thị trấn", "Đặc khu"
    string? ParentCode,       // district (pre-2025 communes), province (districts, 2025 communes), null for provinces
    string ProvinceCode,
    DateOnly ValidFrom,
    DateOnly? ValidTo)        // null = in force
{
    /// <summary>Diacritic- and case-insensitive name for search and matching: "Đại Mỗ" → "dai mo".</summary>
    /// <remarks>Computed, not stored: a stored copy would go stale after <c>with { Name = … }</c> and take part in
    /// record equality. Precompute it where a hot search loop needs it.</remarks>
    public string SearchName => VietnameseText.Fold(Name);

    public bool IsValidOn(DateOnly day) => day >= ValidFrom && (ValidTo is null || day <= ValidTo);
}

/// <summary>The two periods the reference data describe.</summary>
public static class AdminPeriods
{
    /// <summary>The two-level system (34 provinces) took effect on this day.</summary>
    public static readonly DateOnly Reform2025 = new(2025, 7, 1);

    /// <summary>Last day of the three-level system (63 provinces).</summary>
    public static readonly DateOnly LastDayPre2025 = new(2025, 6, 30);

    /// <summary>The registry dump has no start dates; pre-2025 units are treated as valid since "always".</summary>
    public static readonly DateOnly Pre2025From = DateOnly.MinValue;
}
