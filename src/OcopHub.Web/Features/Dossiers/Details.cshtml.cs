using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OcopHub.Core.Dossiers;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Features.Rounds;
using OcopHub.Web.Features.Rulebooks;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Dossiers;

/// <summary>One dossier: Mẫu 01/02/03, deadline, timeline, and the moves the current user may make, each with a note.</summary>
public sealed class DetailsModel(DossierQueries queries, DossierWorkflow workflow, DossierDrafts drafts, RoundService rounds, RulebookCatalog catalog,
    DossierRecognition recognition) : PageModel
{
    public Dossier Dossier { get; private set; } = null!;
    public IReadOnlyList<DossierAction> Actions { get; private set; } = [];
    public List<RoundDto> Rounds { get; private set; } = [];
    public int? DaysLeft { get; private set; }
    public bool Overdue { get; private set; }
    public ActorRole? Role { get; private set; }
    public RulebookDtos.SheetDto? Sheet { get; private set; }
    public Dictionary<string, string[]> Missing { get; private set; } = [];
    /// <summary>The recognition behind an upgrade/re-evaluation, the re-evaluation window and the council's evaluations.</summary>
    public DossierContext Context { get; private set; } = DossierContext.Empty;
    /// <summary>Why filing now would be refused (type rules, re-evaluation window), shown before the producer tries.</summary>
    public string? FilingRefusal { get; private set; }
    public bool CanEdit => DossierDrafts.CanEdit(User, Dossier);
    public bool CanWriteCommuneReport => Dossier.State == DossierState.CommuneReview && Role == ActorRole.CommuneOfficer;
    public bool CanWriteAdvisory => Dossier.State == DossierState.AdvisoryReview && Role is ActorRole.ProvincialOffice or ActorRole.CouncilMember;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostMoveAsync(int id, string? action, string? note, long version, int? roundId, CancellationToken ct) =>
        Done(id, await workflow.TransitionAsync(id, new TransitionInput(action, note, version, roundId), User, ct), "Đã chuyển hồ sơ.");

    public async Task<IActionResult> OnPostCommuneReportAsync(int id, CommuneReportInput report, CancellationToken ct) =>
        Done(id, await workflow.SaveCommuneReportAsync(id, report, User, ct), "Đã lưu báo cáo Mẫu 03.");

    public async Task<IActionResult> OnPostAdvisoryAsync(int id, AdvisoryInput advisory, CancellationToken ct) =>
        Done(id, await workflow.SaveAdvisoryAsync(id, advisory, User, ct), "Đã lưu kết quả của Tổ tư vấn.");

    /// <summary>Phiếu đăng ký (Mẫu 01) with the receipt number once the commune has received it.</summary>
    public async Task<IActionResult> OnGetPdfAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        return File(DossierPdf.Registration(Dossier, queries.Today), "application/pdf", $"phieu-dang-ky-{Dossier.Id}.pdf");
    }

    private IActionResult Done(int id, WorkflowResult result, string message)
    {
        if (result.Status == 404) return NotFound();
        TempData[result.Ok ? "Message" : "Error"] = result.Ok ? message : result.Message;
        return Redirect($"/Dossiers/Details/{id}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await queries.LoadAsync(UserScope.From(User), id, ct) is not { } d) return false;
        Dossier = d;
        Role = DossierAccess.ActorOf(User);
        Actions = DossierQueries.Actions(User, d);
        DaysLeft = queries.DaysLeft(d);
        Overdue = DossierAccess.IsOverdue(d, queries.Today);
        if (Actions.Contains(DossierAction.AssignToRound))
            Rounds = (await rounds.ListAsync(UserScope.From(User), null, ct))
                .Where(r => r.ProvinceCode == d.ProvinceCode && (d.ForwardedOn ?? queries.Today) < r.ProposedBefore && queries.Today < r.DecideBefore).ToList();
        if (catalog.Find(d.RulebookId) is { } rulebook && rulebook.FindSheet(d.SetNo) is { } sheet)
            Sheet = RulebookDtos.ToDto(rulebook, RulebookDtos.Sets(rulebook).First(s => s.No == d.SetNo), sheet);
        Context = await queries.ContextAsync(d, ct);
        if (Actions.Contains(DossierAction.Submit))
        {
            Missing = drafts.Missing(d);
            var current = await recognition.CurrentAsync(d.ProductId, queries.Today, ct);
            FilingRefusal = Core.Dossiers.DossierEligibility.RefusalToFile(d.Type, current?.Recognition, queries.Today, d.RulebookFrozenAt is not null, recognition.Calendar);
        }
        return true;
    }
}
