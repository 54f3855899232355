using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OcopHub.Core.Dossiers;
using OcopHub.Web.Features.Dossiers;
using OcopHub.Web.Features.Rounds;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Certificates;

/// <summary>
/// Quyết định của UBND tỉnh sau khi Hội đồng kết luận (Art. 7.3.đ–g, 7.4.g): the province's dossiers in
/// ProvincialDecision by round, each with its latest evaluation. The office ticks the 3★/4★ ones for one recognition
/// decision, declines the 1–2★ ones with the written notice, forwards the ≥ 90 ones to the Ministry, or sends a
/// dossier back to a round for re-evaluation.
/// </summary>
[Authorize(Roles = Roles.ProvinceOffice)]
public sealed class DecideModel(ResultQueries queries, ResultDecisionService service, DossierWorkflow workflow, RoundService rounds, TimeProvider clock) : PageModel
{
    /// <summary>Ticked rows as "dossierId:version".</summary>
    [BindProperty] public List<string> Selected { get; set; } = [];
    [BindProperty] public string? Number { get; set; }
    [BindProperty] public DateOnly? DecisionDate { get; set; }
    [BindProperty] public string? SignerName { get; set; }
    [BindProperty] public string? SignerTitle { get; set; } = "KT. Chủ tịch – Phó Chủ tịch";
    [BindProperty] public string? Note { get; set; }

    public List<PendingResultDto> Rows { get; private set; } = [];
    public List<RoundDto> OpenRounds { get; private set; } = [];
    public Dictionary<string, string[]> Errors { get; private set; } = [];
    public string? Message { get; private set; }

    public IEnumerable<IGrouping<string, PendingResultDto>> ByRound => Rows.GroupBy(r => r.RoundName);
    public int Count(ProvincialChoice c) => Rows.Count(r => r.Choice == c.ToString());

    public async Task OnGetAsync(CancellationToken ct)
    {
        DecisionDate ??= VietnamTime.Today(clock);
        await LoadAsync(ct);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var scope = UserScope.From(User);
        Rows = await queries.ProvincialAsync(scope, ct);
        var today = VietnamTime.Today(clock);
        OpenRounds = (await rounds.ListAsync(scope, null, ct)).Where(r => today < r.DecideBefore).ToList();
    }

    public async Task<IActionResult> OnPostRecogniseAsync(CancellationToken ct)
    {
        var (decision, result) = await service.RecogniseAtProvinceAsync(new ResultDecisionInput(Number, DecisionDate, SignerName, SignerTitle, Note, Items()), User, ct);
        return decision is not null ? RedirectToPage("Decision", new { id = decision.Id }) : await RefusedAsync(result, ct);
    }

    public async Task<IActionResult> OnPostDeclineAsync(CancellationToken ct) =>
        await DoneAsync(await service.DeclineAsync(new ResultBatchInput(Items(), Note), User, ct), "Đã ghi không công nhận và gửi thông báo kết quả cho {0} hồ sơ.", ct);

    public async Task<IActionResult> OnPostForwardAsync(CancellationToken ct) =>
        await DoneAsync(await service.ForwardAsync(new ResultBatchInput(Items(), Note), User, ct), "Đã đề nghị Bộ Nông nghiệp và Môi trường đánh giá 5 sao {0} hồ sơ.", ct);

    /// <summary>Art. 7.4.g: the province organises a new evaluation (AssignToRound, as on the dossier page).</summary>
    public async Task<IActionResult> OnPostReassignAsync(int dossierId, long version, int? roundId, CancellationToken ct)
    {
        var result = await workflow.TransitionAsync(dossierId, new TransitionInput(nameof(DossierAction.AssignToRound), Note, version, roundId), User, ct);
        if (result.Status == 404) return NotFound();
        if (!result.Ok) return await RefusedAsync(result, ct);
        TempData["Message"] = "Đã xếp hồ sơ vào đợt đánh giá lại.";
        return RedirectToPage();
    }

    private async Task<IActionResult> DoneAsync((ResultBatchDto? Dto, WorkflowResult Result) r, string message, CancellationToken ct)
    {
        if (r.Dto is null) return await RefusedAsync(r.Result, ct);
        TempData["Message"] = string.Format(System.Globalization.CultureInfo.InvariantCulture, message, r.Dto.Count);
        return RedirectToPage();
    }

    private async Task<IActionResult> RefusedAsync(WorkflowResult result, CancellationToken ct)
    {
        Errors = result.Errors ?? new() { [""] = [result.Message] };
        Response.StatusCode = result.Status is 403 or 409 ? result.Status : 400;
        await LoadAsync(ct);
        return Page();
    }

    private List<ResultItem> Items() => Selected.Select(s => s.Split(':')).Select(p =>
        new ResultItem(int.TryParse(p[0], out var id) ? id : null, p.Length > 1 && long.TryParse(p[1], out var v) ? v : null)).ToList();
}
