using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Dossiers;
using OcopHub.Core.Scoring;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Features.Dossiers;
using OcopHub.Web.Features.Rulebooks;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Councils;

public sealed record ScoreSheetDto(int Id, string MemberUserId, string MemberName, bool IsMine, IReadOnlyDictionary<string, string>? Answers,
    decimal? Total, DateTime? SubmittedAt, DateTime? RecusedAt, string? RecusalReason, long Version);
public sealed record PanelResultDto(decimal Average, int Band, int? Stars, decimal Spread, bool SpreadExceeded, string Outcome, string ExplanationVi,
    IReadOnlyList<MemberTotalDto> Members);
public sealed record MemberTotalDto(string MemberUserId, string MemberName, decimal Total, IReadOnlyList<PartScore> Parts);
public sealed record ScoringViewDto(int DossierId, int CouncilId, string CouncilName, bool IsChair, int Members, int Counted, int Submitted, int Quorum,
    bool Complete, IReadOnlyList<ScoreSheetDto> Sheets, PanelResultDto? Result, EvaluationDto? Evaluation);
public sealed record EvaluationDto(int Id, decimal Average, int Band, int? Stars, decimal Spread, string Outcome, string ExplanationVi, string ClosedBy, DateTime ClosedAt);
public sealed record SheetInput(Dictionary<string, string>? Answers, long? Version);
public sealed record RecuseInput(string? Reason);
public sealed record ReopenInput(List<string> MemberUserIds, string? Note);
public sealed record CloseInput(long? Version, string? Note);

