namespace OcopHub.Core.AdminUnits;

/// <summary>The state of one <see cref="AdminUnitMapper.Map"/> run: links found so far, unresolved texts, counters.</summary>
internal sealed partial class MappingBuilder
{
    static readonly string[] CommuneTypes = ["xa", "phuong", "thi tran"];
    static readonly string[] DistrictTypes = ["huyen", "quan", "thi xa", "thanh pho"];

    readonly IReadOnlyList<AdminUnit> oldUnits, newUnits;
    readonly AdminUnitMapperOptions options;
    readonly Dictionary<string, AdminUnit> old, nu;
    readonly List<AdminUnit> oldProvinces;
    readonly ILookup<string, AdminUnit> oldCommunesByProvince, oldCommunesByDistrict;

    readonly List<(string Old, string New, bool Partial)> links = [];
    readonly List<UnresolvedPart> unresolved = [];
    readonly Dictionary<MatchMethod, int> byMethod = Enum.GetValues<MatchMethod>().ToDictionary(m => m, _ => 0);
    readonly Dictionary<string, List<string>> sources = [];   // new province code → old province codes
    readonly Dictionary<string, CommunePool> pools = [];      // new province code → its old communes
    int parts, partsResolved, newCommunesFull, siblingChecked, siblingAgreed;

    public MappingBuilder(IReadOnlyList<AdminUnit> oldUnits, IReadOnlyList<AdminUnit> newUnits, AdminUnitMapperOptions options)
    {
        (this.oldUnits, this.newUnits, this.options) = (oldUnits, newUnits, options);
        old = oldUnits.ToDictionary(u => u.Code);
        nu = newUnits.ToDictionary(u => u.Code);
        oldProvinces = [.. oldUnits.Where(u => u.Level == AdminLevel.Province)];
        oldCommunesByProvince = oldUnits.Where(u => u.Level == AdminLevel.Commune).ToLookup(u => u.ProvinceCode);
        oldCommunesByDistrict = oldUnits.Where(u => u.Level == AdminLevel.Commune).ToLookup(u => u.ParentCode ?? "");
    }

    /// <summary>A province row: which old provinces formed the new one.</summary>
    public void MapProvince(MergeHistoryRow row)
    {
        var newProvince = nu.GetValueOrDefault(row.Code);
        if (newProvince is null) { unresolved.Add(new(row.Code, row.Name, row.BeforeMerge, "no 2025 province with this code")); return; }
        var text = MergeHistoryParser.ParseBeforeMerge(row.BeforeMerge);
        var found = new List<string>();
        if (text.Unchanged)
        {
            // "giữ nguyên": same territory, same code (Huế keeps 46 though its name changed).
            if (old.TryGetValue(row.Code, out var same) && same.Level == AdminLevel.Province) found.Add(same.Code);
            else unresolved.Add(new(row.Code, newProvince.FullName, row.BeforeMerge, "unchanged, but no old province has this code"));
        }
        foreach (var part in text.Parts)
        {
            var matches = oldProvinces.Where(p => NameKeys.Loose(p.Name) == NameKeys.Loose(part.Name)).ToList();
            if (matches.Count == 1) found.Add(matches[0].Code);
            else unresolved.Add(new(row.Code, newProvince.FullName, part.Source,
                matches.Count == 0 ? "no old province of that name" : "several old provinces of that name"));
        }
        sources[row.Code] = found;
        links.AddRange(found.Select(o => (o, row.Code, false)));
    }

    public AdminUnitMapping Build()
    {
        // One succession per (old, new); an old unit named by several new units was split, whatever each text says.
        var merged = links.GroupBy(l => (l.Old, l.New)).Select(g => (g.Key.Old, g.Key.New, Partial: g.Any(l => l.Partial))).ToList();
        var split = merged.GroupBy(l => l.Old).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        var splitsInferred = merged.Where(l => split.Contains(l.Old)).GroupBy(l => l.Old).Count(g => g.Any(l => !l.Partial));
        var successions = merged
            .Select(l => new UnitSuccession(l.Old, old[l.Old].ValidFrom, l.New, nu[l.New].ValidFrom, l.Partial || split.Contains(l.Old)))
            .OrderBy(s => s.NewCode.Length).ThenBy(s => s.NewCode, StringComparer.Ordinal).ThenBy(s => s.OldCode, StringComparer.Ordinal)
            .ToList();

        var mappedOld = successions.Select(s => s.OldCode).ToHashSet();
        var stats = new MappingStats(
            oldProvinces.Count, oldProvinces.Count(p => mappedOld.Contains(p.Code)),
            oldUnits.Count(u => u.Level == AdminLevel.Commune), oldUnits.Count(u => u.Level == AdminLevel.Commune && mappedOld.Contains(u.Code)),
            newUnits.Count(u => u.Level == AdminLevel.Commune), newCommunesFull,
            parts, partsResolved, splitsInferred, byMethod, siblingChecked, siblingAgreed);
        return new AdminUnitMapping(successions, unresolved, stats, old, nu);
    }
}
