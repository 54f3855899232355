using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using OcopHub.Core.AdminUnits;
using OcopHub.Web.Data.Entities;

namespace OcopHub.Web.Data;

/// <summary>
/// Loads the versioned reference data files shipped in data/reference into the database. Each dataset is
/// reloaded only when its files' content hash changed, so a restart costs one query.
/// </summary>
public sealed class ReferenceDataLoader(OcopDbContext db, ILogger<ReferenceDataLoader> logger, TimeProvider clock)
{
    public static string ReferenceRoot => Path.Combine(AppContext.BaseDirectory, "reference");

    private static readonly string[] AdminUnitFiles =
        ["admin-units/vn-units-2025.json", "admin-units/dvhcvn-2025-03-01.json", "admin-units/merge-history.csv"];

    public async Task LoadAsync(CancellationToken ct = default)
    {
        await LoadAdminUnitsAsync(ct);
        await LoadRulebooksAsync(ct);
    }

    /// <summary>
    /// Every rulebook file is parsed and validated; a file that breaks an invariant stops start-up with the reasons,
    /// because scoring against a broken sheet would be worse than not starting. Changed files replace the stored
    /// version; evaluations keep the hash they were scored with.
    /// </summary>
    private async Task LoadRulebooksAsync(CancellationToken ct)
    {
        var folder = Path.Combine(ReferenceRoot, "rulebooks");
        foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var json = await File.ReadAllTextAsync(file, ct);
            var hash = Hash([json]);
            var rulebook = OcopHub.Core.Criteria.RulebookJson.Parse(json);
            var stored = await db.Rulebooks.FindAsync([rulebook.Id], ct);
            if (stored?.Hash == hash) continue;
            var problems = OcopHub.Core.Criteria.RulebookValidator.Validate(rulebook);
            if (problems.Count > 0)
                throw new InvalidOperationException($"Rulebook {Path.GetFileName(file)} is invalid: " + string.Join("; ", problems.Take(20)));
            stored ??= db.Rulebooks.Add(new RulebookVersion { Id = rulebook.Id }).Entity;
            stored.Name = rulebook.Name;
            stored.LegalBasis = rulebook.LegalBasis;
            stored.EffectiveFrom = rulebook.EffectiveFrom;
            stored.EffectiveTo = rulebook.EffectiveTo;
            stored.Json = json;
            stored.Hash = hash;
            stored.LoadedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            logger.LogInformation("Loaded rulebook {Id} ({Sheets} scoring sheets)", rulebook.Id, rulebook.Sheets.Count);
        }
    }

    private async Task LoadAdminUnitsAsync(CancellationToken ct)
    {
        var texts = AdminUnitFiles.Select(f => File.ReadAllText(Path.Combine(ReferenceRoot, f))).ToArray();
        var hash = Hash(texts);
        var loaded = await db.ReferenceDatasets.FindAsync(["admin-units"], ct);
        if (loaded?.Hash == hash) return;
        if (loaded is not null || await db.AdministrativeUnits.AnyAsync(ct))
        {
            // Units are referenced by records and never deleted; changed files need a data migration, not a silent reload.
            logger.LogWarning("Administrative unit files changed since they were loaded; the loaded units are kept. Write a data migration to apply the change.");
            return;
        }

        var started = clock.GetTimestamp();
        var current = AdminUnitSources.Parse2025(texts[0]);
        var old = AdminUnitSources.ParsePre2025(texts[1]);
        var mapping = AdminUnitMapper.Map(old, current, MergeHistoryParser.ParseCsv(texts[2]));

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await BulkInsert.RunAsync(db, "AdministrativeUnits",
            ["Code", "Name", "FullName", "NameEn", "Level", "Type", "ParentCode", "ProvinceCode", "ValidFrom", "ValidTo", "SearchName"],
            old.Concat(current),
            u => [u.Code, u.Name, u.FullName, u.NameEn, (int)u.Level + 1, u.Type, u.ParentCode, u.ProvinceCode, u.ValidFrom, u.ValidTo, u.SearchName],
            ct);
        var ids = (await db.AdministrativeUnits.Select(u => new { u.Id, u.Code, u.ValidFrom }).ToListAsync(ct))
            .ToDictionary(u => (u.Code, u.ValidFrom), u => u.Id);
        await BulkInsert.RunAsync(db, "UnitSuccessions", ["OldUnitId", "NewUnitId", "Partial"], mapping.Successions,
            s => [ids[(s.OldCode, s.OldValidFrom)], ids[(s.NewCode, s.NewValidFrom)], s.Partial], ct);
        db.ReferenceDatasets.Add(new ReferenceDataset { Name = "admin-units", Hash = hash, LoadedAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        logger.LogInformation("Loaded {Units} administrative units and {Links} successions ({Stats}) in {Ms} ms",
            ids.Count, mapping.Successions.Count, mapping.Stats, clock.GetElapsedTime(started).TotalMilliseconds);
    }

    private static string Hash(IEnumerable<string> texts) =>
        Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join("\u0000", texts))));
}
