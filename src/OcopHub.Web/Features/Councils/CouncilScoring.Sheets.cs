using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Councils;
using OcopHub.Core.Dossiers;
using OcopHub.Core.Scoring;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Features.Dossiers;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Councils;

/// <summary>A member's own sheet: save, submit, recuse.</summary>
public sealed partial class CouncilScoring
{
    /// <summary>
    /// Saves the member's own draft answers (and knock-out findings); <c>version</c> 0 (or none) for a first save,
    /// else the last read (409 if stale). Submitting needs every criterion, except after a knock-out (the printed rule
    /// stops the evaluation there).
    /// </summary>
    public async Task<(ScoringViewDto?, WorkflowResult)> SaveMineAsync(int dossierId, SheetInput input, bool submit, ClaimsPrincipal user, CancellationToken ct)
    {
        var (c, refusal) = await ContextAsync(dossierId, user, ct);
        if (c is null) return (null, refusal);
        if (!DossierStateMachine.Decide(c.Dossier.State, DossierAction.SubmitScore, c.Role).Allowed)
            return (null, WorkflowResult.Conflict($"Chỉ chấm điểm khi hồ sơ ở trạng thái \"{c.Level.ScoringState().Vi()}\"; hiện là \"{c.Dossier.State.Vi()}\"."));
        var sheet = await db.ScoreSheets.FirstOrDefaultAsync(s => s.DossierId == dossierId && s.MemberUserId == c.UserId, ct);
        if (sheet is not null && sheet.CouncilId != c.Council.Id) return (null, WorkflowResult.Conflict("Bạn đã có phiếu chấm hồ sơ này ở Hội đồng khác."));
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
        var knockOuts = (input.KnockOuts ?? (submit && input.Answers is null ? KnockOuts(sheet) : []))
            .Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k.Trim()).Distinct().ToList();
        var rulebook = catalog.Find(c.Dossier.RulebookId)!;
        var own = new ScoreSheetAnswers(c.UserId, answers) { KnockOuts = knockOuts };
        var problems = StarEngine.Validate(rulebook, c.Dossier.SetNo, [own])
            .Where(p => submit || p.Error != ScoringError.MissingAnswer).ToList();
        if (problems.Count > 0)
            return (null, WorkflowResult.Invalid("answers", (submit ? "Phiếu chưa chấm đủ hoặc có câu trả lời không hợp lệ; không thể nộp. " : "Có câu trả lời không hợp lệ. ")
                + string.Join(" ", problems.Take(3).Select(p => p.MessageVi))));
        sheet.AnswersJson = JsonSerializer.Serialize(answers);
        sheet.KnockOutsJson = JsonSerializer.Serialize(knockOuts);
        sheet.UpdatedAt = now;
        if (submit)
        {
            sheet.SubmittedAt = now;
            sheet.Total = StarEngine.Evaluate(rulebook, c.Dossier.SetNo, [own]).Members[0].Total;
        }
        await EnsureSessionAsync(c, ct);
        return await SaveAndViewAsync(c, ct);
    }

    /// <summary>A member linked to the producer stands aside, with the reason recorded; they no longer count.</summary>
    public async Task<(ScoringViewDto?, WorkflowResult)> RecuseAsync(int dossierId, RecuseInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var (c, refusal) = await ContextAsync(dossierId, user, ct);
        if (c is null) return (null, refusal);
        var open = c.Level == CouncilLevel.Central
            ? c.Dossier.State == DossierState.CentralReview
            : c.Dossier.State is DossierState.Scoring or DossierState.AdvisoryReview or DossierState.AssignedToRound;
        if (!open) return (null, WorkflowResult.Conflict("Hồ sơ không còn ở bước chấm điểm."));
        if (DossierDrafts.Clean(input.Reason, 1000) is not { } reason) return (null, WorkflowResult.Invalid("reason", "Vui lòng ghi rõ lý do từ chối tham gia."));
        var sheet = await db.ScoreSheets.FirstOrDefaultAsync(s => s.DossierId == dossierId && s.MemberUserId == c.UserId, ct);
        if (sheet is null)
        {
            sheet = new ScoreSheetEntry { DossierId = dossierId, CouncilId = c.Council.Id, MemberUserId = c.UserId, MemberName = MemberName(c), Version = 1 };
            db.ScoreSheets.Add(sheet);
        }
        if (sheet.RecusedAt is not null) return (null, WorkflowResult.Conflict("Bạn đã từ chối tham gia chấm hồ sơ này."));
        var now = clock.GetUtcNow().UtcDateTime;
        sheet.RecusedAt = now; sheet.RecusalReason = reason; sheet.SubmittedAt = null; sheet.Total = null; sheet.AnswersJson = "{}"; sheet.KnockOutsJson = "[]"; sheet.UpdatedAt = now;
        if (c.Dossier.State == c.Level.ScoringState()) await EnsureSessionAsync(c, ct);
        return await SaveAndViewAsync(c, ct);
    }

    /// <summary>
    /// The session that pins the council and the form. The provincial chair opens it with OpenScoring; the central
    /// council has no opening move (the dossier is already in CentralReview), so its first act opens it.
    /// </summary>
    private async Task<ScoringSession> EnsureSessionAsync(Context c, CancellationToken ct)
    {
        if (c.Session is { } existing) return existing; // tracked: loaded by ContextAsync
        var pending = db.ScoringSessions.Local.FirstOrDefault(s => s.DossierId == c.Dossier.Id && s.Level == c.LevelCode && db.Entry(s).State == EntityState.Added);
        if (pending is not null) return pending;
        var form = ScoringForms.For(c.Dossier.Type);
        var start = DossierRules.HasFortyFiveDayLimit(c.Dossier.Type) ? await CompleteDossierOnAsync(c.Dossier.Id, c.Level, ct) : null;
        var session = new ScoringSession
        {
            DossierId = c.Dossier.Id, CouncilId = c.Council.Id, Level = c.LevelCode, Form = form.ToString(),
            CompleteDossierOn = start, DueOn = start is { } s ? DossierDeadlines.ReEvaluationDue(s, calendar) : null,
            OpenedAt = clock.GetUtcNow().UtcDateTime, OpenedBy = actor.UserName,
        };
        db.ScoringSessions.Add(session);
        return session;
    }
}
