using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OcopHub.Web.Features.Dossiers;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Certificates;

/// <summary>
/// Quyết định của Bộ trưởng (Art. 7.4.đ–g): dossiers proposed by the provinces, nationally, with the central council's
/// result when there is one. The Ministry records one 5★ decision for the ticked ones, or returns a dossier to its
/// province (below 90, or for another reason) or rejects it, each with a reason.
/// </summary>
[Authorize(Roles = Roles.Ministry)]
public sealed class NationalModel(ResultQueries queries, ResultDecisionService service, TimeProvider clock) : PageModel
{
    [BindProperty] public List<string> Selected { get; set; } = [];
    [BindProperty] public string? Number { get; set; }
    [BindProperty] public DateOnly? DecisionDate { get; set; }
    [BindProperty] public string? SignerName { get; set; }
    [BindProperty] public string? SignerTitle { get; set; } = "Bộ trưởng";
    [BindProperty] public string? Note { get; set; }

    public List<PendingResultDto> Rows { get; private set; } = [];
    public Dictionary<string, string[]> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        DecisionDate ??= VietnamTime.Today(clock);
        Rows = await queries.NationalAsync(UserScope.From(User), ct);
    }

    public async Task<IActionResult> OnPostRecogniseAsync(CancellationToken ct)
    {
        var items = Selected.Select(s => s.Split(':')).Select(p =>
            new ResultItem(int.TryParse(p[0], out var id) ? id : null, p.Length > 1 && long.TryParse(p[1], out var v) ? v : null)).ToList();
        var (decision, result) = await service.RecogniseNationallyAsync(new ResultDecisionInput(Number, DecisionDate, SignerName, SignerTitle, Note, items), User, ct);
        return decision is not null ? RedirectToPage("Decision", new { id = decision.Id }) : await RefusedAsync(result, ct);
    }

    public async Task<IActionResult> OnPostReturnAsync(int dossierId, long version, string? reason, CancellationToken ct) =>
        await DoneAsync(await service.ReturnToProvinceAsync(dossierId, new ResultStepInput(version, reason), User, ct), "Đã trả hồ sơ về tỉnh.", ct);

    public async Task<IActionResult> OnPostRejectAsync(int dossierId, long version, string? reason, CancellationToken ct) =>
        await DoneAsync(await service.RejectAtMinistryAsync(dossierId, new ResultStepInput(version, reason), User, ct), "Đã loại hồ sơ.", ct);

    private async Task<IActionResult> DoneAsync((ResultBatchDto? Dto, WorkflowResult Result) r, string message, CancellationToken ct)
    {
        if (r.Result.Status == 404) return NotFound();
        if (r.Dto is null) return await RefusedAsync(r.Result, ct);
        TempData["Message"] = message;
        return RedirectToPage();
    }

    private async Task<IActionResult> RefusedAsync(WorkflowResult result, CancellationToken ct)
    {
        Errors = result.Errors ?? new() { [""] = [result.Message] };
        Response.StatusCode = result.Status is 403 or 409 ? result.Status : 400;
        Rows = await queries.NationalAsync(UserScope.From(User), ct);
        return Page();
    }
}
