using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OcopHub.Web.Features.Imports;

/// <summary>One import: progress, column mapping, the per-row preview, commit and the error report.</summary>
public sealed class JobModel(ImportJobs jobs) : PageModel
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true)] public string Id { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public ImportJob Job { get; private set; } = null!;
    public string? Error { get; private set; }
    public IReadOnlyList<ImportRowResult> Rows { get; private set; } = [];
    public int Filtered { get; private set; }

    public static string StateText(ImportState s) => s switch
    {
        ImportState.Checking => "Đang kiểm tra",
        ImportState.Checked => "Đã kiểm tra",
        ImportState.Committing => "Đang ghi",
        ImportState.Committed => "Đã ghi",
        _ => "Không thành công",
    };

    public static string StatusText(ImportRowStatus s) => s switch
    {
        ImportRowStatus.Created => "Thêm mới",
        ImportRowStatus.Updated => "Cập nhật",
        ImportRowStatus.Unchanged => "Không đổi",
        _ => "Lỗi",
    };

    public IActionResult OnGet()
    {
        if (jobs.Find(Id, User) is not { } job) return NotFound();
        Load(job);
        return Page();
    }

    /// <summary>The progress block alone, polled by htmx every second while the job runs; the whole page reloads when it ends.</summary>
    public IActionResult OnGetProgress()
    {
        if (jobs.Find(Id, User) is not { } job) return NotFound();
        if (!job.Busy) Response.Headers["HX-Refresh"] = "true";
        return Partial("_Progress", job);
    }

    public IActionResult OnPostMap(Dictionary<string, int> map)
    {
        if (jobs.Find(Id, User) is not { } job) return NotFound();
        var clean = map.Where(m => m.Value >= 0 && m.Value < job.Headers.Count && ImportFields.For(job.Kind).Any(f => f.Key == m.Key))
            .ToDictionary(m => m.Key, m => m.Value);
        if (clean.Values.Distinct().Count() != clean.Count) Error = "Mỗi cột của tệp chỉ ghép với một trường.";
        else Error = jobs.Remap(job, clean);
        if (Error is null) return RedirectToPage(new { id = Id });
        Load(job);
        return Page();
    }

    public IActionResult OnPostCommit()
    {
        if (jobs.Find(Id, User) is not { } job) return NotFound();
        Error = jobs.Commit(job);
        if (Error is null) return RedirectToPage(new { id = Id });
        Load(job);
        return Page();
    }

    private void Load(ImportJob job)
    {
        Job = job;
        var rows = job.Busy ? [] : job.Rows;
        var filtered = Enum.TryParse<ImportRowStatus>(Status, true, out var s) ? rows.Where(r => r.Status == s).ToList() : rows;
        Filtered = filtered.Count;
        PageNumber = Math.Max(1, PageNumber);
        Rows = filtered.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
    }

    public string PageUrl(int page, string? status) => Url.Page("Job", new { id = Id, status, p = page })!;
}
