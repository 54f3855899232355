using OcopHub.Web.Data;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Imports;

public enum ImportRowStatus { Created, Updated, Unchanged, Error }

/// <summary>What the import did (or would do) with one row of the file; <paramref name="Sheet"/> is the child sheet's key, null for the main sheet.</summary>
public sealed record ImportRowResult(int Number, ImportRowStatus Status, string Label, IReadOnlyList<string> Errors, string?[] Cells, string? Sheet = null);

/// <summary>One row's mapped values: field key → trimmed cell text (null when empty or not mapped).</summary>
public sealed class RowValues(ImportSheet.Row row, IReadOnlyDictionary<string, int> mapping, IReadOnlyList<ImportField> fields)
{
    public readonly List<string> Errors = [];
    public int Number => row.Number;
    public bool Mapped(string key) => mapping.ContainsKey(key);
    public string? Get(string key) => mapping.TryGetValue(key, out var col) && row[col] is { Length: > 0 } s ? s.Trim() : null;
    private string Header(string key) => fields.First(f => f.Key == key).Header;
    public void Error(string key, string message) => Errors.Add($"{Header(key)}: {message}");
    public void Error(string message) => Errors.Add(message);

    public int? Int(string key)
    {
        if (Get(key) is not { } t) return null;
        if (ImportValues.TryInt(t, out var v)) return v;
        Error(key, $"'{t}' không phải số nguyên.");
        return null;
    }

    public decimal? Decimal(string key)
    {
        if (Get(key) is not { } t) return null;
        if (ImportValues.TryDecimal(t, out var v)) return v;
        Error(key, $"'{t}' không phải số.");
        return null;
    }

    public DateOnly? Date(string key)
    {
        if (Get(key) is not { } t) return null;
        if (ImportValues.TryDate(t, out var v)) return v;
        Error(key, $"'{t}' không phải ngày (dd/MM/yyyy).");
        return null;
    }

    public string? Required(string key)
    {
        var v = Get(key);
        if (v is null) Error(key, "bắt buộc, đang để trống.");
        return v;
    }

    /// <summary>"có"/"không" (also x, yes/no, true/false, 1/0); null when empty.</summary>
    public bool? Bool(string key)
    {
        if (Get(key) is not { } t) return null;
        switch (Core.Text.VietnameseText.Fold(t))
        {
            case "co" or "x" or "yes" or "true" or "1" or "dung" or "phai": return true;
            case "khong" or "no" or "false" or "0" or "sai": return false;
            default: Error(key, $"'{t}' không hợp lệ: ghi 'có' hoặc 'không'."); return null;
        }
    }

    /// <summary>Cells longer than their column takes are row errors (a too-long value must never fail the save).</summary>
    public void CheckLengths()
    {
        foreach (var f in fields)
            if (f.Max is { } max && Get(f.Key) is { } v && v.Length > max) Error(f.Key, $"tối đa {max:N0} ký tự (ô này có {v.Length:N0}).".Replace(",", "."));
    }
}

/// <summary>
/// Checks the rows of one kind against the database and applies them to tracked entities. The same code runs for
/// the preview (the context is then thrown away) and for the commit (saved in one transaction), so what the preview
/// promised is exactly what is written. Lookups are loaded once into dictionaries before the rows are read.
/// </summary>
public abstract class ImportPlanner(OcopDbContext db, UserScope scope, TimeProvider clock)
{
    protected OcopDbContext Db => db;
    protected UserScope Scope => scope;
    protected DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;
    protected UnitResolver Units { get; private set; } = null!;
    /// <summary>False for the preview: new records are then only counted, not tracked (tracking is what costs).</summary>
    public bool Commit { get; init; }

    /// <summary>The child sheets the file holds (keys of <see cref="ImportChildSheet"/>): what <see cref="LoadAsync"/> must load besides the records.</summary>
    public IReadOnlySet<string> ChildSheets { get; init; } = new HashSet<string>();

