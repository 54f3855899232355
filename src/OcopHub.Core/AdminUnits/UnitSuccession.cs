namespace OcopHub.Core.AdminUnits;

/// <summary>
/// The old unit (OldCode, OldValidFrom) went — wholly, or partly when <see cref="Partial"/> — into the new unit
/// (NewCode, NewValidFrom). Both sides carry ValidFrom because codes are reused across periods.
/// </summary>
public sealed record UnitSuccession(string OldCode, DateOnly OldValidFrom, string NewCode, DateOnly NewValidFrom, bool Partial)
{
    /// <summary>Level of the old unit, from its code length: provinces 2 digits, districts 3 (only the island
    /// districts that had no communes and became special zones), communes 5.</summary>
    public AdminLevel Level => OldCode.Length switch { <= 2 => AdminLevel.Province, 3 => AdminLevel.District, _ => AdminLevel.Commune };
}

/// <summary>How a part of a before_merge text was matched; kept for the resolution report.</summary>
public enum MatchMethod
{
    NameAndType,        // unique old unit with that name and type in the old provinces
    Qualifier,          // unique only after the "(huyện X)" / "(tỉnh Y)" qualifier
    Unchanged,          // "giữ nguyên": the same commune under the new code
    WholeDistrict,      // "Huyện Kiên Hải" → every commune of the district
    SpellingVariant,    // unique only when i = y ("Sỹ Bình" / "Sĩ Bình")
    TypeDiffers,        // the only old unit of that name, though the text gives another type (xã ↔ phường, upgraded) or none
    SiblingDistrict,    // several of that name, exactly one in the district the row's other parts come from
}

/// <summary>Switches for <see cref="AdminUnitMapper"/>.</summary>
/// <param name="UseSiblingDistricts">
/// Settle a name that repeats within the old provinces by the district of the row's other (unambiguous) parts,
/// when exactly one candidate lies there. Communes merge with neighbours; the stats report how often this rule
/// agrees with the explicit "(huyện X)" qualifiers where both are available. Off = strictly textual matching.
/// </param>
public sealed record AdminUnitMapperOptions(bool UseSiblingDistricts = true)
{
    public static AdminUnitMapperOptions Default { get; } = new();
    public static AdminUnitMapperOptions TextOnly { get; } = new(UseSiblingDistricts: false);
}

/// <summary>A text (or a piece of one) that could not be tied to old unit(s), and why.</summary>
public sealed record UnresolvedPart(string NewCode, string NewFullName, string Text, string Reason);

/// <summary>Resolution numbers, to report and to test against.</summary>
public sealed record MappingStats(
    int OldProvinces, int OldProvincesMapped,
    int OldCommunes, int OldCommunesMapped,
    int NewCommunes, int NewCommunesFullyResolved,
    int CommuneParts, int CommunePartsResolved,
    int SplitsInferred,                               // old units named by several new units though some text said "whole"
    IReadOnlyDictionary<MatchMethod, int> ByMethod,
    int SiblingRuleChecked,                           // qualified parts where the sibling rule would also have picked one unit
    int SiblingRuleAgreed)                            // … and picked the same one as the qualifier
{
    public double OldCommuneRate => OldCommunes == 0 ? 0 : (double)OldCommunesMapped / OldCommunes;
    public double PartRate => CommuneParts == 0 ? 0 : (double)CommunePartsResolved / CommuneParts;

    public override string ToString() =>
        $"provinces {OldProvincesMapped}/{OldProvinces}; old communes {OldCommunesMapped}/{OldCommunes} ({OldCommuneRate:P2}); " +
        $"parts {CommunePartsResolved}/{CommuneParts} ({PartRate:P2}); new communes fully resolved {NewCommunesFullyResolved}/{NewCommunes}; " +
        $"splits inferred {SplitsInferred}; sibling rule agrees with qualifiers {SiblingRuleAgreed}/{SiblingRuleChecked}; " + string.Join(", ", ByMethod.Select(kv => $"{kv.Key} {kv.Value}"));
}
