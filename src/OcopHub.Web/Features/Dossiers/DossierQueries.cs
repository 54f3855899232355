using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Calendar;
using OcopHub.Core.Dossiers;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Dossiers;

/// <summary>List filters (query string of the API and the list page).</summary>
public sealed record DossierFilter(DossierState? State = null, DossierType? Type = null, int? RoundId = null, bool? Overdue = null, int? ProductId = null);

public sealed record DossierRow(int Id, string ProductName, string UnitName, DossierType Type, DossierState State, string StateName,
    string? ReceiptNumber, DateOnly? SubmittedOn, DateOnly? CommuneDueOn, bool Overdue, int? RoundId, string CommuneCode, long Version);

/// <summary>One step; <c>OnBehalfOfProducer</c> when an officer did the producer's act ("thay mặt chủ thể").</summary>
public sealed record TimelineEntry(DateTime At, string UserName, string Role, DossierAction Action, string ActionName, DossierState From, DossierState To, string? Note,
    string? RoleName = null, bool OnBehalfOfProducer = false);

/// <summary>A council's closed result for the dossier (provincial, and central when there is one), oldest first.</summary>
public sealed record DossierEvaluationDto(int Id, int CouncilId, string? CouncilName, decimal Average, int Band, int? Stars, string Outcome, string OutcomeName,
    string Explanation, string ClosedBy, DateTime ClosedAt);

/// <summary>What the dossier DTO and page add from other tables: the recognition behind it, the filing window, the council's evaluations.</summary>
public sealed record DossierContext(RecognitionComparisonDto? Comparison, FilingWindowDto? ReEvaluationWindow, IReadOnlyList<DossierEvaluationDto> Evaluations)
{
    public static readonly DossierContext Empty = new(null, null, []);
}

public sealed record EvidenceDto(int Id, string? CriterionCode, string FileName, string ContentType, long SizeBytes, string UploadedBy, DateTime UploadedAt, string Url);

public sealed record DossierDto(int Id, int ProductId, int ProducerId, string ProvinceCode, string CommuneCode, DossierType Type, DossierState State, string StateName,
    string RulebookId, int SetNo, DateTime? RulebookFrozenAt, string UnitName, string? Address, string? LegalRepresentative, string? RepresentativePosition,
    string? Phone, string? Email, string ProductName, string SectorCode, int SampleCount, int RequiredSamples, string? Attachments, string? ChangesSinceRecognition,
    IReadOnlyDictionary<string, string> Answers, decimal? SelfTotal, int? SelfStars,
    string? ReceiptNumber, DateOnly? SubmittedOn, DateOnly? ReceivedOn, DateOnly? CommuneDueOn, int? CommuneDaysLeft, bool Overdue, DateOnly? ForwardedOn,
    CommuneReportInput CommuneReport, int? RoundId, AdvisoryInput Advisory, long Version,
    IReadOnlyList<string> AvailableActions, IReadOnlyList<TimelineEntry> Timeline, IReadOnlyList<EvidenceDto> Evidence,
    string CreatedBy = "", string? CreatedByRole = null, bool CreatedOnBehalfOfProducer = false, int? BasedOnCertificateId = null,
    RecognitionComparisonDto? RecognitionComparison = null, FilingWindowDto? ReEvaluationWindow = null,
    IReadOnlyList<DossierEvaluationDto>? Evaluations = null);

/// <summary>Reads of dossiers, always through the user's scope.</summary>
public sealed class DossierQueries(OcopDbContext db, WorkingDayCalendar calendar, TimeProvider clock, DossierRecognition recognition)
{
    public DateOnly Today => VietnamTime.Today(clock);

