using System.Collections.Concurrent;
using OcopHub.Web.Data;
using OcopHub.Web.Features.Registry;
using OcopHub.Web.Features.Rulebooks;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Imports;

public enum ImportState { Checking, Checked, Committing, Committed, Failed }

/// <summary>
/// One upload: the stored file, the column mapping, the per-row results and the progress of the background work.
/// Kept in memory (an import lives minutes, not days); the file itself is kept privately under the data folder.
/// </summary>
public sealed class ImportJob
{
    public required string Id { get; init; }
    public required ImportKind Kind { get; init; }
    public required string OwnerId { get; init; }
    public required string OwnerName { get; init; }
    public required UserScope Scope { get; init; }
    public required string FileName { get; init; }
    public required string StoredPath { get; init; }
    public required ImportFormat Format { get; init; }
    public required IReadOnlyList<string> Headers { get; init; }
    public Dictionary<string, int> Mapping { get; set; } = [];
    /// <summary>The main sheet's name in the file ("Dữ liệu" in the template; a .csv has no sheet names).</summary>
    public string MainSheet { get; set; } = "Dữ liệu";
    /// <summary>The child sheets read by the last check (producers: Tài chính, Chứng nhận …), mapped automatically by header.</summary>
    public IReadOnlyList<ImportJobSheet> Sheets { get; set; } = [];
    public DateTime CreatedAt { get; } = DateTime.UtcNow;
    public volatile ImportState State;
    public volatile int Done;
    public volatile int Total;
    public string? Message { get; set; }
    public IReadOnlyList<ImportRowResult> Rows { get; set; } = [];

    public int Count(ImportRowStatus s) => Rows.Count(r => r.Status == s);
    /// <summary>A row's sheet as the file names it.</summary>
    public string SheetName(ImportRowResult row) => row.Sheet is null ? MainSheet : Sheets.FirstOrDefault(s => s.Definition.Key == row.Sheet)?.Name ?? row.Sheet;
    public bool HasErrors => Rows.Any(r => r.Status == ImportRowStatus.Error);
    public bool Busy => State is ImportState.Checking or ImportState.Committing;
    public int Percent => Total == 0 ? (Busy ? 0 : 100) : (int)Math.Min(100, Done * 100L / Total);
}

/// <summary>A child sheet of an import: what it holds, its name in the file, its headers and how they map to fields.</summary>
public sealed record ImportJobSheet(ImportChildSheet Definition, string Name, IReadOnlyList<string> Headers, IReadOnlyDictionary<string, int> Mapping);

/// <summary>Starts, runs and keeps imports. Singleton; each run gets its own DI scope and DbContext.</summary>
public sealed class ImportJobs(IServiceScopeFactory scopes, IConfiguration config, IWebHostEnvironment env, ILogger<ImportJobs> log)
{
    private readonly ConcurrentDictionary<string, ImportJob> _jobs = new();
    // Two cores: imports run one at a time, the rest wait (their status says so).
    private readonly SemaphoreSlim _gate = new(1, 1);

    public long MaxBytes => config.GetValue("Imports:MaxBytes", 20L * 1024 * 1024);
    public int MaxRows => config.GetValue("Imports:MaxRows", 100_000);
    private string Root => Path.GetFullPath(config["Storage:ImportsPath"] ?? Path.Combine("data", "imports"), env.ContentRootPath);

    /// <summary>A job the user may see: their own (admins see any).</summary>
    public ImportJob? Find(string id, System.Security.Claims.ClaimsPrincipal user)
    {
        if (!_jobs.TryGetValue(id, out var job)) return null;
        var userId = user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        return job.OwnerId == userId || user.IsInRole(Roles.Admin) ? job : null;
    }

    public IEnumerable<ImportJob> Of(System.Security.Claims.ClaimsPrincipal user)
    {
        var userId = user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        return _jobs.Values.Where(j => j.OwnerId == userId).OrderByDescending(j => j.CreatedAt);
    }

