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
            var newUnit = nu.GetValueOrDefault(row.Code) ?? SameNameWithoutRow(row, newUnits, rowCodes);
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
                        links.AddRange(oldCommunesByDistrict[district[0].Code].Select(c => (c.Code, newUnit.Code, part.Extent != MergeExtent.Whole)));
                    }
                    else
                    {
                        rowComplete = false;
                        unresolved.Add(new(newUnit.Code, newName, part.Source, district.Count == 0 ? "no old district of that name" : "several old districts of that name"));
                    }
                    continue;
                }
                if (!CommuneTypes.Contains(type))
                {
                    rowComplete = false;
                    unresolved.Add(new(newUnit.Code, newName, part.Source, $"'{part.Type}' is not a commune-level type"));
                    continue;
                }

                var (match, method, reason, candidates) = ResolveCommune(part, type, pool, old);
                if (match is null)
                {
                    if (candidates.Count > 1) { ambiguous.Add((part, candidates, reason!)); continue; }
                    rowComplete = false;
                    unresolved.Add(new(newUnit.Code, newName, part.Source, reason!));
                    continue;
                }
                partsResolved++;
                byMethod[method]++;
                siblingDistricts.Add(match.ParentCode!);
                resolvedDistricts.Add((part, match.ParentCode!));
                if (method == MatchMethod.Qualifier) qualifiedChecks.Add((part, match, candidates));
                links.Add((match.Code, newUnit.Code, part.Extent != MergeExtent.Whole));
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
                    links.Add((near[0].Code, newUnit.Code, part.Extent != MergeExtent.Whole));
                    continue;
                }
                rowComplete = false;
                unresolved.Add(new(newUnit.Code, newName, part.Source, near.Count > 1 ? reason + "; several in the same district as the other parts" : reason));
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

    /// <summary>
    /// The two sources disagree on one code (CSV 00071 Phường Hiệp Hòa, JSON 07147 Phường Hiệp Hoà, both Quảng Ninh):
    /// take the 2025 commune of the same province and name that no other row describes, if there is exactly one.
    /// </summary>
    static AdminUnit? SameNameWithoutRow(MergeHistoryRow row, IReadOnlyList<AdminUnit> newUnits, HashSet<string> rowCodes)
    {
        var found = newUnits.Where(u => u.Level == AdminLevel.Commune && u.ProvinceCode == row.ProvinceCode
            && !rowCodes.Contains(u.Code) && NameKeys.Toned(u.FullName) == NameKeys.Toned(row.Name)).ToList();
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>"giữ nguyên": the old commune with the new one's name; the same code settles duplicates.</summary>
    static AdminUnit? ResolveUnchanged(AdminUnit newUnit, List<AdminUnit> pool)
    {
        var named = pool.Where(c => NameKeys.Loose(c.Name) == NameKeys.Loose(newUnit.Name)).ToList();
        if (named.Count > 1 && named.Any(c => NameKeys.Toned(c.Name) == NameKeys.Toned(newUnit.Name)))
            named = [.. named.Where(c => NameKeys.Toned(c.Name) == NameKeys.Toned(newUnit.Name))];
        var sameCode = named.Where(c => c.Code == newUnit.Code).ToList();
        if (sameCode.Count == 1) return sameCode[0];
        var sameType = named.Where(c => VietnameseText.Fold(c.Type) == VietnameseText.Fold(newUnit.Type)).ToList();
        if (sameType.Count == 1) return sameType[0];
        return named.Count == 1 ? named[0] : null;
    }

    /// <summary>
    /// Finds the one old commune a part names. Candidates: same loose name in the pool (i = y only if nothing
    /// else matches), narrowed by the text's qualifiers, then by type, then — only to separate real namesakes —
    /// by exact tones. Returns the remaining candidates when several are left (for the sibling-district pass).
    /// </summary>
    static (AdminUnit? Match, MatchMethod Method, string? Reason, List<AdminUnit> Candidates) ResolveCommune(
        MergePart part, string type, List<AdminUnit> pool, IReadOnlyDictionary<string, AdminUnit> old)
    {
        var named = pool.Where(c => NameKeys.Loose(c.Name) == NameKeys.Loose(part.Name)).ToList();
        var spelling = false;
        if (named.Count == 0)
        {
            named = pool.Where(c => NameKeys.LooseIy(c.Name) == NameKeys.LooseIy(part.Name)).ToList();
            spelling = named.Count > 0;
        }
        if (named.Count == 0) return (null, default, "no old commune of that name in the old provinces", []);

        var typedBeforeQualifier = named.Where(c => VietnameseText.Fold(c.Type) == type).ToList();
        var qualifierUsed = part.DistrictQualifier is not null || part.ProvinceQualifier is not null;
        if (qualifierUsed)
        {
            named = named.Where(c =>
                (part.DistrictQualifier is null || NameKeys.Loose(old[c.ParentCode!].Name) == NameKeys.Loose(part.DistrictQualifier)) &&
                (part.ProvinceQualifier is null || NameKeys.Loose(old[c.ProvinceCode].Name) == NameKeys.Loose(part.ProvinceQualifier))).ToList();
            if (named.Count == 0) return (null, default, "no old commune of that name in the district/province given", []);
        }

        var typed = named.Where(c => VietnameseText.Fold(c.Type) == type).ToList();
        if (typed.Count == 0)
        {
            // The text and the registry disagree on the type of a few units (upgraded xã → phường around 2025,
            // or a bare name that took the previous item's type). One unit of that name in the pool is still unambiguous.
            return named.Count == 1
                ? (named[0], MatchMethod.TypeDiffers, null, named)
                : (null, default, $"no old {part.Type.ToLowerInvariant()} of that name (only {string.Join(", ", named.Select(c => c.FullName).Distinct())})", []);
        }
        if (typed.Count > 1)
        {
            // Namesakes after folding may differ in tone: "Hoa Lộc" vs "Hòa Lộc".
            var toned = typed.Where(c => NameKeys.Toned(c.Name) == NameKeys.Toned(part.Name)).ToList();
            if (toned.Count > 0) typed = toned;
        }
        if (typed.Count == 1)
        {
            var method = spelling ? MatchMethod.SpellingVariant
                : qualifierUsed && typedBeforeQualifier.Count > 1 ? MatchMethod.Qualifier
                : MatchMethod.NameAndType;
            return (typed[0], method, null, typedBeforeQualifier);
        }
        var why = qualifierUsed ? "ambiguous even within the district/province given"
            : $"ambiguous: {typed.Count} old {part.Type.ToLowerInvariant()}s of that name, no district given";
        return (null, default, why, typed);
    }
}
