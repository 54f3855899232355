using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Text;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;

namespace OcopHub.Web.Features.Products;

/// <summary>
/// The pre-2025 districts (huyện, quận, thị xã, thành phố thuộc tỉnh) a product's province was made of: those of the
/// old provinces that succeeded into it on 1/7/2025 (Thái Nguyên today = old Thái Nguyên + Bắc Kạn). Found by code
/// (3 digits) or by name without diacritics, with or without the type word. Loaded once (≈700 units).
/// </summary>
public sealed class HistoricalDistricts
{
    private readonly Dictionary<string, List<AdministrativeUnit>> _byProvince = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _oldProvinces = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _oldProvinceNames = new(StringComparer.Ordinal);

    private static readonly string[] Prefixes = ["huyen ", "quan ", "thi xa ", "thanh pho ", "tp. ", "tp ", "tx. ", "tx "];

    public static async Task<HistoricalDistricts> LoadAsync(OcopDbContext db, CancellationToken ct)
    {
        var d = new HistoricalDistricts();
        var districts = await db.AdministrativeUnits.AsNoTracking().Where(u => u.Level == UnitLevel.District).ToListAsync(ct);
        foreach (var u in districts)
            (d._byProvince.TryGetValue(u.ProvinceCode, out var list) ? list : d._byProvince[u.ProvinceCode] = []).Add(u);
        var provinces = await db.UnitSuccessions.AsNoTracking()
            .Where(s => s.NewUnit!.Level == UnitLevel.Province && s.OldUnit!.Level == UnitLevel.Province)
            .Select(s => new { New = s.NewUnit!.Code, Old = s.OldUnit!.Code, OldName = s.OldUnit.FullName }).ToListAsync(ct);
        foreach (var p in provinces)
        {
            (d._oldProvinces.TryGetValue(p.New, out var set) ? set : d._oldProvinces[p.New] = []).Add(p.Old);
            d._oldProvinceNames[p.Old] = p.OldName;
        }
        return d;
    }

    /// <summary>The old provinces that formed today's province (the province itself when no succession is recorded).</summary>
    public IReadOnlyCollection<string> OldProvincesOf(string provinceCode) =>
        _oldProvinces.TryGetValue(provinceCode, out var set) ? set : [provinceCode];

    /// <summary>Every pre-2025 district of the province, by old province then name.</summary>
    public IReadOnlyList<AdministrativeUnit> Of(string provinceCode) =>
        OldProvincesOf(provinceCode).Order(StringComparer.Ordinal)
            .SelectMany(p => (_byProvince.GetValueOrDefault(p) ?? []).OrderBy(u => u.Code, StringComparer.Ordinal)).ToList();

    /// <summary>"Huyện Ba Bể" from the unit's type and name (the registry dump writes some types with a capital: "Thành Phố").</summary>
    public static string FullName(AdministrativeUnit u) =>
        string.IsNullOrWhiteSpace(u.Type) ? u.FullName : $"{char.ToUpperInvariant(u.Type[0])}{u.Type[1..].ToLowerInvariant()} {u.Name}";

    /// <summary>"Huyện Ba Bể (Tỉnh Bắc Kạn)": for pickers, where two old provinces may share a district name.</summary>
    public string Label(AdministrativeUnit u) =>
        _oldProvinceNames.TryGetValue(u.ProvinceCode, out var p) ? $"{FullName(u)} ({p})" : FullName(u);

    /// <summary>The district named or coded by the text among the province's pre-2025 districts; a Vietnamese error otherwise.</summary>
    public (AdministrativeUnit? Unit, string? Error) Find(string provinceCode, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return (null, "Thiếu huyện.");
        var t = text.Trim();
        var pool = Of(provinceCode);
        if (t.All(char.IsAsciiDigit))
        {
            var code = t.PadLeft(3, '0');
            return pool.FirstOrDefault(u => u.Code == code) is { } byCode
                ? (byCode, null)
                : (null, $"Huyện mã '{t}' không thuộc tỉnh của sản phẩm trước ngày 01/7/2025 ({string.Join(", ", OldProvincesOf(provinceCode).Select(p => _oldProvinceNames.GetValueOrDefault(p, p)))}).");
        }
        var folded = VietnameseText.Fold(t.Replace("(cũ)", "", StringComparison.OrdinalIgnoreCase));
        var keys = new HashSet<string>(StringComparer.Ordinal) { folded };
        foreach (var p in Prefixes) if (folded.StartsWith(p, StringComparison.Ordinal) && folded.Length > p.Length) keys.Add(folded[p.Length..]);
        var matches = pool.Where(u => keys.Contains(VietnameseText.Fold(u.Name))).ToList();
        // "Thành phố Thái Nguyên" and a namesake huyện: the type word, when written, decides.
        if (matches.Count > 1 && matches.Where(u => VietnameseText.Fold(FullName(u)) == folded).ToList() is { Count: 1 } typed) matches = typed;
        // Folding makes two names one; the name as written (with its marks) decides between them.
        if (matches.Count > 1 && matches.Where(u => string.Equals(u.Name, t, StringComparison.OrdinalIgnoreCase) || string.Equals(FullName(u), t, StringComparison.OrdinalIgnoreCase)).ToList() is { Count: 1 } written) matches = written;
        return matches.Count switch
        {
            1 => (matches[0], null),
            0 => (null, $"Không có huyện '{t}' trong tỉnh của sản phẩm trước ngày 01/7/2025; hãy ghi tên hoặc mã huyện cũ."),
            _ => (null, $"Có {matches.Count} huyện tên '{t}' ({string.Join(", ", matches.Select(u => $"{u.Code} {Label(u)}"))}); hãy ghi mã huyện."),
        };
    }
}
