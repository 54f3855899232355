using OcopHub.Core.Text;

namespace OcopHub.Core.AdminUnits;

/// <summary>
/// Derives the old → new succession from merge-history.csv. Names repeat across districts and provinces
/// ("Xã Tân Bình" exists dozens of times), so a part is looked up only among the communes of the old provinces
/// that formed the new province, by folded name and type, narrowed by any "(huyện X)" qualifier.
/// Anything still ambiguous is reported as unresolved rather than guessed.
/// </summary>
public static class AdminUnitMapper
{
    static readonly string[] CommuneTypes = ["xa", "phuong", "thi tran"];
    static readonly string[] DistrictTypes = ["huyen", "quan", "thi xa", "thanh pho"];

    public static AdminUnitMapping Map(
        IReadOnlyList<AdminUnit> oldUnits, IReadOnlyList<AdminUnit> newUnits, IReadOnlyList<MergeHistoryRow> history,
        AdminUnitMapperOptions? options = null)
    {
        options ??= AdminUnitMapperOptions.Default;
        var old = oldUnits.ToDictionary(u => u.Code);
        var nu = newUnits.ToDictionary(u => u.Code);
        var oldProvinces = oldUnits.Where(u => u.Level == AdminLevel.Province).ToList();
        var oldCommunesByProvince = oldUnits.Where(u => u.Level == AdminLevel.Commune).ToLookup(u => u.ProvinceCode);
        var oldCommunesByDistrict = oldUnits.Where(u => u.Level == AdminLevel.Commune).ToLookup(u => u.ParentCode ?? "");

        var links = new List<(string Old, string New, bool Partial)>();
        var unresolved = new List<UnresolvedPart>();
        var byMethod = Enum.GetValues<MatchMethod>().ToDictionary(m => m, _ => 0);

        // 1. Provinces: which old provinces formed each new one.
        var sources = new Dictionary<string, List<string>>();
        foreach (var row in history.Where(r => r.IsProvince))
        {
            var newProvince = nu.GetValueOrDefault(row.Code);
            if (newProvince is null) { unresolved.Add(new(row.Code, row.Name, row.BeforeMerge, "no 2025 province with this code")); continue; }
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

        // 2. Communes, row by row.
        var rowCodes = history.Where(r => !r.IsProvince).Select(r => r.Code).ToHashSet();
        var parts = 0;
        var partsResolved = 0;
        var newCommunesFull = 0;
        var (siblingChecked, siblingAgreed) = (0, 0);
        foreach (var row in history.Where(r => !r.IsProvince))
        {
            var newUnit = nu.GetValueOrDefault(row.Code) ?? CommuneMatcher.SameNameWithoutRow(row, newUnits, rowCodes);
            var newName = newUnit?.FullName ?? row.Name;
            if (newUnit is null || newUnit.Level != AdminLevel.Commune)
            {
                unresolved.Add(new(row.Code, newName, row.BeforeMerge, "no 2025 commune with this code"));
                continue;
            }
            if (!sources.TryGetValue(newUnit.ProvinceCode, out var provinces) || provinces.Count == 0)
            {
                unresolved.Add(new(newUnit.Code, newName, row.BeforeMerge, "the new province's old provinces are unknown"));
                continue;
            }
            var pool = provinces.SelectMany(p => oldCommunesByProvince[p]).ToList();
            var text = MergeHistoryParser.ParseBeforeMerge(row.BeforeMerge);
            var rowComplete = true;
            var resolved = new List<(MergePart Part, CommuneMatch Match)>();
            var ambiguous = new List<(MergePart Part, CommuneMatch Match)>();
            var wholeDistricts = new List<(MergePart Part, string District)>();

            if (text.Unchanged)
            {
                parts++;
                var same = CommuneMatcher.ResolveUnchanged(newUnit, pool);
                if (same is null)
                {
                    rowComplete = false;
                    unresolved.Add(new(newUnit.Code, newName, row.BeforeMerge, "unchanged, but no single old commune of that name"));
                }
                else { partsResolved++; byMethod[MatchMethod.Unchanged]++; links.Add((same.Code, newUnit.Code, false)); }
            }

            foreach (var part in text.Parts)
            {
                var type = VietnameseText.Fold(part.Type);
                if (type is "thon" or "xom")
                {
                    // A village moved between communes: below commune level, nothing to map (its commune is named elsewhere).
                    unresolved.Add(new(newUnit.Code, newName, part.Source, "village (thôn/xóm) moved between communes: below commune level"));
                    continue;
                }
                parts++;
                if (DistrictTypes.Contains(type))
                {
                    var district = old.Values.Where(u => u.Level == AdminLevel.District && provinces.Contains(u.ProvinceCode)
                        && NameKeys.Loose(u.Name) == NameKeys.Loose(part.Name) && VietnameseText.Fold(u.Type) == type).ToList();
                    if (district.Count == 1)
                    {
                        partsResolved++;
                        byMethod[MatchMethod.WholeDistrict]++;
                        wholeDistricts.Add((part, district[0].Code));
                        var communes = oldCommunesByDistrict[district[0].Code].ToList();
                        // Island districts (Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn, Côn Đảo) had no communes: the district itself is the predecessor.
                        if (communes.Count == 0) links.Add((district[0].Code, newUnit.Code, part.Extent != MergeExtent.Whole));
                        links.AddRange(communes.Select(c => (c.Code, newUnit.Code, part.Extent != MergeExtent.Whole)));
                    }
                    else
                    {
                        rowComplete = false;
                        unresolved.Add(new(newUnit.Code, newName, part.Source, district.Count == 0 ? "no old district of that name" : "several old districts of that name"));
                    }
                    continue;
                }
                if (type.Length > 0 && !CommuneTypes.Contains(type))
                {
                    rowComplete = false;
                    unresolved.Add(new(newUnit.Code, newName, part.Source, $"'{part.Type}' is not a commune-level type"));
                    continue;
                }

                var r = CommuneMatcher.ResolveCommune(part, type, pool, old);
                if (r.Match is not null) resolved.Add((part, r));
                else if (r.Candidates.Count > 1) ambiguous.Add((part, r));
                else { rowComplete = false; unresolved.Add(new(newUnit.Code, newName, part.Source, r.Reason!)); }
            }

            // Districts the row's parts come from: communes merge with neighbours, so these are the context.
            var districts = resolved.Select(x => (x.Part, District: x.Match.Match!.ParentCode!)).Concat(wholeDistricts).ToList();
            HashSet<string> OtherDistricts(MergePart p) => [.. districts.Where(d => !ReferenceEquals(d.Part, p)).Select(d => d.District)];

            foreach (var (part, r) in resolved)
            {
                var match = r.Match!;
                var others = OtherDistricts(part);
                // Evidence conflict: "Xã Phú Bình" in Long Khánh's row matches Xã Phú Bình of Tân Phú by type, but the
                // row's other parts are in Long Khánh city, where Phường Phú Bình lies. Neither wins: unresolved.
                var namesake = r.Method == MatchMethod.Qualifier || others.Count == 0 || others.Contains(match.ParentCode!)
                    ? null : r.Namesakes.FirstOrDefault(c => c != match && others.Contains(c.ParentCode!));
                if (namesake is not null)
                {
                    rowComplete = false;
                    unresolved.Add(new(newUnit.Code, newName, part.Source,
                        $"conflict: the type points to {match.FullName} ({old[match.ParentCode!].FullName}), but {namesake.FullName} lies in the district of the other parts"));
                    continue;
                }
                partsResolved++;
                byMethod[r.Method]++;
                links.Add((match.Code, newUnit.Code, part.Extent != MergeExtent.Whole));

                // Check the sibling rule where the answer is known: would it have picked what the qualifier picked?
                if (r.Method != MatchMethod.Qualifier) continue;
                var near = r.Candidates.Where(c => others.Contains(c.ParentCode!)).ToList();
                if (near.Count != 1) continue;
                siblingChecked++;
                if (near[0] == match) siblingAgreed++;
            }

            // "Xã Tân Bình" is ambiguous in the province, but if exactly one candidate lies in a district the row's
            // other parts come from, that is the one. Validated against the qualified parts (stats: sibling rule).
            foreach (var (part, r) in ambiguous)
            {
                var others = OtherDistricts(part);
                var near = r.Candidates.Where(c => others.Contains(c.ParentCode!)).ToList();
                if (options.UseSiblingDistricts && near.Count == 1)
                {
                    partsResolved++;
                    byMethod[MatchMethod.SiblingDistrict]++;
                    links.Add((near[0].Code, newUnit.Code, part.Extent != MergeExtent.Whole));
                    continue;
                }
                rowComplete = false;
                unresolved.Add(new(newUnit.Code, newName, part.Source, near.Count > 1 ? r.Reason + "; several in the districts of the other parts" : r.Reason!));
            }
            foreach (var fragment in text.Unparsed)
                unresolved.Add(new(newUnit.Code, newName, fragment, "names no administrative unit"));
            if (rowComplete && (text.Unchanged || text.Parts.Count > 0)) newCommunesFull++;
        }

        // 3. One succession per (old, new); an old unit named by several new units was split, whatever each text says.
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
