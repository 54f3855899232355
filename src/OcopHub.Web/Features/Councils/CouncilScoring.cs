using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Calendar;
using OcopHub.Core.Councils;
using OcopHub.Core.Criteria;
using OcopHub.Core.Dossiers;
using OcopHub.Core.Scoring;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Features.Dossiers;
using OcopHub.Web.Features.Notifications;
using OcopHub.Web.Features.Rulebooks;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Councils;

/// <summary>
/// A council's scoring of one dossier: the provincial council in Scoring (Art. 7.3.d) or the central council in
/// CentralReview (Art. 7.4.d), on the same digital sheet. Members score independently: a member sees the others'
/// sheets only once their own is submitted (or they recused), in every query here. The council's chair takes the
/// chair's actions (the web has no separate chair login: the council names its chair). Knock-out findings of submitted
/// sheets are shown to the chair at once, because they decide whether the dossier is rejected (Phụ lục II).
/// Member actions are in CouncilScoring.Sheets.cs, the chair's in CouncilScoring.Chair.cs.
/// </summary>
public sealed partial class CouncilScoring(OcopDbContext db, CouncilService councils, RulebookCatalog catalog, Notifier notifier,
    WorkingDayCalendar calendar, ICurrentActor actor, TimeProvider clock)
{
    // Vietnamese names stay readable in the stored JSON (it is the minutes' record), not \u-escaped.
    private static readonly JsonSerializerOptions StoredJson = new(JsonSerializerOptions.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    private sealed record Context(Dossier Dossier, Council Council, string UserId, bool IsChair, CouncilLevel Level, ScoringSession? Session)
    {
        public ActorRole Role => Level.ActorFor(IsChair);
        public string LevelCode => Level.Code();
    }

    private async Task<(Context?, WorkflowResult)> ContextAsync(int dossierId, ClaimsPrincipal user, CancellationToken ct)
    {
        var d = await db.Dossiers.InScope(UserScope.From(user)).FirstOrDefaultAsync(x => x.Id == dossierId, ct);
        if (d is null) return (null, WorkflowResult.NotFound(dossierId));
        // The central council works in CentralReview; Ministry users (the central council's members) also read the
        // central scoring afterwards. Everyone else works with the provincial council.
        var ministry = user.IsInRole(Roles.Ministry);
        var level = d.State == DossierState.CentralReview || ministry ? CouncilLevel.Central : CouncilLevel.Province;
        var code = level.Code();
        var session = await db.ScoringSessions.Where(s => s.DossierId == d.Id && s.Level == code).OrderByDescending(s => s.Id).FirstOrDefaultAsync(ct);
        if (level == CouncilLevel.Central && d.State != DossierState.CentralReview && session is null)
            return (null, WorkflowResult.Conflict("Hồ sơ chưa đến Hội đồng cấp trung ương (chỉ chấm khi Bộ đang đánh giá sản phẩm tiềm năng 5 sao)."));
        var councilId = session?.CouncilId ?? await db.ScoreSheets.Where(s => s.DossierId == d.Id)
            .Join(db.Councils.Where(c => c.Level == code), s => s.CouncilId, c => c.Id, (s, c) => (int?)c.Id).FirstOrDefaultAsync(ct);
        var today = VietnamTime.Today(clock);
        var council = councilId is { } cid ? await db.Councils.Include(c => c.Members).FirstAsync(c => c.Id == cid, ct)
            : level == CouncilLevel.Central ? await councils.ActiveCentralAsync(today, ct) : await councils.ActiveAsync(d.ProvinceCode, today, ct);
        if (council is null)
            return (null, WorkflowResult.Conflict(level == CouncilLevel.Central
                ? "Chưa có Hội đồng cấp trung ương trong nhiệm kỳ hiện tại."
                : "Tỉnh chưa có Hội đồng đánh giá, phân hạng trong nhiệm kỳ hiện tại."));
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var role = level == CouncilLevel.Central ? Roles.Ministry : Roles.CouncilMember;
        if (!user.IsInRole(role) || council.Members.All(m => m.UserId != userId))
            return (null, WorkflowResult.Forbidden($"Bạn không phải thành viên {council.Name}."));
        return (new Context(d, council, userId, council.ChairUserId == userId, level, session), WorkflowResult.Done);
    }

    public async Task<(ScoringViewDto?, WorkflowResult)> ViewAsync(int dossierId, ClaimsPrincipal user, CancellationToken ct)
    {
        var (c, refusal) = await ContextAsync(dossierId, user, ct);
        if (c is null) return (null, refusal);
        return (await BuildViewAsync(c, ct), WorkflowResult.Done);
    }

    public sealed record MinutesData(Dossier Dossier, Council Council, IReadOnlyList<ScoreSheetEntry> Sheets, Evaluation Evaluation,
        IReadOnlyList<MemberTotalDto> Totals, ScoringFormDto Form, CouncilLevel Level);

    /// <summary>What the minutes print: only once the chair has closed the product, for the council's members.</summary>
    public async Task<(MinutesData?, WorkflowResult)> MinutesAsync(int dossierId, ClaimsPrincipal user, CancellationToken ct)
    {
        var (c, refusal) = await ContextAsync(dossierId, user, ct);
        if (c is null) return (null, refusal);
        var evaluation = await db.Evaluations.AsNoTracking().Where(e => e.DossierId == dossierId && e.Level == c.LevelCode).OrderByDescending(e => e.Id).FirstOrDefaultAsync(ct);
        if (evaluation is null) return (null, WorkflowResult.Conflict("Hội đồng chưa kết luận kết quả chấm điểm hồ sơ này."));
        var sheets = await SheetsAsync(c, ct);
        var totals = JsonSerializer.Deserialize<List<MemberTotalDto>>(evaluation.MembersJson, StoredJson) ?? [];
        return (new MinutesData(c.Dossier, c.Council, sheets, evaluation, totals, await FormAsync(c, ct), c.Level), WorkflowResult.Done);
    }

    /// <summary>This council's sheets for the dossier, of its current members.</summary>
    private async Task<List<ScoreSheetEntry>> SheetsAsync(Context c, CancellationToken ct)
    {
        var members = c.Council.Members.Select(m => m.UserId).ToList();
        return await db.ScoreSheets.AsNoTracking().Where(s => s.DossierId == c.Dossier.Id && s.CouncilId == c.Council.Id && members.Contains(s.MemberUserId))
            .OrderBy(s => s.Id).ToListAsync(ct);
    }

    private async Task<ScoringViewDto> BuildViewAsync(Context c, CancellationToken ct)
    {
        var sheets = await SheetsAsync(c, ct);
        var mine = sheets.FirstOrDefault(s => s.MemberUserId == c.UserId);
        // Independence: the others' answers and totals stay hidden until this member has submitted or recused.
        var maySee = mine is { SubmittedAt: not null } or { RecusedAt: not null };
        var sheet = SheetOf(c.Dossier);
        var visible = sheets.Where(s => s.MemberUserId == c.UserId || maySee).Select(s => Dto(s, c.UserId, sheet)).ToList();
        var counted = c.Council.Members.Count - sheets.Count(s => s.RecusedAt is not null);
        var submitted = sheets.Count(s => s.SubmittedAt is not null && s.RecusedAt is null);
        var complete = Complete(c.Council, sheets);
        var evaluation = await db.Evaluations.AsNoTracking().Where(e => e.DossierId == c.Dossier.Id && e.Level == c.LevelCode).OrderByDescending(e => e.Id).FirstOrDefaultAsync(ct);
        var result = complete && maySee ? Result(Evaluate(c, sheets), sheets, c.Level) : null;
        // The chair sees every submitted sheet's knock-outs (not its scores); a member sees their own.
        var findings = sheets.Where(s => s.MemberUserId == c.UserId || (c.IsChair && s.SubmittedAt is not null))
            .SelectMany(s => Findings(s, sheet)).ToList();
        var mayReject = c.IsChair && DossierStateMachine.Decide(c.Dossier.State, DossierAction.Reject, c.Role).Allowed;
        var rejection = await db.DossierRejections.AsNoTracking().Where(r => r.DossierId == c.Dossier.Id).OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        return new ScoringViewDto(c.Dossier.Id, c.Council.Id, c.Council.Name, c.IsChair, c.Council.Members.Count, counted, submitted,
            c.Council.QuorumOf(c.Council.Members.Count), complete, visible, result,
            evaluation is null ? null : new EvaluationDto(evaluation.Id, evaluation.Average, evaluation.Band, evaluation.Stars,
                evaluation.Spread, evaluation.Outcome, evaluation.ExplanationVi, evaluation.ClosedBy, evaluation.ClosedAt, evaluation.Level, evaluation.Form),
            c.LevelCode, c.Level.Vi(), await FormAsync(c, ct), findings,
            mayReject ? RejectionGrounds.For(sheet).Select(g => new RejectionGroundDto(g.Code, g.TextVi, g.NeedsCriterion)).ToList() : [],
            mayReject && sheet is not null ? RejectionGrounds.KnockOutCriteria(sheet).Select(k => new KnockOutCriterionDto(k.Code, k.Title, k.Condition)).ToList() : [],
            rejection is null ? null : RejectionDto(rejection));
    }

    internal static DossierRejectionDto RejectionDto(DossierRejection r) =>
        new(r.Ground, r.GroundText, r.CriterionCode, r.CriterionCondition, r.Note, r.Level, r.RejectedBy, r.RejectedAt);

    /// <summary>The form (meeting or written consultation) and, for re-evaluation, the 45-day clock.</summary>
    private async Task<ScoringFormDto> FormAsync(Context c, CancellationToken ct)
    {
        var form = c.Session is { } s && Enum.TryParse<ScoringForm>(s.Form, out var f) ? f : ScoringForms.For(c.Dossier.Type);
        ReEvaluationDeadlineDto? deadline = null;
        if (DossierRules.HasFortyFiveDayLimit(c.Dossier.Type))
        {
            var start = c.Session?.CompleteDossierOn ?? await CompleteDossierOnAsync(c.Dossier.Id, c.Level, ct);
            var clockState = start is { } on ? ReEvaluationClock.For(on, VietnamTime.Today(clock), calendar) : null;
            deadline = new ReEvaluationDeadlineDto(start, clockState?.DueOn, clockState?.DaysLeft, clockState?.Overdue ?? false, DossierDeadlines.ReEvaluationCalendarDays);
        }
        return new ScoringFormDto(form.ToString(), form.Vi(),
            c.IsChair && ScoringForms.CanSwitchToMeeting(form) && c.Dossier.State == c.Level.ScoringState(),
            c.Session?.SwitchedToMeetingAt, c.Session?.SwitchedToMeetingBy, c.Session?.MeetingReason, c.Session?.Version ?? 0, deadline);
    }

    /// <summary>The day (Vietnam time) of the last move that brought the complete dossier to this level (Art. 7.6.g).</summary>
    private async Task<DateOnly?> CompleteDossierOnAsync(int dossierId, CouncilLevel level, CancellationToken ct)
    {
        var action = ReEvaluationClock.StartedBy(level == CouncilLevel.Central);
        var at = await db.DossierEvents.Where(e => e.DossierId == dossierId && e.Action == action).OrderByDescending(e => e.Id).Select(e => (DateTime?)e.At).FirstOrDefaultAsync(ct);
        return at is { } utc ? DateOnly.FromDateTime(utc.AddHours(7)) : null;
    }

    /// <summary>All members who did not recuse have submitted, enough of them take part, and the chair is among them.</summary>
    private static bool Complete(Council council, IReadOnlyList<ScoreSheetEntry> sheets)
    {
        var recused = sheets.Where(s => s.RecusedAt is not null).Select(s => s.MemberUserId).ToHashSet();
        var counted = council.Members.Where(m => !recused.Contains(m.UserId)).ToList();
        if (counted.Count < council.QuorumOf(council.Members.Count) || recused.Contains(council.ChairUserId)) return false;
        return counted.All(m => sheets.Any(s => s.MemberUserId == m.UserId && s.SubmittedAt is not null));
    }

    private ScoreSheet? SheetOf(Dossier d) => catalog.Find(d.RulebookId)?.FindSheet(d.SetNo);

    private EvaluationResult Evaluate(Context c, IReadOnlyList<ScoreSheetEntry> sheets)
    {
        var rulebook = catalog.Find(c.Dossier.RulebookId) ?? throw new InvalidOperationException($"Rulebook {c.Dossier.RulebookId} is not loaded.");
        var counted = sheets.Where(s => s.RecusedAt is null && s.SubmittedAt is not null).OrderBy(s => s.Id)
            .Select(s => new ScoreSheetAnswers(s.MemberUserId, Answers(s)) { KnockOuts = KnockOuts(s) }).ToList();
        return StarEngine.Evaluate(rulebook, c.Dossier.SetNo, counted, null, new EvaluationOptions { MaxSpread = c.Council.SpreadLimit });
    }

    /// <summary>The panel's result; Outcome is a ProvincialOutcome name at the provincial level, a CentralOutcome name at the central level.</summary>
    private static PanelResultDto Result(EvaluationResult r, IReadOnlyList<ScoreSheetEntry> sheets, CouncilLevel level) =>
        new(r.AverageRounded, r.Band, r.AwardedStars, r.Spread, r.SpreadExceeded,
            level == CouncilLevel.Central ? CentralOutcomes.For(r.Average).ToString() : ProvincialOutcomes.For(r.Average).ToString(), r.Explanation.Vi,
            r.Members.Select(m => new MemberTotalDto(m.MemberId ?? "", sheets.First(s => s.MemberUserId == m.MemberId).MemberName, m.Total, m.Parts)).ToList(),
            r.Status == EvaluationStatus.KnockedOut);

    private static Dictionary<string, string> Answers(ScoreSheetEntry s) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(s.AnswersJson) ?? [];

    private static List<string> KnockOuts(ScoreSheetEntry s) =>
        JsonSerializer.Deserialize<List<string>>(s.KnockOutsJson) ?? [];

    /// <summary>Every knock-out on a sheet: recorded findings and ticked knock-out options, with the printed condition.</summary>
    private static List<KnockOutFindingDto> Findings(ScoreSheetEntry s, ScoreSheet? sheet)
    {
        if (sheet is null) return [];
        var found = new List<KnockOutFindingDto>();
        var answers = Answers(s);
        var recorded = KnockOuts(s).ToHashSet();
        foreach (var c in sheet.AllCriteria)
        {
            if (recorded.Contains(c.Code) && RejectionGrounds.KnockOutCondition(c) is { } condition)
                found.Add(new KnockOutFindingDto(s.MemberName, c.Code, condition, null));
            if (answers.TryGetValue(c.Code, out var letter) && c.FindOption(letter) is { KnockOut: true } o)
                found.Add(new KnockOutFindingDto(s.MemberName, c.Code, o.KnockOutReason ?? o.Text, o.Letter));
        }
        return found;
    }

    private static ScoreSheetDto Dto(ScoreSheetEntry s, string userId, ScoreSheet? sheet) =>
        new(s.Id, s.MemberUserId, s.MemberName, s.MemberUserId == userId, Answers(s), s.Total, s.SubmittedAt, s.RecusedAt, s.RecusalReason, s.Version,
            KnockOuts(s), Findings(s, sheet));

    private static string MemberName(Context c) => c.Council.Members.First(m => m.UserId == c.UserId).FullName;

    private async Task<(ScoringViewDto?, WorkflowResult)> SaveAndViewAsync(Context c, CancellationToken ct)
    {
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return (null, WorkflowResult.Stale()); }
        catch (DbUpdateException) { return (null, WorkflowResult.Stale()); } // two first saves of the same sheet
        var session = await db.ScoringSessions.AsNoTracking().Where(s => s.DossierId == c.Dossier.Id && s.Level == c.LevelCode).OrderByDescending(s => s.Id).FirstOrDefaultAsync(ct);
        return (await BuildViewAsync(c with { Session = session }, ct), WorkflowResult.Done);
    }
}
