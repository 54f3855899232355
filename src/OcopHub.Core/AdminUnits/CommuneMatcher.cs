using OcopHub.Core.Text;

namespace OcopHub.Core.AdminUnits;

/// <summary>A part matched to one old commune, with the evidence used.</summary>
internal sealed record CommuneMatch(
    AdminUnit? Match, MatchMethod Method, string? Reason,
    List<AdminUnit> Candidates,      // same name and type before any qualifier (several = ambiguous)
    List<AdminUnit> Namesakes);      // same name, any type, anywhere in the pool

/// <summary>The old communes of the old provinces that formed one new province, indexed by name key.</summary>
internal sealed class CommunePool(IEnumerable<AdminUnit> communes)
{
    readonly ILookup<string, AdminUnit> byLoose = communes.ToLookup(c => NameKeys.Loose(c.Name));
    readonly ILookup<string, AdminUnit> byLooseIy = communes.ToLookup(c => NameKeys.LooseIy(c.Name));

    public List<AdminUnit> Named(string name) => [.. byLoose[NameKeys.Loose(name)]];
    public List<AdminUnit> NamedIy(string name) => [.. byLooseIy[NameKeys.LooseIy(name)]];
}

/// <summary>Name matching of one before_merge part against the old communes of the old provinces.</summary>
internal static class CommuneMatcher
{
    /// <summary>
    /// The two sources disagree on one code (CSV 00071 Phường Hiệp Hòa, JSON 07147 Phường Hiệp Hoà, both Quảng Ninh):
    /// take the 2025 commune of the same province and name that no other row describes, if there is exactly one.
    /// </summary>
    internal static AdminUnit? SameNameWithoutRow(MergeHistoryRow row, IReadOnlyList<AdminUnit> newUnits, HashSet<string> rowCodes)
    {
        var found = newUnits.Where(u => u.Level == AdminLevel.Commune && u.ProvinceCode == row.ProvinceCode
            && !rowCodes.Contains(u.Code) && NameKeys.Toned(u.FullName) == NameKeys.Toned(row.Name)).ToList();
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>"giữ nguyên": the old commune with the new one's name; the same code settles duplicates.</summary>
    internal static AdminUnit? ResolveUnchanged(AdminUnit newUnit, CommunePool pool)
    {
        var named = pool.Named(newUnit.Name);
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
    internal static CommuneMatch ResolveCommune(
        MergePart part, string type, CommunePool pool, IReadOnlyDictionary<string, AdminUnit> old)
    {
        var named = pool.Named(part.Name);
        var spelling = false;
        if (named.Count == 0)
        {
            named = pool.NamedIy(part.Name);
            spelling = named.Count > 0;
        }
        if (named.Count == 0) return new(null, default, "no old commune of that name in the old provinces", [], []);
        var namesakes = named;

        var typedBeforeQualifier = named.Where(c => VietnameseText.Fold(c.Type) == type).ToList();
        var qualifierUsed = part.DistrictQualifier is not null || part.ProvinceQualifier is not null;
        if (qualifierUsed)
        {
            named = named.Where(c =>
                (part.DistrictQualifier is null || NameKeys.Loose(old[c.ParentCode!].Name) == NameKeys.Loose(part.DistrictQualifier)) &&
                (part.ProvinceQualifier is null || NameKeys.Loose(old[c.ProvinceCode].Name) == NameKeys.Loose(part.ProvinceQualifier))).ToList();
            if (named.Count == 0) return new(null, default, "no old commune of that name in the district/province given", [], namesakes);
        }

        if (type.Length == 0)   // no type in the text: the name alone must be unique
            return named.Count == 1
                ? new(named[0], MatchMethod.TypeDiffers, null, named, namesakes)
                : new(null, default, $"ambiguous: {named.Count} old communes of that name and no type given", named, namesakes);
        var typed = named.Where(c => VietnameseText.Fold(c.Type) == type).ToList();
        if (typed.Count == 0)
        {
            // The text and the registry disagree on the type of a few units (upgraded xã → phường around 2025,
            // or a bare name that took the previous item's type). One unit of that name in the pool is still unambiguous.
            return named.Count == 1
                ? new(named[0], MatchMethod.TypeDiffers, null, named, namesakes)
                : new(null, default, $"no old {part.Type.ToLowerInvariant()} of that name (only {string.Join(", ", named.Select(c => c.FullName).Distinct())})", [], namesakes);
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
            return new(typed[0], method, null, typedBeforeQualifier, namesakes);
        }
        var why = qualifierUsed ? "ambiguous even within the district/province given"
            : $"ambiguous: {typed.Count} old {part.Type.ToLowerInvariant()}s of that name, no district given";
        return new(null, default, why, typed, namesakes);
    }
}
