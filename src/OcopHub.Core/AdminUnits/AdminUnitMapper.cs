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
                var matches = oldProvinces.Where(p => NameKey(p.Name) == NameKey(part.Name)).ToList();
                if (matches.Count == 1) found.Add(matches[0].Code);
                else unresolved.Add(new(row.Code, newProvince.FullName, part.Source,
                    matches.Count == 0 ? "no old province of that name" : "several old provinces of that name"));
            }
            sources[row.Code] = found;
            links.AddRange(found.Select(o => (o, row.Code, false)));
        }

        // 2. Communes, row by row.
        var parts = 0;
        var partsResolved = 0;
        var newCommunesFull = 0;
        var (siblingChecked, siblingAgreed) = (0, 0);
        foreach (var row in history.Where(r => !r.IsProvince))
        {
            var newUnit = nu.GetValueOrDefault(row.Code);
            var newName = newUnit?.FullName ?? row.Name;
            if (newUnit is null || newUnit.Level != AdminLevel.Commune)
            {
                unresolved.Add(new(row.Code, newName, row.BeforeMerge, "no 2025 commune with this code"));
                continue;
            }
            if (!sources.TryGetValue(newUnit.ProvinceCode, out var provinces) || provinces.Count == 0)
            {
                unresolved.Add(new(row.Code, newName, row.BeforeMerge, "the new province's old provinces are unknown"));
                continue;
            }
            var pool = provinces.SelectMany(p => oldCommunesByProvince[p]).ToList();
            var text = MergeHistoryParser.ParseBeforeMerge(row.BeforeMerge);
            var rowComplete = true;
            var ambiguous = new List<(MergePart Part, List<AdminUnit> Candidates, string Reason)>();
            var qualifiedChecks = new List<(MergePart Part, AdminUnit Qualified, List<AdminUnit> Candidates)>();
            var siblingDistricts = new HashSet<string>();
            var resolvedDistricts = new List<(MergePart Part, string District)>();

            if (text.Unchanged)
            {
                parts++;
                var same = ResolveUnchanged(newUnit, pool);
                if (same is null)
                {
                    rowComplete = false;
                    unresolved.Add(new(row.Code, newName, row.BeforeMerge, "unchanged, but no single old commune of that name"));
                }
                else { partsResolved++; byMethod[MatchMethod.Unchanged]++; links.Add((same.Code, row.Code, false)); }
            }

            foreach (var part in text.Parts)
            {
                var type = VietnameseText.Fold(part.Type);
                if (type is "thon" or "xom")
                {
                    // A village moved between communes: below commune level, nothing to map (its commune is named elsewhere).
                    unresolved.Add(new(row.Code, newName, part.Source, "village (thôn/xóm) moved between communes: below commune level"));
                    continue;
                }
                parts++;
                if (DistrictTypes.Contains(type))
                {
                    var district = old.Values.Where(u => u.Level == AdminLevel.District && provinces.Contains(u.ProvinceCode)
                        && NameKey(u.Name) == NameKey(part.Name) && VietnameseText.Fold(u.Type) == type).ToList();
                    if (district.Count == 1)
                    {
                        partsResolved++;
                        byMethod[MatchMethod.WholeDistrict]++;
                        links.AddRange(oldCommunesByDistrict[district[0].Code].Select(c => (c.Code, row.Code, part.Extent != MergeExtent.Whole)));
                    }
                    else
                    {
                        rowComplete = false;
                        unresolved.Add(new(row.Code, newName, part.Source, district.Count == 0 ? "no old district of that name" : "several old districts of that name"));
                    }
                    continue;
                }
                if (!CommuneTypes.Contains(type))
                {
                    rowComplete = false;
                    unresolved.Add(new(row.Code, newName, part.Source, $"'{part.Type}' is not a commune-level type"));
                    continue;
                }

                var (match, method, reason, candidates) = ResolveCommune(part, type, pool, old);
                if (match is null)
                {
                    if (candidates.Count > 1) { ambiguous.Add((part, candidates, reason!)); continue; }
                    rowComplete = false;
                    unresolved.Add(new(row.Code, newName, part.Source, reason!));
                    continue;
                }
                partsResolved++;
                byMethod[method]++;
                siblingDistricts.Add(match.ParentCode!);
                resolvedDistricts.Add((part, match.ParentCode!));
                if (method == MatchMethod.Qualifier) qualifiedChecks.Add((part, match, candidates));
                links.Add((match.Code, row.Code, part.Extent != MergeExtent.Whole));
            }

            // Second pass: "Xã Tân Bình" is ambiguous in the province, but if exactly one of the candidates lies in a
            // district that the row's other, unambiguous parts come from, that is the one (communes merge with neighbours).
            // Validated against the parts that carry a district qualifier (see SiblingRuleCheck in the stats).
            foreach (var (part, candidates, reason) in ambiguous)
            {
                var near = candidates.Where(c => siblingDistricts.Contains(c.ParentCode!)).ToList();
                if (options.UseSiblingDistricts && near.Count == 1)
                {
                    partsResolved++;
                    byMethod[MatchMethod.SiblingDistrict]++;
                    links.Add((near[0].Code, row.Code, part.Extent != MergeExtent.Whole));
                    continue;
                }
                rowComplete = false;
                unresolved.Add(new(row.Code, newName, part.Source, near.Count > 1 ? reason + "; several in the same district as the other parts" : reason));
            }
            // Check the sibling rule where the answer is known: would it have picked what the qualifier picked?
            foreach (var (part, qualified, candidates) in qualifiedChecks)
            {
                var others = resolvedDistricts.Where(r => !ReferenceEquals(r.Part, part)).Select(r => r.District).ToHashSet();
                var near = candidates.Where(c => others.Contains(c.ParentCode!)).ToList();
                if (near.Count != 1) continue;
                siblingChecked++;
                if (near[0] == qualified) siblingAgreed++;
            }
            foreach (var fragment in text.Unparsed)
                unresolved.Add(new(row.Code, newName, fragment, "names no administrative unit"));
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

    /// <summary>"giữ nguyên": the old commune with the new one's name; the same code settles duplicates.</summary>
    static AdminUnit? ResolveUnchanged(AdminUnit newUnit, List<AdminUnit> pool)
    {
        var named = pool.Where(c => NameKey(c.Name) == NameKey(newUnit.Name)).ToList();
        var sameCode = named.Where(c => c.Code == newUnit.Code).ToList();
        if (sameCode.Count == 1) return sameCode[0];
        var sameType = named.Where(c => VietnameseText.Fold(c.Type) == VietnameseText.Fold(newUnit.Type)).ToList();
        if (sameType.Count == 1) return sameType[0];
        return named.Count == 1 ? named[0] : null;
    }

    static (AdminUnit? Match, MatchMethod Method, string? Reason, List<AdminUnit> Candidates) ResolveCommune(
        MergePart part, string type, List<AdminUnit> pool, IReadOnlyDictionary<string, AdminUnit> old)
    {
        var name = NameKey(part.Name);
        var named = pool.Where(c => NameKey(c.Name) == name).ToList();
        if (named.Count == 0) return (null, default, "no old commune of that name in the old provinces", []);
        var typed = named.Where(c => VietnameseText.Fold(c.Type) == type).ToList();
        if (typed.Count == 0) return (null, default, $"no old {part.Type.ToLowerInvariant()} of that name (only {string.Join(", ", named.Select(c => c.FullName).Distinct())})", []);
        if (part.DistrictQualifier is null && part.ProvinceQualifier is null)
            return typed.Count == 1
                ? (typed[0], MatchMethod.NameAndType, null, typed)
                : (null, default, $"ambiguous: {typed.Count} old {part.Type.ToLowerInvariant()}s of that name, no district given", typed);

        var qualified = typed.Where(c =>
            (part.DistrictQualifier is null || NameKey(old[c.ParentCode!].Name) == NameKey(part.DistrictQualifier)) &&
            (part.ProvinceQualifier is null || old[c.ProvinceCode].SearchName == VietnameseText.Fold(part.ProvinceQualifier))).ToList();
        return qualified.Count switch
        {
            1 => (qualified[0], typed.Count == 1 ? MatchMethod.NameAndType : MatchMethod.Qualifier, null, typed),
            0 => (null, default, "no old commune of that name in the district/province given", []),
            _ => (null, default, "ambiguous even within the district/province given", []),
        };
    }

    /// <summary>
    /// Matching key for names: folded, numbers without leading zeros ("Phường 03" = "Phường 3"), and spelling-only
    /// differences between the two sources removed — spaces, hyphens and apostrophes ("Ga Ri" = "Gari",
    /// "Ch'ơm" = "Ch’ơm", "P Rao" = "Prao") and "NT" = "Nông trường". Different spellings of a sound
    /// ("Hua Bum" / "Hua Bun") are not bridged: that would be a guess.
    /// </summary>
    internal static string NameKey(string name)
    {
        var f = VietnameseText.Fold(name.Normalize(System.Text.NormalizationForm.FormC));
        if (f.Length > 0 && f.All(char.IsDigit)) return f.TrimStart('0');
        f = f.Replace("nong truong ", "nt ");
        return new string([.. f.Where(c => c is not (' ' or '-' or '–' or '\'' or '’' or '‘' or '`'))]);
    }
}
