namespace OcopHub.Core.AdminUnits;

/// <summary>
/// The old → new succession for provinces and communes, with lookups both ways.
/// Old codes are looked up among pre-2025 units, new codes among 2025 units (codes repeat across periods).
/// </summary>
public sealed class AdminUnitMapping
{
    readonly ILookup<string, UnitSuccession> _byOld;
    readonly ILookup<string, UnitSuccession> _byNew;
    readonly IReadOnlyDictionary<string, AdminUnit> _old;
    readonly IReadOnlyDictionary<string, AdminUnit> _new;

    internal AdminUnitMapping(
        IReadOnlyList<UnitSuccession> successions, IReadOnlyList<UnresolvedPart> unresolved, MappingStats stats,
        IReadOnlyDictionary<string, AdminUnit> oldUnits, IReadOnlyDictionary<string, AdminUnit> newUnits)
    {
        Successions = successions;
        Unresolved = unresolved;
        Stats = stats;
        _old = oldUnits;
        _new = newUnits;
        _byOld = successions.ToLookup(s => s.OldCode);
        _byNew = successions.ToLookup(s => s.NewCode);
    }

    public IReadOnlyList<UnitSuccession> Successions { get; }
    public IReadOnlyList<UnresolvedPart> Unresolved { get; }
    public MappingStats Stats { get; }

    /// <summary>Where an old (pre-2025) province or commune went. Several entries, all partial, when it was split.</summary>
    public IReadOnlyList<UnitSuccession> SuccessorsOf(string oldCode) => [.. _byOld[oldCode]];

    /// <summary>What a new (2025) province or commune was formed from.</summary>
    public IReadOnlyList<UnitSuccession> PredecessorsOf(string newCode) => [.. _byNew[newCode]];

    /// <summary>The new unit(s) an old commune or province became.</summary>
    public IReadOnlyList<AdminUnit> NewUnitsFor(string oldCode) =>
        [.. _byOld[oldCode].Select(s => _new[s.NewCode])];

    /// <summary>The old units a new commune or province was formed from.</summary>
    public IReadOnlyList<AdminUnit> OldUnitsFor(string newCode) =>
        [.. _byNew[newCode].Select(s => _old[s.OldCode])];

    /// <summary>Period-safe form: empty unless <paramref name="oldUnit"/> is one of the pre-2025 units.</summary>
    public IReadOnlyList<AdminUnit> NewUnitsFor(AdminUnit oldUnit) =>
        FindOld(oldUnit.Code) == oldUnit ? NewUnitsFor(oldUnit.Code) : [];

    /// <summary>Period-safe form: empty unless <paramref name="newUnit"/> is one of the 2025 units.</summary>
    public IReadOnlyList<AdminUnit> OldUnitsFor(AdminUnit newUnit) =>
        FindNew(newUnit.Code) == newUnit ? OldUnitsFor(newUnit.Code) : [];

    /// <summary>The pre-2025 unit with this code (codes are unique within a period).</summary>
    public AdminUnit? FindOld(string code) => _old.GetValueOrDefault(code);
    /// <summary>The 2025 unit with this code.</summary>
    public AdminUnit? FindNew(string code) => _new.GetValueOrDefault(code);
}