    public IQueryable<Dossier> Filtered(UserScope scope, DossierFilter f)
    {
        var q = db.Dossiers.AsNoTracking().InScope(scope);
        if (f.State is { } s) q = q.Where(d => d.State == s);
        if (f.Type is { } t) q = q.Where(d => d.Type == t);
        if (f.RoundId is { } r) q = q.Where(d => d.RoundId == r);
        if (f.ProductId is { } p) q = q.Where(d => d.ProductId == p);
        if (f.Overdue == true)
        {
            var today = Today;
            q = q.Where(d => d.State == DossierState.CommuneReview && d.CommuneDueOn != null && d.CommuneDueOn < today);
        }
        return q;
    }

    public async Task<List<DossierRow>> RowsAsync(IQueryable<Dossier> q, CancellationToken ct)
    {
        var today = Today;
        var list = await q.OrderByDescending(d => d.UpdatedAt).ThenByDescending(d => d.Id).Take(500).ToListAsync(ct);
        return list.Select(d => new DossierRow(d.Id, d.ProductName, d.UnitName, d.Type, d.State, d.State.Vi(), d.ReceiptNumber, d.SubmittedOn,
            d.CommuneDueOn, DossierAccess.IsOverdue(d, today), d.RoundId, d.CommuneCode, d.Version)).ToList();
    }

    /// <summary>The inbox: dossiers in scope waiting on the user's role.</summary>
    public IQueryable<Dossier> Inbox(ClaimsPrincipal user)
    {
        var states = DossierAccess.ActorOf(user) is { } role ? DossierAccess.WaitingOn(role).ToList() : [];
        return db.Dossiers.AsNoTracking().InScope(UserScope.From(user)).Where(d => states.Contains(d.State));
    }

    public Task<Dossier?> LoadAsync(UserScope scope, int id, CancellationToken ct) =>
        db.Dossiers.AsNoTracking().InScope(scope).Include(d => d.Events).Include(d => d.Evidence).Include(d => d.Round)
            .AsSplitQuery().FirstOrDefaultAsync(d => d.Id == id, ct);

    public int? DaysLeft(Dossier d) => d.State == DossierState.CommuneReview && d.ReceivedOn is { } r
        ? DossierDeadlines.CommuneReviewDaysLeft(r, Today, calendar) : null;

    /// <summary>The moves offered here; an evaluation's outcome (recognise, decline, forward) is recorded on the decision pages instead.</summary>
    public static IReadOnlyList<DossierAction> Actions(ClaimsPrincipal user, Dossier d) =>
        DossierAccess.ActorOf(user) is { } role && !DossierStateMachine.IsTerminal(d.State)
            ? DossierStateMachine.AvailableActions(d.State, role).Where(a => a is not (DossierAction.Recognise or DossierAction.DeclineRecognition or DossierAction.ForwardToMinistry)).ToList()
            : [];

    public static string EvidenceUrl(int dossierId, int evidenceId) => $"/api/v1/dossiers/{dossierId}/evidence/{evidenceId}";

