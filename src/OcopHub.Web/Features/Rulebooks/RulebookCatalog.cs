using OcopHub.Core.Criteria;
using OcopHub.Web.Data;

namespace OcopHub.Web.Features.Rulebooks;

/// <summary>
/// The rulebook versions shipped in data/reference/rulebooks, parsed once and shared (singleton): products
/// validate their product set against them. Read-only; the files change only with a release.
/// </summary>
public sealed class RulebookCatalog
{
    public RulebookCatalog() : this(Path.Combine(ReferenceDataLoader.ReferenceRoot, "rulebooks")) { }

    public RulebookCatalog(string folder)
    {
        Rulebooks = Directory.EnumerateFiles(folder, "*.json")
            .Select(f => RulebookJson.Parse(File.ReadAllText(f)))
            .OrderByDescending(r => r.EffectiveFrom)
            .ToList();
    }

    /// <summary>Newest first.</summary>
    public IReadOnlyList<Rulebook> Rulebooks { get; }

    /// <summary>The rulebook new products are classified under: the newest one.</summary>
    public Rulebook Current => Rulebooks[0];

    public Rulebook? Find(string? id) => Rulebooks.FirstOrDefault(r => r.Id == id);

    public (Sector Sector, ProductSet Set)? FindSet(string? rulebookId, int setNo)
    {
        foreach (var sector in Find(rulebookId)?.Sectors ?? [])
            foreach (var set in sector.Groups.SelectMany(g => g.Sets))
                if (set.No == setNo) return (sector, set);
        return null;
    }

    /// <summary>Every set of a rulebook with its sector, for pickers and filters.</summary>
    public IEnumerable<(Sector Sector, ProductSet Set)> Sets(string? rulebookId) =>
        (Find(rulebookId)?.Sectors ?? []).SelectMany(s => s.Groups.SelectMany(g => g.Sets).Select(set => (s, set)));
}
