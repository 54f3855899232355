using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OcopHub.Web.Features.Imports;

/// <summary>Upload a spreadsheet of producers, products or OCOP results; lists the user's recent imports.</summary>
[RequestSizeLimit(64L * 1024 * 1024)]
public sealed class IndexModel(ImportJobs jobs) : PageModel
{
    [BindProperty] public string Kind { get; set; } = "products";
    [BindProperty] public IFormFile? Upload { get; set; }
    public string? Error { get; private set; }
    public List<ImportJob> Recent { get; private set; } = [];
    public ImportJobs Jobs => jobs;

    public void OnGet() => Recent = jobs.Of(User).Take(20).ToList();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ImportFields.TryParseKind(Kind, out var kind)) Error = "Vui lòng chọn loại dữ liệu.";
        else
        {
            var (job, error) = await jobs.StartAsync(kind, Upload, null, User, ct);
            // A file whose columns need mapping still gets its job: the job page shows the mapping form.
            if (job is not null) return RedirectToPage("Job", new { id = job.Id });
            Error = error;
        }
        Recent = jobs.Of(User).Take(20).ToList();
        return Page();
    }
}