    /// <summary>The recognition behind the dossier, its re-evaluation window and the council's evaluations.</summary>
    public async Task<DossierContext> ContextAsync(Dossier d, CancellationToken ct)
    {
        var today = Today;
        var comparison = await recognition.CompareAsync(d, today, ct);
        FilingWindowDto? window = null;
        if (d.Type == DossierType.ReEvaluation && await recognition.BehindAsync(d, today, ct) is var (behind, _))
            window = recognition.Window(behind, today);
        var evaluations = await db.Evaluations.AsNoTracking().Where(e => e.DossierId == d.Id).OrderBy(e => e.ClosedAt).ThenBy(e => e.Id).ToListAsync(ct);
        var councilIds = evaluations.Select(e => e.CouncilId).Distinct().ToList();
        var councils = await db.Councils.AsNoTracking().Where(c => councilIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        return new(comparison, window, evaluations.Select(e => new DossierEvaluationDto(e.Id, e.CouncilId, councils.GetValueOrDefault(e.CouncilId),
            e.Average, e.Band, e.Stars, e.Outcome, OutcomeName(e.Outcome), e.ExplanationVi, e.ClosedBy, e.ClosedAt)).ToList());
    }

    /// <summary>Vietnamese name of a stored ProvincialOutcome; an outcome this code does not know is shown as stored.</summary>
    public static string OutcomeName(string outcome) => Enum.TryParse<ProvincialOutcome>(outcome, out var o) && Enum.IsDefined(o)
        ? o switch
        {
            ProvincialOutcome.NotRecognised => "Không công nhận (dưới 50 điểm)",
            ProvincialOutcome.RecogniseAtProvince => "Đề nghị công nhận 3–4 sao",
            ProvincialOutcome.ForwardToMinistry => "Đạt từ 90 điểm: đề nghị Bộ đánh giá 5 sao",
            _ => outcome,
        }
        : outcome;

    public async Task<DossierDto> DtoAsync(Dossier d, ClaimsPrincipal user, CancellationToken ct) => Dto(d, user, await ContextAsync(d, ct));

    public DossierDto Dto(Dossier d, ClaimsPrincipal user, DossierContext? context = null) => new(d.Id, d.ProductId, d.ProducerId, d.ProvinceCode, d.CommuneCode, d.Type, d.State, d.State.Vi(),
        d.RulebookId, d.SetNo, d.RulebookFrozenAt, d.UnitName, d.Address, d.LegalRepresentative, d.RepresentativePosition, d.Phone, d.Email, d.ProductName,
        d.SectorCode, d.SampleCount, DossierRules.RequiredSamples(DossierDrafts.IsTourism(d.SectorCode)), d.Attachments, d.ChangesSinceRecognition,
        SelfAssessments.EditModel.Read(d.AnswersJson), d.SelfTotal, d.SelfStars,
        d.ReceiptNumber, d.SubmittedOn, d.ReceivedOn, d.CommuneDueOn, DaysLeft(d), DossierAccess.IsOverdue(d, Today), d.ForwardedOn,
        new(d.LocalMaterialsMet, d.LocalMaterialsNote, d.LocalLabourMet, d.LocalLabourNote, d.IdeaOriginMet, d.IdeaOriginNote, d.LocalIdentityMet, d.LocalIdentityNote, d.CommuneProposal, d.Version),
        d.RoundId, new(d.SurveyNotes, d.LabTestsRequested, d.LabTestResults, d.Version), d.Version,
        Actions(user, d).Select(a => a.ToString()).ToList(),
        Timeline(d),
        d.Evidence.OrderBy(e => e.CriterionCode).ThenBy(e => e.Id).Select(e => new EvidenceDto(e.Id, e.CriterionCode, e.FileName, e.ContentType, e.SizeBytes, e.UploadedBy, e.UploadedAt, EvidenceUrl(d.Id, e.Id))).ToList(),
        d.CreatedBy, d.CreatedByRole, CreatedOnBehalfOfProducer(d), d.BasedOnCertificateId,
        (context ?? DossierContext.Empty).Comparison, (context ?? DossierContext.Empty).ReEvaluationWindow, (context ?? DossierContext.Empty).Evaluations);

    /// <summary>Opened by an officer for the producer ("thay mặt chủ thể").</summary>
    public static bool CreatedOnBehalfOfProducer(Dossier d) =>
        Enum.TryParse<ActorRole>(d.CreatedByRole, out var r) && r != ActorRole.Producer;

    public static List<TimelineEntry> Timeline(Dossier d) =>
        d.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e =>
        {
            var role = Enum.TryParse<ActorRole>(e.Role, out var r) && Enum.IsDefined(r) ? r : (ActorRole?)null;
            return new TimelineEntry(e.At, e.UserName, e.Role, e.Action, e.Action.Vi(), e.From, e.To, e.Note,
                role?.Vi(), role is { } acting && DossierStateMachine.ActsOnBehalfOfProducer(e.Action, acting));
        }).ToList();
}
