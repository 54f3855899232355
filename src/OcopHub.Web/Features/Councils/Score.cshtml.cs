using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OcopHub.Core.Councils;
using OcopHub.Web.Features.Dossiers;
using OcopHub.Web.Features.Rulebooks;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Councils;

/// <summary>A council member's score sheet for one dossier, the evidence beside it, and the chair's open/reopen/close.</summary>
public sealed class ScoreModel(CouncilScoring scoring, DossierQueries queries, RulebookCatalog catalog) : PageModel
{
    [BindProperty(Name = "a")] public Dictionary<string, string> Posted { get; set; } = [];
    [BindProperty] public long Version { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public List<string> Reopen { get; set; } = [];
    [BindProperty(Name = "ko")] public List<string> KnockOutCodes { get; set; } = [];
    [BindProperty] public string? MeetingReason { get; set; }
    [BindProperty] public long SessionVersion { get; set; }
    [BindProperty] public string? Ground { get; set; }
    [BindProperty] public string? CriterionCode { get; set; }
    [BindProperty] public string? Note { get; set; }

    public ScoringViewDto View { get; private set; } = null!;
    public DossierDto Dossier { get; private set; } = null!;
    public RulebookDtos.SheetDto? Sheet { get; private set; }
    public ScoreSheetDto? Mine => View.Sheets.FirstOrDefault(s => s.IsMine);
    /// <summary>The state in which this council scores: Scoring (provincial) or CentralReview (central).</summary>
    public Core.Dossiers.DossierState ScoringState => CouncilLevels.Parse(View.Level).ScoringState();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public Task<IActionResult> OnPostSaveAsync(int id, CancellationToken ct) =>
        ActAsync(id, () => scoring.SaveMineAsync(id, new SheetInput(Clean(Posted), Version, KnockOutCodes), submit: false, User, ct), "Đã lưu phiếu chấm.", ct);

    public Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken ct) =>
        ActAsync(id, () => scoring.SaveMineAsync(id, new SheetInput(Clean(Posted), Version, KnockOutCodes), submit: true, User, ct), "Đã nộp phiếu chấm.", ct);

    public Task<IActionResult> OnPostRecuseAsync(int id, CancellationToken ct) =>
        ActAsync(id, () => scoring.RecuseAsync(id, new RecuseInput(Reason), User, ct), "Đã ghi nhận việc từ chối tham gia chấm.", ct);

    public Task<IActionResult> OnPostReopenAsync(int id, CancellationToken ct) =>
        ActAsync(id, () => scoring.ReopenAsync(id, new ReopenInput(Reopen, null), User, ct), "Đã mở lại phiếu để chấm lại.", ct);

    public Task<IActionResult> OnPostOpenAsync(int id, CancellationToken ct) =>
        ActAsync(id, () => scoring.OpenAsync(id, new CloseInput(Version, null), User, ct), "Đã mở chấm điểm.", ct);

    public Task<IActionResult> OnPostCloseAsync(int id, CancellationToken ct) =>
        ActAsync(id, () => scoring.CloseAsync(id, new CloseInput(Version, null), User, ct), "Đã kết luận kết quả chấm điểm.", ct);

    public Task<IActionResult> OnPostMeetingAsync(int id, CancellationToken ct) =>
        ActAsync(id, () => scoring.SwitchToMeetingAsync(id, new MeetingInput(MeetingReason, SessionVersion), User, ct), "Đã chuyển sang họp trực tiếp.", ct);

    public Task<IActionResult> OnPostRejectAsync(int id, CancellationToken ct) =>
        ActAsync(id, () => scoring.RejectAsync(id, new RejectInput(Ground, CriterionCode, Note, Version), User, ct), "Đã loại hồ sơ.", ct);

    private async Task<IActionResult> ActAsync(int id, Func<Task<(ScoringViewDto?, WorkflowResult)>> act, string done, CancellationToken ct)
    {
        var (view, result) = await act();
        if (view is not null)
        {
            TempData["Message"] = done;
            return Redirect($"/Councils/Score/{id}");
        }
        if (result.Status == 404) return NotFound();
        if (await LoadAsync(id, ct) is { } refusal) return refusal;
        ModelState.AddModelError("", result.Message);
        Response.StatusCode = result.Status is 400 or 409 ? result.Status : 200;
        return Page();
    }

    /// <summary>Null when the page can render; otherwise the refusal (404 out of scope, 403 not a member).</summary>
    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var (view, result) = await scoring.ViewAsync(id, User, ct);
        if (view is null) return result.Status == 404 ? NotFound() : result.Status == 403 ? Forbid() : Redirect($"/Dossiers/Details/{id}");
        View = view;
        Dossier = queries.Dto((await queries.LoadAsync(UserScope.From(User), id, ct))!, User);
        if (await catalog.FindAsync(Dossier.RulebookId, ct) is { } entry && entry.Rulebook.FindSheet(Dossier.SetNo) is { } sheet)
            Sheet = RulebookDtos.ToDto(entry.Rulebook, RulebookDtos.Sets(entry.Rulebook).First(s => s.No == Dossier.SetNo), sheet);
        return null;
    }

    private static Dictionary<string, string> Clean(Dictionary<string, string> posted) =>
        posted.Where(kv => !string.IsNullOrWhiteSpace(kv.Value)).ToDictionary(kv => kv.Key.Trim(), kv => kv.Value.Trim().ToLowerInvariant());
}