    /// <summary>New records to insert when committing, in file order (inserted in chunks, see <see cref="SaveAsync"/>).</summary>
    public List<object> NewRecords { get; } = [];

    /// <summary>A new record: kept for insertion when committing; the row is "created" either way.</summary>
    protected ImportRowStatus Create(object entity)
    {
        if (Commit) NewRecords.Add(entity);
        return ImportRowStatus.Created;
    }

    /// <summary>Who commits (for the audit rows of bulk inserts, <see cref="InsertNewAsync"/>); the job's user.</summary>
    public ICurrentActor? Actor { get; init; }
    protected TimeProvider Clock => clock;

    /// <summary>Writes the changes inside the caller's transaction: updates first (tracked, audited by the interceptor), then the new records.</summary>
    public async Task SaveAsync()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        var updated = watch.ElapsedMilliseconds;
        var detail = await InsertNewAsync();
        SaveTimings = $"updates {updated} ms, {NewRecords.Count} new records {watch.ElapsedMilliseconds - updated} ms{(detail is null ? "" : $": {detail}")}";
    }

    /// <summary>Where the save's time went, for the log (bench/run-import.sh prints it).</summary>
    public string SaveTimings { get; private set; } = "";

    /// <summary>
    /// New records in chunks with the tracker cleared in between: one SaveChanges of 20,000 inserts (and their audit
    /// rows) costs several times the CPU of twenty of 1,000, as EF's per-save work grows faster than the row count.
    /// Planners whose records have a unique key override this with <see cref="AuditedBulkInsert"/>. Returns a
    /// timing detail for the log, if any.
    /// </summary>
    protected virtual async Task<string?> InsertNewAsync()
    {
        foreach (var part in NewRecords.Chunk(1000))
        {
            db.AddRange(part);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        return null;
    }

    public async Task PrepareAsync(CancellationToken ct)
    {
        // Tens of thousands of tracked rows: changes are detected per entity as rows are applied (StatusOf) and once
        // by the audit interceptor before saving, never by a scan of the whole tracker per call.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        Units = await UnitResolver.LoadAsync(db, ct);
        await LoadAsync(ct);
    }

    protected abstract Task LoadAsync(CancellationToken ct);

    /// <summary>Checks a row and, when valid, applies it; returns the status and a label (what the row is about).</summary>
    public abstract (ImportRowStatus Status, string Label) Apply(RowValues row);

    /// <summary>A row of a child sheet, applied after every row of the main sheet (so it may name a record the file creates).</summary>
    public virtual (ImportRowStatus Status, string Label) ApplyChild(ImportChildSheet sheet, RowValues row) =>
        throw new NotSupportedException($"{GetType().Name} has no child sheets.");

    /// <summary>Validates a commune cell, including the user's scope.</summary>
    protected UnitResolver.Resolved? Commune(RowValues row, string key)
    {
        var (unit, error) = Units.Commune(row.Get(key), row.Get("province"));
        if (error is not null) { row.Error(key, error); return null; }
        if (!scope.Covers(unit!.Current.ProvinceCode, unit.Current.Code))
        {
            row.Error(key, $"{unit.Current.FullName} nằm ngoài phạm vi quản lý của bạn.");
            return null;
        }
        return unit;
    }

    /// <summary>Created, updated or unchanged, from EF's own comparison of the entity with what was loaded.</summary>
    protected ImportRowStatus StatusOf(object entity)
    {
        var entry = db.Entry(entity);
        entry.DetectChanges();
        return entry.State switch
        {
            Microsoft.EntityFrameworkCore.EntityState.Added => ImportRowStatus.Created,
            Microsoft.EntityFrameworkCore.EntityState.Modified => ImportRowStatus.Updated,
            _ => ImportRowStatus.Unchanged,
        };
    }

    /// <summary>Sets a value only when the column is mapped, so columns a file lacks never erase data.</summary>
    protected static void Set<T>(RowValues row, string key, T value, Action<T> set)
    {
        if (row.Mapped(key)) set(value);
    }
}
