namespace OcopHub.Core.AdminUnits;

/// <summary>
/// The old unit (OldCode, OldValidFrom) went — wholly, or partly when <see cref="Partial"/> — into the new unit
/// (NewCode, NewValidFrom). Both sides carry ValidFrom because codes are reused across periods.
/// </summary>
public sealed record UnitSuccession(string OldCode, DateOnly OldValidFrom, string NewCode, DateOnly NewValidFrom, bool Partial)
{
    public AdminLevel Level => OldCode.Length <= 2 ? AdminLevel.Province : AdminLevel.Commune;
}

/// <summary>How a part of a before_merge text was matched; kept for the resolution report.</summary>
public enum MatchMethod
{
    NameAndType,        // unique old unit with that name and type in the old provinces
    Qualifier,          // unique only after the "(huyện X)" / "(tỉnh Y)" qualifier
    Unchanged,          // "giữ nguyên": the same commune under the new code
    WholeDistrict,      // "Huyện Kiên Hải" → every commune of the district
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
    IReadOnlyDictionary<MatchMethod, int> ByMethod)
{
    public double OldCommuneRate => OldCommunes == 0 ? 0 : (double)OldCommunesMapped / OldCommunes;
    public double PartRate => CommuneParts == 0 ? 0 : (double)CommunePartsResolved / CommuneParts;

    public override string ToString() =>
        $"provinces {OldProvincesMapped}/{OldProvinces}; old communes {OldCommunesMapped}/{OldCommunes} ({OldCommuneRate:P2}); " +
        $"parts {CommunePartsResolved}/{CommuneParts} ({PartRate:P2}); new communes fully resolved {NewCommunesFullyResolved}/{NewCommunes}; " +
        $"splits inferred {SplitsInferred}; " + string.Join(", ", ByMethod.Select(kv => $"{kv.Key} {kv.Value}"));
}