/// <summary>
/// The council's scoring of one dossier (Art. 7.3.d). Members score independently: a member sees the others' sheets
/// only once their own is submitted (or they recused), in every query here. The council's chair takes the chair's
/// actions of <see cref="DossierStateMachine"/> (the web has no separate chair login: the council names its chair).
/// </summary>
public sealed class CouncilScoring(OcopDbContext db, CouncilService councils, RulebookCatalog catalog, ICurrentActor actor, TimeProvider clock)
{
    // Vietnamese names stay readable in the stored JSON (it is the minutes' record), not \u-escaped.
    private static readonly JsonSerializerOptions StoredJson = new(JsonSerializerOptions.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    private sealed record Context(Dossier Dossier, Council Council, string UserId, bool IsChair);

    private async Task<(Context?, WorkflowResult)> ContextAsync(int dossierId, ClaimsPrincipal user, CancellationToken ct)
    {
        var d = await db.Dossiers.InScope(UserScope.From(user)).FirstOrDefaultAsync(x => x.Id == dossierId, ct);
        if (d is null) return (null, WorkflowResult.NotFound(dossierId));
        var councilId = await db.ScoreSheets.Where(s => s.DossierId == d.Id).Select(s => (int?)s.CouncilId).FirstOrDefaultAsync(ct);
        var council = councilId is { } cid ? await db.Councils.Include(c => c.Members).FirstAsync(c => c.Id == cid, ct)
            : await councils.ActiveAsync(d.ProvinceCode, VietnamTime.Today(clock), ct);
        if (council is null) return (null, WorkflowResult.Conflict("Tỉnh chưa có Hội đồng đánh giá, phân hạng trong nhiệm kỳ hiện tại."));
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        if (!user.IsInRole(Roles.CouncilMember) || council.Members.All(m => m.UserId != userId))
            return (null, WorkflowResult.Forbidden($"Bạn không phải thành viên {council.Name}."));
        return (new Context(d, council, userId, council.ChairUserId == userId), WorkflowResult.Done);
    }

    public async Task<(ScoringViewDto?, WorkflowResult)> ViewAsync(int dossierId, ClaimsPrincipal user, CancellationToken ct)
    {
        var (c, refusal) = await ContextAsync(dossierId, user, ct);
        if (c is null) return (null, refusal);
        return (await BuildViewAsync(c, ct), WorkflowResult.Done);
    }

    public sealed record MinutesData(Dossier Dossier, Council Council, IReadOnlyList<ScoreSheetEntry> Sheets, Evaluation Evaluation, IReadOnlyList<MemberTotalDto> Totals);

    /// <summary>What the minutes print: only once the chair has closed the product, for the council's members.</summary>
    public async Task<(MinutesData?, WorkflowResult)> MinutesAsync(int dossierId, ClaimsPrincipal user, CancellationToken ct)
    {
        var (c, refusal) = await ContextAsync(dossierId, user, ct);
        if (c is null) return (null, refusal);
        var evaluation = await db.Evaluations.AsNoTracking().Where(e => e.DossierId == dossierId).OrderByDescending(e => e.Id).FirstOrDefaultAsync(ct);
        if (evaluation is null) return (null, WorkflowResult.Conflict("Hội đồng chưa kết luận kết quả chấm điểm hồ sơ này."));
        var sheets = await db.ScoreSheets.AsNoTracking().Where(s => s.DossierId == dossierId).OrderBy(s => s.Id).ToListAsync(ct);
        var totals = JsonSerializer.Deserialize<List<MemberTotalDto>>(evaluation.MembersJson, StoredJson) ?? [];
        return (new MinutesData(c.Dossier, c.Council, sheets, evaluation, totals), WorkflowResult.Done);
    }

    private async Task<ScoringViewDto> BuildViewAsync(Context c, CancellationToken ct)
    {
        var sheets = await db.ScoreSheets.AsNoTracking().Where(s => s.DossierId == c.Dossier.Id).OrderBy(s => s.Id).ToListAsync(ct);
        var mine = sheets.FirstOrDefault(s => s.MemberUserId == c.UserId);
        // Independence: the others' answers and totals stay hidden until this member has submitted or recused.
        var maySee = mine is { SubmittedAt: not null } or { RecusedAt: not null };
        var visible = sheets.Where(s => s.MemberUserId == c.UserId || maySee).Select(s => Dto(s, c.UserId)).ToList();
        var counted = c.Council.Members.Count - sheets.Count(s => s.RecusedAt is not null);
        var submitted = sheets.Count(s => s.SubmittedAt is not null && s.RecusedAt is null);
        var complete = Complete(c.Council, sheets);
        var evaluation = await db.Evaluations.AsNoTracking().Where(e => e.DossierId == c.Dossier.Id).OrderByDescending(e => e.Id).FirstOrDefaultAsync(ct);
        var result = complete && maySee ? Result(Evaluate(c, sheets), sheets) : null;
        return new ScoringViewDto(c.Dossier.Id, c.Council.Id, c.Council.Name, c.IsChair, c.Council.Members.Count, counted, submitted,
            c.Council.QuorumOf(c.Council.Members.Count), complete, visible, result,
            evaluation is null ? null : new EvaluationDto(evaluation.Id, evaluation.Average, evaluation.Band, evaluation.Stars,
                evaluation.Spread, evaluation.Outcome, evaluation.ExplanationVi, evaluation.ClosedBy, evaluation.ClosedAt));
    }

    /// <summary>All members who did not recuse have submitted, enough of them take part, and the chair is among them.</summary>
    private static bool Complete(Council council, IReadOnlyList<ScoreSheetEntry> sheets)
    {
        var recused = sheets.Where(s => s.RecusedAt is not null).Select(s => s.MemberUserId).ToHashSet();
        var counted = council.Members.Where(m => !recused.Contains(m.UserId)).ToList();
        if (counted.Count < council.QuorumOf(council.Members.Count) || recused.Contains(council.ChairUserId)) return false;
        return counted.All(m => sheets.Any(s => s.MemberUserId == m.UserId && s.SubmittedAt is not null));
    }

    private EvaluationResult Evaluate(Context c, IReadOnlyList<ScoreSheetEntry> sheets)
    {
        var rulebook = catalog.Find(c.Dossier.RulebookId) ?? throw new InvalidOperationException($"Rulebook {c.Dossier.RulebookId} is not loaded.");
        var counted = sheets.Where(s => s.RecusedAt is null && s.SubmittedAt is not null).OrderBy(s => s.Id)
            .Select(s => new ScoreSheetAnswers(s.MemberUserId, Answers(s))).ToList();
        return StarEngine.Evaluate(rulebook, c.Dossier.SetNo, counted, null, new EvaluationOptions { MaxSpread = c.Council.SpreadLimit });
    }

    private static PanelResultDto Result(EvaluationResult r, IReadOnlyList<ScoreSheetEntry> sheets) =>
        new(r.AverageRounded, r.Band, r.AwardedStars, r.Spread, r.SpreadExceeded, ProvincialOutcomes.For(r.Average).ToString(), r.Explanation.Vi,
            r.Members.Select(m => new MemberTotalDto(m.MemberId ?? "", sheets.First(s => s.MemberUserId == m.MemberId).MemberName, m.Total, m.Parts)).ToList());

    private static Dictionary<string, string> Answers(ScoreSheetEntry s) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(s.AnswersJson) ?? [];

    private static ScoreSheetDto Dto(ScoreSheetEntry s, string userId) =>
        new(s.Id, s.MemberUserId, s.MemberName, s.MemberUserId == userId, Answers(s), s.Total, s.SubmittedAt, s.RecusedAt, s.RecusalReason, s.Version);

    /// <summary>Saves the member's own draft answers; <c>version</c> 0 (or none) for a first save, else the last read (409 if stale).</summary>
    public async Task<(ScoringViewDto?, WorkflowResult)> SaveMineAsync(int dossierId, SheetInput input, bool submit, ClaimsPrincipal user, CancellationToken ct)
    {
        var (c, refusal) = await ContextAsync(dossierId, user, ct);
        if (c is null) return (null, refusal);
        if (c.Dossier.State != DossierState.Scoring)
            return (null, WorkflowResult.Conflict($"Chỉ chấm điểm khi hồ sơ ở trạng thái \"{DossierState.Scoring.Vi()}\"; hiện là \"{c.Dossier.State.Vi()}\"."));
        var sheet = await db.ScoreSheets.FirstOrDefaultAsync(s => s.DossierId == dossierId && s.MemberUserId == c.UserId, ct);
        if (sheet?.RecusedAt is not null) return (null, WorkflowResult.Conflict("Bạn đã từ chối tham gia chấm hồ sơ này."));
        if (sheet?.SubmittedAt is not null) return (null, WorkflowResult.Conflict("Phiếu đã nộp; chỉ Chủ tịch Hội đồng mở lại để chấm lại."));
        var version = input.Version ?? 0;
        if ((sheet?.Version ?? 0) != version) return (null, WorkflowResult.Stale());
        var now = clock.GetUtcNow().UtcDateTime;
        if (sheet is null)
        {
            // Version 1 from the first save, so a second "first save" (version 0) is detected as stale.
            sheet = new ScoreSheetEntry { DossierId = dossierId, CouncilId = c.Council.Id, MemberUserId = c.UserId, MemberName = MemberName(c), Version = 1 };
            db.ScoreSheets.Add(sheet);
        }
        else db.Entry(sheet).Property(s => s.Version).OriginalValue = version;
        var answers = input.Answers ?? (submit ? Answers(sheet) : []);
        var rulebook = catalog.Find(c.Dossier.RulebookId)!;
        var problems = StarEngine.Validate(rulebook, c.Dossier.SetNo, [new ScoreSheetAnswers(c.UserId, answers)])
            .Where(p => submit || p.Error != ScoringError.MissingAnswer).ToList();
        if (problems.Count > 0)
            return (null, WorkflowResult.Invalid("answers", submit ? "Phiếu chưa chấm đủ hoặc có câu trả lời không hợp lệ; không thể nộp." : "Có câu trả lời không hợp lệ."));
        sheet.AnswersJson = JsonSerializer.Serialize(answers);
        sheet.UpdatedAt = now;
        if (submit)
        {
            sheet.SubmittedAt = now;
            sheet.Total = StarEngine.Evaluate(rulebook, c.Dossier.SetNo, [new ScoreSheetAnswers(c.UserId, answers)]).Members[0].Total;
        }
        return await SaveAndViewAsync(c, ct);
    }

    /// <summary>A member linked to the producer stands aside, with the reason recorded; they no longer count.</summary>
    public async Task<(ScoringViewDto?, WorkflowResult)> RecuseAsync(int dossierId, RecuseInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var (c, refusal) = await ContextAsync(dossierId, user, ct);
        if (c is null) return (null, refusal);
        if (c.Dossier.State is not (DossierState.Scoring or DossierState.AdvisoryReview or DossierState.AssignedToRound))
            return (null, WorkflowResult.Conflict("Hồ sơ không còn ở bước chấm điểm."));
        if (DossierDrafts.Clean(input.Reason, 1000) is not { } reason) return (null, WorkflowResult.Invalid("reason", "Vui lòng ghi rõ lý do từ chối tham gia."));
        var sheet = await db.ScoreSheets.FirstOrDefaultAsync(s => s.DossierId == dossierId && s.MemberUserId == c.UserId, ct);
        if (sheet is null)
        {
            sheet = new ScoreSheetEntry { DossierId = dossierId, CouncilId = c.Council.Id, MemberUserId = c.UserId, MemberName = MemberName(c), Version = 1 };
            db.ScoreSheets.Add(sheet);
        }
        if (sheet.RecusedAt is not null) return (null, WorkflowResult.Conflict("Bạn đã từ chối tham gia chấm hồ sơ này."));
        var now = clock.GetUtcNow().UtcDateTime;
        sheet.RecusedAt = now; sheet.RecusalReason = reason; sheet.SubmittedAt = null; sheet.Total = null; sheet.AnswersJson = "{}"; sheet.UpdatedAt = now;
        return await SaveAndViewAsync(c, ct);
    }

    /// <summary>After discussion (spread beyond the limit), the chair reopens chosen members' sheets for re-scoring.</summary>
    public async Task<(ScoringViewDto?, WorkflowResult)> ReopenAsync(int dossierId, ReopenInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var (c, refusal) = await ContextAsync(dossierId, user, ct);
        if (c is null) return (null, refusal);
        if (!c.IsChair) return (null, WorkflowResult.Forbidden("Chỉ Chủ tịch Hội đồng mở lại phiếu chấm."));
        if (c.Dossier.State != DossierState.Scoring) return (null, WorkflowResult.Conflict("Hồ sơ không còn ở bước chấm điểm."));
        var sheets = await db.ScoreSheets.Where(s => s.DossierId == dossierId && input.MemberUserIds.Contains(s.MemberUserId) && s.SubmittedAt != null).ToListAsync(ct);
        if (sheets.Count == 0) return (null, WorkflowResult.Invalid("memberUserIds", "Chọn ít nhất một phiếu đã nộp để mở lại."));
        foreach (var s in sheets) { s.SubmittedAt = null; s.Total = null; s.UpdatedAt = clock.GetUtcNow().UtcDateTime; }
        return await SaveAndViewAsync(c, ct);
    }

    /// <summary>The chair opens scoring (AdvisoryReview/AssignedToRound → Scoring) as the council's chair.</summary>
    public async Task<(ScoringViewDto?, WorkflowResult)> OpenAsync(int dossierId, CloseInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var (c, refusal) = await ContextAsync(dossierId, user, ct);
        if (c is null) return (null, refusal);
        var moved = Move(c, DossierAction.OpenScoring, input, null);
        return moved.Ok ? await SaveAndViewAsync(c, ct) : (null, moved);
    }

    /// <summary>
    /// The chair closes the product: the engine's result is stored as the <see cref="Evaluation"/> and the dossier
    /// concludes scoring (→ ProvincialDecision, where the office records the outcome the evaluation names).
    /// </summary>
    public async Task<(ScoringViewDto?, WorkflowResult)> CloseAsync(int dossierId, CloseInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var (c, refusal) = await ContextAsync(dossierId, user, ct);
        if (c is null) return (null, refusal);
        if (!c.IsChair) return (null, WorkflowResult.Forbidden("Chỉ Chủ tịch Hội đồng kết luận kết quả chấm điểm."));
        var sheets = await db.ScoreSheets.AsNoTracking().Where(s => s.DossierId == dossierId).ToListAsync(ct);
        if (!Complete(c.Council, sheets))
            return (null, WorkflowResult.Conflict("Chưa đủ phiếu: mọi thành viên không từ chối phải nộp phiếu, đủ túc số và có Chủ tịch Hội đồng."));
        var r = Evaluate(c, sheets);
        if (r.SpreadExceeded)
            return (null, WorkflowResult.Conflict($"Chênh lệch điểm giữa các thành viên {r.Spread:0.##} vượt {c.Council.SpreadLimit:0.##} điểm: Hội đồng thảo luận và mở lại phiếu để chấm lại."));
        var outcome = ProvincialOutcomes.For(r.Average);
        var moved = Move(c, DossierAction.ConcludeScoring, input, $"Điểm trung bình {r.AverageRounded:0.##}: {r.Explanation.Vi}");
        if (!moved.Ok) return (null, moved);
        db.Evaluations.Add(new Evaluation
        {
            DossierId = dossierId, CouncilId = c.Council.Id, RulebookId = c.Dossier.RulebookId, SetNo = c.Dossier.SetNo,
            Average = r.Average, Band = r.Band, Stars = r.AwardedStars, Spread = r.Spread, Outcome = outcome.ToString(),
            ExplanationVi = r.Explanation.Vi, MembersJson = JsonSerializer.Serialize(Result(r, sheets).Members, StoredJson),
            ClosedBy = actor.UserName, ClosedAt = clock.GetUtcNow().UtcDateTime,
        });
        return await SaveAndViewAsync(c, ct);
    }

    private WorkflowResult Move(Context c, DossierAction action, CloseInput input, string? note)
    {
        // The council's chair acts as CouncilChair; other members as CouncilMember.
        var role = c.IsChair ? ActorRole.CouncilChair : ActorRole.CouncilMember;
        var decision = DossierStateMachine.Decide(c.Dossier.State, action, role);
        if (!decision.Allowed)
            return DossierStateMachine.Transitions.Any(t => t.From == c.Dossier.State && t.Action == action) ? WorkflowResult.Forbidden(decision.Reason!) : WorkflowResult.Conflict(decision.Reason!);
        if (input.Version is not { } version) return WorkflowResult.Invalid("version", "Thiếu version của hồ sơ để phát hiện thao tác đồng thời.");
        if (version != c.Dossier.Version) return WorkflowResult.Stale();
        db.Entry(c.Dossier).Property(x => x.Version).OriginalValue = version;
        var now = clock.GetUtcNow().UtcDateTime;
        var from = c.Dossier.State;
        c.Dossier.State = decision.Next!.Value;
        c.Dossier.UpdatedAt = now;
        db.DossierEvents.Add(new DossierEvent
        {
            DossierId = c.Dossier.Id, At = now, UserId = actor.UserId, UserName = actor.UserName, Role = role.ToString(),
            Action = action, From = from, To = c.Dossier.State, Note = DossierDrafts.Clean(input.Note, 2000) ?? note,
        });
        return WorkflowResult.Done;
    }

    private static string MemberName(Context c) => c.Council.Members.First(m => m.UserId == c.UserId).FullName;

    private async Task<(ScoringViewDto?, WorkflowResult)> SaveAndViewAsync(Context c, CancellationToken ct)
    {
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return (null, WorkflowResult.Stale()); }
        catch (DbUpdateException) { return (null, WorkflowResult.Stale()); } // two first saves of the same sheet
        return (await BuildViewAsync(c, ct), WorkflowResult.Done);
    }
}