    /// <summary>Checks and stores the upload, maps its columns and starts the check. Errors are Vietnamese sentences.</summary>
    public async Task<(ImportJob? Job, string? Error)> StartAsync(ImportKind kind, IFormFile? file, IReadOnlyDictionary<string, string>? mapping,
        System.Security.Claims.ClaimsPrincipal user, CancellationToken ct)
    {
        ForgetOld();
        if (file is null || file.Length == 0) return (null, "Chưa chọn tệp, hoặc tệp rỗng.");
        if (file.Length > MaxBytes) return (null, $"Tệp tối đa {MaxBytes / 1024 / 1024} MB; tệp này {file.Length / 1024.0 / 1024.0:0.0} MB.");
        var id = Guid.NewGuid().ToString("N");
        Directory.CreateDirectory(Root);
        var stored = Path.Combine(Root, id + ".upload");
        await using (var output = File.Create(stored)) await file.CopyToAsync(output, ct);
        string? error;
        ImportFormat? format;
        ImportSheet? head;
        await using (var input = File.OpenRead(stored))
        {
            (format, error) = ImportFile.Detect(file.FileName, input);
            head = null;
            if (format is not null)
            {
                var children = ImportFields.ChildSheets(kind);
                var (sheet, none) = ImportFile.MainSheet(input, format.Value, children);
                var withChildren = format == ImportFormat.Xlsx && children.Count > 0;
                (head, error) = none ? (new ImportSheet([], []), null)
                    : ImportFile.Read(input, format.Value, MaxRows, headersOnly: true, sheetName: sheet, optional: withChildren);
                // An empty main sheet is fine when child sheets have rows (checked in full only in this rare case).
                if (head is { Rows.Count: 0 }) (_, error) = ImportFile.ReadWorkbook(input, format.Value, MaxRows, children);
            }
        }
        if (error is not null) { File.Delete(stored); return (null, error); }

        var map = ImportFields.AutoMap(kind, head!.Headers);
        foreach (var (field, header) in mapping ?? new Dictionary<string, string>())
        {
            if (ImportFields.For(kind).All(f => f.Key != field)) continue;
            var index = head.Headers.ToList().FindIndex(h => h == header || ImportFields.FoldHeader(h) == ImportFields.FoldHeader(header));
            if (string.IsNullOrEmpty(header)) map.Remove(field);
            else if (index < 0) { File.Delete(stored); return (null, $"Tệp không có cột '{header}' (ghép cho '{ImportFields.For(kind).First(f => f.Key == field).Header}')."); }
            else map[field] = index;
        }
        // Required columns of the main sheet matter only when it has rows (a workbook may hold child sheets only).
        var missing = head.Rows.Count == 0 ? [] : ImportFields.For(kind).Where(f => f.Required && !map.ContainsKey(f.Key)).Select(f => f.Header).ToList();
        var job = new ImportJob
        {
            Id = id, Kind = kind, OwnerId = user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "",
            OwnerName = user.Identity?.Name ?? "", Scope = UserScope.From(user), FileName = Path.GetFileName(file.FileName),
            StoredPath = stored, Format = format!.Value, Headers = head.Headers, Mapping = map,
        };
        if (missing.Count > 0)
        {
            // Kept so the page can offer the mapping form; the API reports it as an error.
            job.State = ImportState.Failed;
            job.Message = $"Thiếu cột bắt buộc: {string.Join(", ", missing)}. Hãy ghép cột hoặc dùng tệp mẫu.";
            _jobs[id] = job;
            return (job, job.Message);
        }
        _jobs[id] = job;
        Run(job, commit: false);
        return (job, null);
    }

    /// <summary>Imports older than a day are forgotten and their files deleted: an upload is not an archive.</summary>
    private void ForgetOld()
    {
        foreach (var job in _jobs.Values.Where(j => !j.Busy && j.CreatedAt < DateTime.UtcNow.AddDays(-1)).ToList())
        {
            if (!_jobs.TryRemove(job.Id, out _)) continue;
            try { File.Delete(job.StoredPath); }
            catch (IOException ex) { log.LogWarning(ex, "Could not delete import file {Path}", job.StoredPath); }
        }
    }

