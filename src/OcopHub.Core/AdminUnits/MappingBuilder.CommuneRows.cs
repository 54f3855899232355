using OcopHub.Core.Text;

namespace OcopHub.Core.AdminUnits;

internal sealed partial class MappingBuilder
{
    /// <summary>
    /// A commune row: match each part of its text to old communes. Pass 1 matches by name, type and qualifiers;
    /// pass 2 checks those matches against the districts of the row's other parts and settles namesakes by them.
    /// </summary>
    public void MapCommuneRow(MergeHistoryRow row, HashSet<string> rowCodes)
    {
        var newUnit = nu.GetValueOrDefault(row.Code) ?? CommuneMatcher.SameNameWithoutRow(row, newUnits, rowCodes);
        var newName = newUnit?.FullName ?? row.Name;
        if (newUnit is null || newUnit.Level != AdminLevel.Commune)
        {
            unresolved.Add(new(row.Code, newName, row.BeforeMerge, "no 2025 commune with this code"));
            return;
        }
        if (!sources.TryGetValue(newUnit.ProvinceCode, out var provinces) || provinces.Count == 0)
        {
            unresolved.Add(new(newUnit.Code, newName, row.BeforeMerge, "the new province's old provinces are unknown"));
            return;
        }
        if (!pools.TryGetValue(newUnit.ProvinceCode, out var pool))
            pools[newUnit.ProvinceCode] = pool = new CommunePool(provinces.SelectMany(p => oldCommunesByProvince[p]));
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
                    $"conflict: name and type point to {match.FullName} ({old[match.ParentCode!].FullName}), but {namesake.FullName} lies in the district of the other parts"));
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
}
