using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Calendar;
using OcopHub.Core.Dossiers;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Features.Notifications;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Dossiers;

/// <summary>
/// Moves a dossier through the procedure. Every move is decided by Core's <see cref="DossierStateMachine"/> (role and
/// state) after the scope check, is concurrency-checked on the dossier's version, written to the timeline and the audit
/// trail in the same save, and notifies the party now waiting.
/// </summary>
public sealed class DossierWorkflow(OcopDbContext db, DossierDrafts drafts, Notifier notifier, WorkingDayCalendar calendar,
    ICurrentActor actor, TimeProvider clock, ILogger<DossierWorkflow> log, DossierRecognition recognition)
{
    private const int ReceiptAttempts = 5;

    public async Task<WorkflowResult> TransitionAsync(int id, TransitionInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var d = await db.Dossiers.InScope(UserScope.From(user)).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (d is null) return WorkflowResult.NotFound(id);
        if (!Enum.TryParse<DossierAction>(input.Action, ignoreCase: true, out var action) || !Enum.IsDefined(action))
            return WorkflowResult.Invalid("action", $"Thao tác \"{input.Action}\" không tồn tại.");
        if (DossierAccess.ActorOf(user) is not { } role)
            return WorkflowResult.Forbidden("Vai trò của bạn không tham gia quy trình đánh giá, phân hạng.");
        if (DossierStateMachine.IsScoreSheetAction(action))
            return WorkflowResult.Conflict($"\"{action.Vi()}\" thực hiện trên phiếu chấm điện tử của Hội đồng (/api/v1/dossiers/{id}/score-sheets), không qua thao tác hồ sơ.");
        var decision = DossierStateMachine.Decide(d.State, action, role);
        if (!decision.Allowed)
        {
            // Wrong role for a move that exists here → 403; a move that does not exist in this state → 409.
            var exists = DossierStateMachine.Transitions.Any(t => t.From == d.State && t.Action == action) && !DossierStateMachine.IsTerminal(d.State);
            return exists ? WorkflowResult.Forbidden(decision.Reason!) : WorkflowResult.Conflict(decision.Reason!);
        }
        if (input.Version is not { } version) return WorkflowResult.Invalid("version", "Thiếu version (lấy từ lần đọc gần nhất) để phát hiện thao tác đồng thời.");
        if (version != d.Version) return WorkflowResult.Stale();
        db.Entry(d).Property(x => x.Version).OriginalValue = version;

        var note = DossierDrafts.Clean(input.Note, 2000);
        var today = VietnamTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var guard = await GuardAsync(d, action, note, input.RoundId, today, ct);
        if (!guard.Ok) return guard;

        var from = d.State;
        d.State = decision.Next!.Value;
        d.UpdatedAt = now;
        db.DossierEvents.Add(new DossierEvent
        {
            DossierId = d.Id, At = now, UserId = actor.UserId, UserName = actor.UserName, Role = role.ToString(),
            Action = action, From = from, To = d.State, Note = note,
        });
        var emails = await notifier.AddForAsync(d, action, actor.UserId, ct, DossierStateMachine.ActsOnBehalfOfProducer(action, role));

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.SaveChangesAsync(ct);
                break;
            }
            catch (DbUpdateConcurrencyException)
            {
                return WorkflowResult.Stale();
            }
            catch (DbUpdateException ex) when (action == DossierAction.Receive && d.ReceiptSequence is not null && attempt < ReceiptAttempts)
            {
                // Another officer took the same receipt number: drop this attempt's audit rows and take the next one.
                log.LogInformation(ex, "Receipt number {Number} taken; retrying", d.ReceiptNumber);
                foreach (var e in db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).ToList()) e.State = EntityState.Detached;
                db.Entry(d).Property(x => x.Version).CurrentValue = version;
                await AssignReceiptAsync(d, today, ct);
            }
        }
        await notifier.SendEmailAsync(d, action, emails, ct);
        return WorkflowResult.Done;
    }

    /// <summary>What the law asks before a move, beyond who and when (which the state machine checks).</summary>
    private async Task<WorkflowResult> GuardAsync(Dossier d, DossierAction action, string? note, int? roundId, DateOnly today, CancellationToken ct)
    {
        switch (action)
        {
            case DossierAction.Submit:
                var missing = drafts.Missing(d);
                if (missing.Count > 0) return WorkflowResult.Invalid(missing);
                if (await FilingRefusalAsync(d, today, ct) is { } refused) return refused;
                // The sheet the producer answered is the sheet the council will score: freeze it on first filing.
                d.RulebookFrozenAt ??= clock.GetUtcNow().UtcDateTime;
                d.SubmittedOn = today;
                break;
            case DossierAction.Withdraw:
                await ClearReEvaluationFilingAsync(d, ct);
                break;
            case DossierAction.Receive:
                d.ReceivedOn = today;
                d.CommuneDueOn = DossierDeadlines.CommuneReviewDue(today, calendar);
                // The number is kept when a completed dossier is received again (docs/procedure.md).
                if (d.ReceiptNumber is null) await AssignReceiptAsync(d, today, ct);
                break;
            case DossierAction.ForwardToProvince:
                if (!d.CommuneReportComplete)
                    return WorkflowResult.Invalid("communeReport", "Cần hoàn thành báo cáo Mẫu 03 (bốn nội dung đánh giá tại địa phương) trước khi gửi UBND cấp tỉnh.");
                d.ForwardedOn = today;
                break;
            case DossierAction.AssignToRound:
                var round = roundId is null ? null : await db.Rounds.FirstOrDefaultAsync(r => r.Id == roundId && r.ProvinceCode == d.ProvinceCode, ct);
                if (round is null) return WorkflowResult.Invalid("roundId", "Vui lòng chọn một đợt đánh giá của tỉnh.");
                var proposed = d.ForwardedOn ?? today;
                if (!round.ToCore().Accepts(proposed))
                    return WorkflowResult.Invalid("roundId", $"Hồ sơ đề nghị ngày {proposed:dd/MM/yyyy} không thuộc {round.ToCore().NameVi} (nhận hồ sơ đề nghị trước ngày {round.ProposedBefore:dd/MM/yyyy}).");
                if (today >= round.DecideBefore)
                    return WorkflowResult.Invalid("roundId", $"{round.ToCore().NameVi} đã hết hạn (quyết định trước ngày {round.DecideBefore:dd/MM/yyyy}).");
                d.RoundId = round.Id;
                break;
            case DossierAction.ReturnForCompletion or DossierAction.Reject when note is null:
                return WorkflowResult.Invalid("note", "Vui lòng ghi rõ lý do.");
            // The outcome of an evaluation is recorded where stars, points and certificates come from the evaluation.
            case DossierAction.Recognise or DossierAction.DeclineRecognition or DossierAction.ForwardToMinistry:
                return WorkflowResult.Conflict($"\"{action.Vi()}\" được ghi theo kết quả đánh giá tại trang Quyết định công nhận ({ResultPagePath(d.State)}).");
        }
        return WorkflowResult.Done;
    }

    /// <summary>Where the office (ProvincialDecision) or the Ministry (CentralReview) records an evaluation's outcome.</summary>
    public static string ResultPagePath(DossierState state) => state == DossierState.CentralReview ? "/Certificates/National" : "/Certificates/Decide";

    /// <summary>
    /// A move decided by another feature together with other writes (a recognition decision and its certificates): the
    /// same role, state and version checks and the timeline event as <see cref="TransitionAsync"/>, but nothing is saved
    /// and nobody is notified — the caller saves once for the whole decision and writes its own notices.
    /// <paramref name="d"/> must be tracked and already found in the user's scope.
    /// </summary>
    public WorkflowResult Stage(Dossier d, DossierAction action, ClaimsPrincipal user, long? version, string? note)
    {
        if (DossierAccess.ActorOf(user) is not { } role)
            return WorkflowResult.Forbidden("Vai trò của bạn không tham gia quy trình đánh giá, phân hạng.");
        var decision = DossierStateMachine.Decide(d.State, action, role);
        if (!decision.Allowed)
        {
            var exists = DossierStateMachine.Transitions.Any(t => t.From == d.State && t.Action == action) && !DossierStateMachine.IsTerminal(d.State);
            return exists ? WorkflowResult.Forbidden(decision.Reason!) : WorkflowResult.Conflict(decision.Reason!);
        }
        if (version is not { } v) return WorkflowResult.Invalid("version", "Thiếu version (lấy từ lần đọc gần nhất) để phát hiện thao tác đồng thời.");
        if (v != d.Version) return WorkflowResult.Stale();
        db.Entry(d).Property(x => x.Version).OriginalValue = v;
        var now = clock.GetUtcNow().UtcDateTime;
        var from = d.State;
        d.State = decision.Next!.Value;
        d.UpdatedAt = now;
        db.DossierEvents.Add(new DossierEvent
        {
            DossierId = d.Id, At = now, UserId = actor.UserId, UserName = actor.UserName, Role = role.ToString(),
            Action = action, From = from, To = d.State, Note = DossierDrafts.Clean(note, 2000),
        });
        return WorkflowResult.Done;
    }

    /// <summary>
    /// Art. 6.1, 7.5, 7.6.a: the type must still fit the product's certificate on the filing day, and a re-evaluation is
    /// filed only in its window. Filing an upgrade or re-evaluation names the certificate; filing a re-evaluation sets
    /// the certificate's ReEvaluationFiledOn (stops the reminders, feeds the Art. 12.3 extension), saved with the move.
    /// </summary>
    private async Task<WorkflowResult?> FilingRefusalAsync(Dossier d, DateOnly today, CancellationToken ct)
    {
        var current = await recognition.CurrentAsync(d.ProductId, today, ct, tracking: true);
        var resubmission = d.RulebookFrozenAt is not null;
        if (DossierEligibility.RefusalToFile(d.Type, current?.Recognition, today, resubmission, calendar) is { } refusal)
            return WorkflowResult.Conflict(refusal);
        if (d.Type == DossierType.FirstTime || current?.Certificate is not { } cert) return null;
        d.BasedOnCertificateId = cert.Id;
        if (d.Type == DossierType.ReEvaluation) cert.ReEvaluationFiledOn ??= today;
        return null;
    }

    /// <summary>A withdrawn re-evaluation was never filed as far as the certificate is concerned: reminders and the life cycle resume.</summary>
    private async Task ClearReEvaluationFilingAsync(Dossier d, CancellationToken ct)
    {
        if (d.Type != DossierType.ReEvaluation || d.RulebookFrozenAt is null || d.BasedOnCertificateId is not { } certId) return;
        if (await db.Certificates.FirstOrDefaultAsync(c => c.Id == certId, ct) is { } cert) cert.ReEvaluationFiledOn = null;
    }

    private async Task AssignReceiptAsync(Dossier d, DateOnly today, CancellationToken ct)
    {
        var last = await db.Dossiers.Where(x => x.CommuneCode == d.CommuneCode && x.ReceiptYear == today.Year && x.Id != d.Id)
            .MaxAsync(x => x.ReceiptSequence, ct) ?? 0;
        var number = new ReceiptNumber(last + 1, d.ProvinceCode, d.CommuneCode, today.Year);
        d.ReceiptSequence = number.Sequence;
        d.ReceiptYear = number.Year;
        d.ReceiptNumber = number.ToString();
    }

    /// <summary>Mẫu 03, written by the commune while it reviews the dossier.</summary>
    public async Task<WorkflowResult> SaveCommuneReportAsync(int id, CommuneReportInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var (d, refusal) = await ForEditAsync(id, user, DossierState.CommuneReview, [ActorRole.CommuneOfficer], input.Version, "báo cáo Mẫu 03", ct);
        if (d is null) return refusal!;
        d.LocalMaterialsMet = input.LocalMaterialsMet; d.LocalMaterialsNote = DossierDrafts.Clean(input.LocalMaterialsNote, 2000);
        d.LocalLabourMet = input.LocalLabourMet; d.LocalLabourNote = DossierDrafts.Clean(input.LocalLabourNote, 2000);
        d.IdeaOriginMet = input.IdeaOriginMet; d.IdeaOriginNote = DossierDrafts.Clean(input.IdeaOriginNote, 2000);
        d.LocalIdentityMet = input.LocalIdentityMet; d.LocalIdentityNote = DossierDrafts.Clean(input.LocalIdentityNote, 2000);
        d.CommuneProposal = DossierDrafts.Clean(input.CommuneProposal, 2000);
        return await SaveAsync(d, ct);
    }

    /// <summary>The advisory group's survey notes and lab tests, recorded by the office or a council member.</summary>
    public async Task<WorkflowResult> SaveAdvisoryAsync(int id, AdvisoryInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var (d, refusal) = await ForEditAsync(id, user, DossierState.AdvisoryReview, [ActorRole.ProvincialOffice, ActorRole.CouncilMember], input.Version, "kết quả của Tổ tư vấn", ct);
        if (d is null) return refusal!;
        d.SurveyNotes = DossierDrafts.Clean(input.SurveyNotes, 4000);
        d.LabTestsRequested = DossierDrafts.Clean(input.LabTestsRequested, 4000);
        d.LabTestResults = DossierDrafts.Clean(input.LabTestResults, 4000);
        return await SaveAsync(d, ct);
    }

    private async Task<(Dossier?, WorkflowResult?)> ForEditAsync(int id, ClaimsPrincipal user, DossierState state, ActorRole[] roles, long? version, string what, CancellationToken ct)
    {
        var d = await db.Dossiers.InScope(UserScope.From(user)).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (d is null) return (null, WorkflowResult.NotFound(id));
        if (DossierAccess.ActorOf(user) is not { } role || !roles.Contains(role))
            return (null, WorkflowResult.Forbidden($"Chỉ {string.Join(" hoặc ", roles.Select(r => r.Vi()))} ghi {what}."));
        if (d.State != state) return (null, WorkflowResult.Conflict($"Chỉ ghi {what} khi hồ sơ ở trạng thái \"{state.Vi()}\"; hiện là \"{d.State.Vi()}\"."));
        if (version is not { } v) return (null, WorkflowResult.Invalid("version", "Thiếu version để phát hiện sửa đồng thời."));
        db.Entry(d).Property(x => x.Version).OriginalValue = v;
        return (d, null);
    }

    private async Task<WorkflowResult> SaveAsync(Dossier d, CancellationToken ct)
    {
        d.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return WorkflowResult.Stale(); }
        return WorkflowResult.Done;
    }
}
