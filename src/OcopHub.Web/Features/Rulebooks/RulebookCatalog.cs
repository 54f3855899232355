using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Criteria;
using OcopHub.Web.Data;

namespace OcopHub.Web.Features.Rulebooks;

/// <summary>
/// The rulebooks stored in the database, parsed once and shared (they change only when reference data is reloaded
/// at start-up). Thread-safe; the engine caches its compiled sheets per rulebook and set.
/// </summary>
public sealed class RulebookCatalog(IServiceScopeFactory scopes)
{
    public sealed record Entry(Rulebook Rulebook, string Hash);

    private volatile FrozenDictionary<string, Entry>? _entries;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IReadOnlyCollection<Entry>> AllAsync(CancellationToken ct = default) => (await EntriesAsync(ct)).Values;

    public async Task<Entry?> FindAsync(string id, CancellationToken ct = default) =>
        (await EntriesAsync(ct)).GetValueOrDefault(id);

    /// <summary>The rulebook in force on a day (the newest whose period covers it).</summary>
    public async Task<Entry?> InForceOnAsync(DateOnly day, CancellationToken ct = default) =>
        (await EntriesAsync(ct)).Values.Where(e => e.Rulebook.IsInForceOn(day)).MaxBy(e => e.Rulebook.EffectiveFrom);

    /// <summary>Forget the parsed rulebooks (after reference data changed).</summary>
    public void Reset() => _entries = null;

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