    /// <summary>Re-checks with a new mapping (from the page's mapping form).</summary>
    public string? Remap(ImportJob job, Dictionary<string, int> map)
    {
        if (job.Busy || job.State == ImportState.Committed) return "Không thể đổi cách ghép cột lúc này.";
        var missing = ImportFields.For(job.Kind).Where(f => f.Required && !map.ContainsKey(f.Key)).Select(f => f.Header).ToList();
        job.Mapping = map;
        if (missing.Count > 0) { job.State = ImportState.Failed; job.Message = $"Thiếu cột bắt buộc: {string.Join(", ", missing)}."; return job.Message; }
        job.Message = null;
        Run(job, commit: false);
        return null;
    }

    /// <summary>Starts the commit; refused while the preview has errors or is not finished.</summary>
    public string? Commit(ImportJob job)
    {
        if (job.State == ImportState.Committed) return "Tệp này đã được ghi.";
        if (job.State != ImportState.Checked) return "Chưa kiểm tra xong tệp.";
        if (job.HasErrors) return "Tệp còn dòng lỗi: sửa tệp và tải lên lại. Không có gì được ghi.";
        Run(job, commit: true);
        return null;
    }

    private void Run(ImportJob job, bool commit)
    {
        job.State = commit ? ImportState.Committing : ImportState.Checking;
        job.Done = 0;
        // The job must not carry the request's context (HttpContext, user) into the background.
        using (ExecutionContext.SuppressFlow())
            _ = Task.Run(async () =>
            {
                await _gate.WaitAsync();
                try { await ExecuteAsync(job, commit); }
                catch (Exception ex)
                {
                    log.LogError(ex, "Import {Id} failed", job.Id);
                    job.Message = commit ? "Lỗi khi ghi dữ liệu; không có gì được ghi. Vui lòng thử lại." : "Lỗi khi kiểm tra tệp. Vui lòng thử lại.";
                    job.State = ImportState.Failed;
                }
                finally { _gate.Release(); }
            });
    }

    /// <summary>The workbook as the preview read it, from the kept rows (main sheet first, then each child sheet).</summary>
    private static ImportWorkbook FromPreview(ImportJob job)
    {
        ImportSheet SheetOf(string? key, IReadOnlyList<string> headers) =>
            new(headers, job.Rows.Where(r => r.Sheet == key).Select(r => new ImportSheet.Row(r.Number, r.Cells)).ToList());
        return new ImportWorkbook(job.MainSheet, SheetOf(null, job.Headers),
            job.Sheets.Select(s => new ImportChildData(s.Definition, s.Name, SheetOf(s.Definition.Key, s.Headers))).ToList());
    }

    private async Task ExecuteAsync(ImportJob job, bool commit)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        ImportWorkbook? book;
        string? error;
        var childDefinitions = ImportFields.ChildSheets(job.Kind);
        // The commit reuses the rows the preview read (same file, same cells) instead of parsing the file again.
        if (commit && job.Rows.Count > 0) (book, error) = (FromPreview(job), null);
        else await using (var input = File.OpenRead(job.StoredPath)) (book, error) = ImportFile.ReadWorkbook(input, job.Format, MaxRows, childDefinitions);
        if (error is not null) { job.Message = error; job.State = ImportState.Failed; return; }
        job.MainSheet = book!.MainName;
        if (!commit)
        {
            var sheets = new List<ImportJobSheet>();
            foreach (var child in book.Children)
            {
                var map = ImportFields.AutoMap(child.Definition.Fields, child.Sheet.Headers);
                var missing = child.Definition.Fields.Where(f => f.Required && !map.ContainsKey(f.Key)).Select(f => f.Header).ToList();
                if (missing.Count > 0)
                {
                    job.Message = $"Trang '{child.Name}' thiếu cột bắt buộc: {string.Join(", ", missing)}. Hãy dùng tiêu đề cột của tệp mẫu.";
                    job.State = ImportState.Failed;
                    return;
                }
                if (!child.Definition.Fields.Take(3).Any(f => map.ContainsKey(f.Key)))
                {
                    job.Message = $"Trang '{child.Name}' không có cột chủ thể (Mã số thuế chủ thể, Số đăng ký kinh doanh hoặc Tên chủ thể).";
                    job.State = ImportState.Failed;
                    return;
                }
                sheets.Add(new ImportJobSheet(child.Definition, child.Name, child.Sheet.Headers, map));
            }
            job.Sheets = sheets;
        }
        job.Total = book.Main.Rows.Count + book.Children.Sum(c => c.Sheet.Rows.Count);

