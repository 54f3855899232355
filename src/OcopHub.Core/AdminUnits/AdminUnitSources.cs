using System.Text.Json;

namespace OcopHub.Core.AdminUnits;

/// <summary>
/// Parses the two registry dumps in data/reference/admin-units (no file I/O here: callers pass the text).
/// </summary>
public static class AdminUnitSources
{
    /// <summary>vn-units-2025.json: provinces with their "Wards" (wards, communes, special zones).</summary>
    public static IReadOnlyList<AdminUnit> Parse2025(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return Read2025(doc);
    }

    public static IReadOnlyList<AdminUnit> Parse2025(Stream json)
    {
        using var doc = JsonDocument.Parse(json);
        return Read2025(doc);
    }

    /// <summary>dvhcvn.json: {"data": [provinces → level2s (districts) → level3s (communes)]}.</summary>
    public static IReadOnlyList<AdminUnit> ParsePre2025(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return ReadPre2025(doc);
    }

    public static IReadOnlyList<AdminUnit> ParsePre2025(Stream json)
    {
        using var doc = JsonDocument.Parse(json);
        return ReadPre2025(doc);
    }

    static List<AdminUnit> Read2025(JsonDocument doc)
    {
        var from = AdminPeriods.Reform2025;
        var units = new List<AdminUnit>();
        foreach (var p in doc.RootElement.EnumerateArray())
        {
            var provinceCode = Str(p, "Code");
            units.Add(new AdminUnit(provinceCode, Str(p, "Name"), Str(p, "FullName"), OptStr(p, "NameEn"),
                AdminLevel.Province, Str(p, "AdministrativeUnitShortName"), null, provinceCode, from, null));
            foreach (var w in p.GetProperty("Wards").EnumerateArray())
            {
                units.Add(new AdminUnit(Str(w, "Code"), Str(w, "Name"), Str(w, "FullName"), OptStr(w, "NameEn"),
                    AdminLevel.Commune, Str(w, "AdministrativeUnitShortName"), provinceCode, provinceCode, from, null));
            }
        }
        return units;
    }

    static List<AdminUnit> ReadPre2025(JsonDocument doc)
    {
        var (from, to) = (AdminPeriods.Pre2025From, AdminPeriods.LastDayPre2025);
        var units = new List<AdminUnit>();
        foreach (var p in doc.RootElement.GetProperty("data").EnumerateArray())
        {
            var provinceCode = Str(p, "level1_id");
            // The dump calls the five centrally-run cities "Thành phố Trung ương"; the name itself says "Thành phố".
            var provinceType = Str(p, "type") == "Thành phố Trung ương" ? "Thành phố" : Str(p, "type");
            units.Add(Make(provinceCode, Str(p, "name"), provinceType, AdminLevel.Province, null, provinceCode));
            foreach (var d in p.GetProperty("level2s").EnumerateArray())
            {
                var districtCode = Str(d, "level2_id");
                units.Add(Make(districtCode, Str(d, "name"), Str(d, "type"), AdminLevel.District, provinceCode, provinceCode));
                foreach (var c in d.GetProperty("level3s").EnumerateArray())
                    units.Add(Make(Str(c, "level3_id"), Str(c, "name"), Str(c, "type"), AdminLevel.Commune, districtCode, provinceCode));
            }
        }
        return units;

        AdminUnit Make(string code, string fullName, string type, AdminLevel level, string? parent, string province) =>
            new(code, StripType(fullName, type), fullName, null, level, type, parent, province, from, to);
    }

    /// <summary>
    /// "Phường Trúc Bạch" → "Trúc Bạch". Case-insensitive because the dump has "Thị Trấn Ngọc Lặc";
    /// repeated because it also has "Phường Phường Đúc".
    /// </summary>
    internal static string StripType(string fullName, string type)
    {
        var name = fullName.Trim();
        while (name.Length > type.Length && name.StartsWith(type + " ", StringComparison.OrdinalIgnoreCase))
            name = name[(type.Length + 1)..].Trim();
        return name;
    }

    static string Str(JsonElement e, string name) => e.GetProperty(name).GetString() ?? "";

    static string? OptStr(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
