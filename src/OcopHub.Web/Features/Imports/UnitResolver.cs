using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Text;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;

namespace OcopHub.Web.Features.Imports;

/// <summary>
/// Finds a commune by code or by name (diacritic-insensitive, with or without "Xã"/"Phường"), using the province to
/// tell namesakes apart. A pre-July-2025 commune is mapped to the commune that succeeded it (UnitSuccession); the
/// old unit is returned too, so a record can keep it. All units are loaded once per import, not once per row.
/// </summary>
public sealed class UnitResolver
{
    public sealed record Resolved(AdministrativeUnit Current, AdministrativeUnit? Historical);

    private readonly Dictionary<string, AdministrativeUnit> _currentByCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<AdministrativeUnit>> _oldByCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<AdministrativeUnit>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<AdministrativeUnit>> _successors = [];
    private readonly Dictionary<string, HashSet<string>> _provinceCodes = new(StringComparer.Ordinal);

    private static readonly string[] Prefixes = ["xa ", "phuong ", "thi tran ", "dac khu ", "tinh ", "thanh pho ", "tp. ", "tp "];

    public static async Task<UnitResolver> LoadAsync(OcopDbContext db, CancellationToken ct)
    {
        var r = new UnitResolver();
        var units = await db.AdministrativeUnits.AsNoTracking().Where(u => u.Level != UnitLevel.District).ToListAsync(ct);
        var byId = units.ToDictionary(u => u.Id);
        foreach (var u in units)
        {
            if (u.Level == UnitLevel.Province)
            {
                foreach (var key in new[] { u.Code, VietnameseText.Fold(u.Name), VietnameseText.Fold(u.FullName) })
                    (r._provinceCodes.TryGetValue(key, out var set) ? set : r._provinceCodes[key] = []).Add(u.Code);
                continue;
            }
            if (u.ValidTo is null) r._currentByCode[u.Code] = u;
            else (r._oldByCode.TryGetValue(u.Code, out var list) ? list : r._oldByCode[u.Code] = []).Add(u);
            // Names are indexed as they are: "Phượng Tiến" must not lose a "phuong" taken for "Phường".
            var name = VietnameseText.Fold(u.Name);
            (r._byName.TryGetValue(name, out var named) ? named : r._byName[name] = []).Add(u);
        }
        foreach (var s in await db.UnitSuccessions.AsNoTracking().Select(s => new { s.OldUnitId, s.NewUnitId }).ToListAsync(ct))
            if (byId.TryGetValue(s.NewUnitId, out var next) && byId.ContainsKey(s.OldUnitId))
                (r._successors.TryGetValue(s.OldUnitId, out var list) ? list : r._successors[s.OldUnitId] = []).Add(next);
        return r;
    }

    /// <summary>The folded text as typed and, if it starts with a unit type ("xã", "phường" …), without it.</summary>
    private static IEnumerable<string> Keys(string folded)
    {
        yield return folded;
        foreach (var p in Prefixes)
            if (folded.StartsWith(p, StringComparison.Ordinal) && folded.Length > p.Length) yield return folded[p.Length..];
    }

    /// <summary>Codes (old and new) of the province named or coded by the text; null when the text is empty.</summary>
    public (HashSet<string>? Codes, string? Error) Province(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return (null, null);
        var t = text.Trim();
        var keys = t.All(char.IsAsciiDigit) ? [t.PadLeft(2, '0')] : Keys(VietnameseText.Fold(t));
        foreach (var key in keys)
            if (_provinceCodes.TryGetValue(key, out var codes)) return (codes, null);
        return (null, $"Không có tỉnh/thành '{t}'.");
    }

    // A file names the same few hundred communes over and over: each (commune, province) text is resolved once.
    private readonly Dictionary<(string, string), (Resolved?, string?)> _resolved = [];

    public (Resolved? Unit, string? Error) Commune(string? text, string? provinceText)
    {
        if (string.IsNullOrWhiteSpace(text)) return (null, "Thiếu xã/phường.");
        var key = (text, provinceText ?? "");
        if (_resolved.TryGetValue(key, out var known)) return known;
        return _resolved[key] = Resolve(text, provinceText);
    }

    private (Resolved? Unit, string? Error) Resolve(string text, string? provinceText)
    {
        var (provinces, provinceError) = Province(provinceText);
        if (provinceError is not null) return (null, provinceError);
        var t = text.Trim();
        bool InProvince(AdministrativeUnit u) => provinces is null || provinces.Contains(u.ProvinceCode)
            || (u.ValidTo is not null && Successors(u).Any(n => provinces.Contains(n.ProvinceCode)));

        if (t.All(char.IsAsciiDigit))
        {
            var code = t.PadLeft(5, '0');
            if (_currentByCode.TryGetValue(code, out var current) && InProvince(current)) return (new(current, null), null);
            var old = _oldByCode.GetValueOrDefault(code)?.Where(InProvince).ToList() ?? [];
            if (old.Count == 0) return (null, $"Không có xã/phường mã '{t}'.");
            return FromOld(old, t);
        }

        var folded = VietnameseText.Fold(t);
        var candidates = Keys(folded).SelectMany(k => _byName.GetValueOrDefault(k) ?? []).Distinct().Where(InProvince).ToList();
        // "Xã Ba Bể" and "Phường Ba Bể" are different units: a typed prefix narrows the candidates when it can.
        var exact = candidates.Where(u => VietnameseText.Fold(u.FullName) == folded).ToList();
        if (exact.Count > 0) candidates = exact;
        var currentMatches = candidates.Where(u => u.ValidTo is null).ToList();
        // Folding makes "Văn Lang" and "Văn Lăng" one name: when both exist, the name as written (with its marks) decides.
        if (currentMatches.Count > 1 && currentMatches.Where(u => SameAsWritten(u, t)).ToList() is { Count: 1 } written) currentMatches = written;
        if (currentMatches.Count == 1) return (new(currentMatches[0], null), null);
        if (currentMatches.Count > 1)
            return (null, $"Có {currentMatches.Count} xã/phường tên '{t}' ({string.Join(", ", currentMatches.Select(u => u.Code))}); hãy ghi tỉnh hoặc mã xã.");
        var olds = candidates.Where(u => u.ValidTo is not null).ToList();
        if (olds.Count == 0) return (null, $"Không tìm thấy xã/phường '{t}'{(provinceText is null ? "" : $" thuộc '{provinceText.Trim()}'")}.");
        return FromOld(olds, t);
    }

    private static bool SameAsWritten(AdministrativeUnit u, string text)
    {
        var t = text.Normalize(System.Text.NormalizationForm.FormC);
        return string.Equals(u.Name, t, StringComparison.OrdinalIgnoreCase) || string.Equals(u.FullName, t, StringComparison.OrdinalIgnoreCase);
    }

    private IEnumerable<AdministrativeUnit> Successors(AdministrativeUnit old) => _successors.GetValueOrDefault(old.Id) ?? [];

    private (Resolved?, string?) FromOld(List<AdministrativeUnit> olds, string text)
    {
        var next = olds.SelectMany(o => Successors(o).Select(n => (Old: o, New: n))).DistinctBy(x => x.New.Id).ToList();
        if (next.Count == 1) return (new(next[0].New, next[0].Old), null);
        if (next.Count == 0) return (null, $"Xã/phường cũ '{text}' không có đơn vị kế thừa sau sắp xếp 2025; hãy ghi xã/phường mới.");
        return (null, $"Xã/phường cũ '{text}' tương ứng nhiều đơn vị mới ({string.Join(", ", next.Select(x => x.New.FullName))}); hãy ghi xã/phường mới hoặc tỉnh.");
    }
}