        await using var scope = scopes.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var actor = sp.GetRequiredService<ActorOverride>();
        (actor.UserId, actor.UserName) = (job.OwnerId, job.OwnerName);
        var db = sp.GetRequiredService<OcopDbContext>();
        var clock = sp.GetRequiredService<TimeProvider>();
        var childKeys = job.Sheets.Select(s => s.Definition.Key).ToHashSet();
        ImportPlanner planner = job.Kind switch
        {
            ImportKind.Producers => new ProducerImport(db, job.Scope, clock, sp.GetRequiredService<RegistryReference>()) { Commit = commit, ChildSheets = childKeys },
            ImportKind.Products => new ProductImport(db, job.Scope, clock, sp.GetRequiredService<RulebookCatalog>()) { Commit = commit, Actor = sp.GetRequiredService<ICurrentActor>() },
            _ => new HistoryImport(db, job.Scope, clock, sp.GetRequiredService<RulebookCatalog>()) { Commit = commit },
        };
        var read = watch.Elapsed;
        await planner.PrepareAsync(CancellationToken.None);
        var prepared = watch.Elapsed;
        var fields = ImportFields.For(job.Kind);
        var results = new List<ImportRowResult>(job.Total);
        void Progress() => job.Done = commit ? (int)(results.Count * 0.9) : results.Count;
        foreach (var row in book.Main.Rows)
        {
            var values = new RowValues(row, job.Mapping, fields);
            values.CheckLengths();
            var (status, label) = planner.Apply(values);
            results.Add(new ImportRowResult(row.Number, values.Errors.Count > 0 ? ImportRowStatus.Error : status, label, values.Errors, row.Cells));
            // Checking is ~90 % of a commit's visible work; saving shows as the last stretch.
            Progress();
        }
        // Child rows after every main row: they may name a producer the main sheet creates.
        foreach (var child in book.Children)
        {
            var sheet = job.Sheets.First(s => s.Definition.Key == child.Definition.Key);
            foreach (var row in child.Sheet.Rows)
            {
                var values = new RowValues(row, sheet.Mapping, child.Definition.Fields);
                values.CheckLengths();
                var (status, label) = planner.ApplyChild(child.Definition, values);
                results.Add(new ImportRowResult(row.Number, values.Errors.Count > 0 ? ImportRowStatus.Error : status, label, values.Errors, row.Cells, child.Definition.Key));
                Progress();
            }
        }
        var applied = watch.Elapsed;
        log.LogInformation("Import {Id} ({Kind}, {Rows} rows, {Mode}): read {Read} ms, lookups {Prepare} ms, rows {Apply} ms",
            job.Id, job.Kind, results.Count, commit ? "commit" : "preview", (int)read.TotalMilliseconds,
            (int)(prepared - read).TotalMilliseconds, (int)(applied - prepared).TotalMilliseconds);
        if (!commit)
        {
            job.Rows = results;
            job.State = ImportState.Checked;
            return;
        }
        if (results.Any(r => r.Status == ImportRowStatus.Error))
        {
            // The data changed since the preview (another user, another import): show the new errors, write nothing.
            job.Rows = results;
            job.Message = "Dữ liệu đã thay đổi từ lúc kiểm tra và nay có dòng lỗi; không có gì được ghi.";
            job.State = ImportState.Checked;
            return;
        }
        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            await planner.SaveAsync();
            await tx.CommitAsync();
        }
        log.LogInformation("Import {Id} saved in {Save} ms ({Detail})", job.Id, (int)(watch.Elapsed - applied).TotalMilliseconds, planner.SaveTimings);
        job.Rows = results;
        job.Done = job.Total;
        job.State = ImportState.Committed;
        job.Message = null;
    }
}
