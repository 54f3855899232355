using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Criteria;
using OcopHub.Web.Data;

namespace OcopHub.Web.Features.Rulebooks;

/// <summary>
/// The rulebooks stored in the database (loaded there from data/reference/rulebooks at start-up), parsed once and
/// shared. Start-up loads it right after the reference data, so the synchronous members can be used anywhere;
/// the asynchronous ones also load on demand. Thread-safe; the engine caches compiled sheets per rulebook.
/// </summary>
public sealed class RulebookCatalog(IServiceScopeFactory scopes, TimeProvider clock)
{
    public sealed record Entry(Rulebook Rulebook, string Hash);

    private volatile FrozenDictionary<string, Entry>? _entries;
    private readonly SemaphoreSlim _gate = new(1, 1);

    // ---- synchronous use (after start-up) ----

    private FrozenDictionary<string, Entry> Loaded =>
        _entries ?? throw new InvalidOperationException("The rulebook catalog is not loaded yet (it loads at start-up).");

    /// <summary>Newest first.</summary>
    public IReadOnlyList<Rulebook> Rulebooks => Loaded.Values.Select(e => e.Rulebook).OrderByDescending(r => r.EffectiveFrom).ToList();

    /// <summary>The rulebook new products and dossiers use: the one in force today (else the newest).</summary>
    public Rulebook Current
    {
        get
        {
            var today = Infrastructure.VietnamTime.Today(clock);
            return Rulebooks.FirstOrDefault(r => r.IsInForceOn(today)) ?? Rulebooks[0];
        }
    }

    public Rulebook? Find(string? id) => id is not null && Loaded.TryGetValue(id, out var e) ? e.Rulebook : null;

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

    // ---- asynchronous use ----

    public async Task<IReadOnlyCollection<Entry>> AllAsync(CancellationToken ct = default) => (await EntriesAsync(ct)).Values;

    public async Task<Entry?> FindAsync(string id, CancellationToken ct = default) => (await EntriesAsync(ct)).GetValueOrDefault(id);

    /// <summary>The rulebook in force on a day (the newest whose period covers it).</summary>
    public async Task<Entry?> InForceOnAsync(DateOnly day, CancellationToken ct = default) =>
        (await EntriesAsync(ct)).Values.Where(e => e.Rulebook.IsInForceOn(day)).MaxBy(e => e.Rulebook.EffectiveFrom);

    /// <summary>(Re)load from the database; start-up calls it after loading the reference data.</summary>
    public async Task LoadAsync(CancellationToken ct = default)
    {
        _entries = null;
        await EntriesAsync(ct);
    }

    private async Task<FrozenDictionary<string, Entry>> EntriesAsync(CancellationToken ct)
    {
        if (_entries is { } ready) return ready;
        await _gate.WaitAsync(ct);
        try
        {
            if (_entries is { } loaded) return loaded;
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
            var rows = await db.Rulebooks.AsNoTracking().Select(r => new { r.Json, r.Hash }).ToListAsync(ct);
            var entries = rows.Select(r => new Entry(RulebookJson.Parse(r.Json), r.Hash)).ToFrozenDictionary(e => e.Rulebook.Id);
            _entries = entries;
            return entries;
        }
        finally { _gate.Release(); }
    }
}
