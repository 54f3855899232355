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

/// <summary>The chair's actions: open, reopen sheets, switch to a meeting, close, reject.</summary>
public sealed partial class CouncilScoring
{
    /// <summary>After discussion (spread beyond the limit, or a knock-out in doubt), the chair reopens chosen members' sheets.</summary>
    public async Task<(ScoringViewDto?, WorkflowResult)> ReopenAsync(int dossierId, ReopenInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var (c, refusal) = await ContextAsync(dossierId, user, ct);
        if (c is null) return (null, refusal);
        if (!c.IsChair) return (null, WorkflowResult.Forbidden("Chỉ Chủ tịch Hội đồng mở lại phiếu chấm."));
        if (c.Dossier.State != c.Level.ScoringState()) return (null, WorkflowResult.Conflict("Hồ sơ không còn ở bước chấm điểm."));
        var ids = input.MemberUserIds ?? [];
        var sheets = await db.ScoreSheets.Where(s => s.DossierId == dossierId && s.CouncilId == c.Council.Id && ids.Contains(s.MemberUserId) && s.SubmittedAt != null).ToListAsync(ct);
        if (sheets.Count == 0) return (null, WorkflowResult.Invalid("memberUserIds", "Chọn ít nhất một phiếu đã nộp để mở lại."));
        foreach (var s in sheets) { s.SubmittedAt = null; s.Total = null; s.UpdatedAt = clock.GetUtcNow().UtcDateTime; }
        return await SaveAndViewAsync(c, ct);
    }

    /// <summary>
    /// The provincial chair opens scoring (AdvisoryReview/AssignedToRound → Scoring). The form follows the dossier's type:
    /// written consultation for re-evaluation (no meeting, Art. 7.6.d), a meeting otherwise.
    /// </summary>
    public async Task<(ScoringViewDto?, WorkflowResult)> OpenAsync(int dossierId, CloseInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var (c, refusal) = await ContextAsync(dossierId, user, ct);
        if (c is null) return (null, refusal);
        if (c.Level == CouncilLevel.Central)
            return (null, WorkflowResult.Conflict("Hội đồng cấp trung ương chấm khi hồ sơ ở bước Bộ đánh giá; không có bước mở chấm điểm."));
        var moved = Move(c, DossierAction.OpenScoring, input, null);
        if (!moved.Ok) return (null, moved);
        c = c with { Session = null }; // a new scoring: a new session with the council of the day
        await EnsureSessionAsync(c, ct);
        return await SaveAndViewAsync(c, ct);
    }

    /// <summary>
    /// Written consultation turns into a meeting when opinions differ or the matter is complex (Art. 7.6.d): the chair
    /// records why; the minutes then state both.
    /// </summary>
    public async Task<(ScoringViewDto?, WorkflowResult)> SwitchToMeetingAsync(int dossierId, MeetingInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var (c, refusal) = await ContextAsync(dossierId, user, ct);
        if (c is null) return (null, refusal);
        if (!c.IsChair) return (null, WorkflowResult.Forbidden("Chỉ Chủ tịch Hội đồng quyết định tổ chức họp trực tiếp."));
        if (c.Dossier.State != c.Level.ScoringState()) return (null, WorkflowResult.Conflict("Hồ sơ không ở bước chấm điểm."));
        var session = await EnsureSessionAsync(c, ct);
        if (!ScoringForms.CanSwitchToMeeting(Enum.Parse<ScoringForm>(session.Form)))
            return (null, WorkflowResult.Conflict("Hội đồng đang đánh giá hồ sơ này bằng hình thức họp."));
        if (DossierDrafts.Clean(input.Reason, 2000) is not { } reason)
            return (null, WorkflowResult.Invalid("reason", "Vui lòng ghi rõ lý do tổ chức họp trực tiếp (nhiều ý kiến khác nhau hoặc nội dung phức tạp)."));
        if (input.Version is not { } version) return (null, WorkflowResult.Invalid("version", "Thiếu version để phát hiện thao tác đồng thời."));
        if (version != session.Version) return (null, WorkflowResult.Stale());
        if (session.Id != 0) db.Entry(session).Property(s => s.Version).OriginalValue = version;
        session.Form = nameof(ScoringForm.Meeting);
        session.SwitchedToMeetingAt = clock.GetUtcNow().UtcDateTime;
        session.SwitchedToMeetingBy = actor.UserName;
        session.MeetingReason = reason;
        return await SaveAndViewAsync(c, ct);
    }

    /// <summary>
    /// The chair closes the product: the engine's result is stored as the <see cref="Evaluation"/> of the level.
    /// Provincial: the dossier concludes scoring (→ ProvincialDecision). Central (Art. 7.4.d–g): ≥ 90 stays in
    /// CentralReview for the Minister's 5★ decision; &lt; 90 goes back to the province (ReturnToProvince), which is told.
    /// A knock-out on a counted sheet blocks closing: the chair rejects the dossier or reopens the sheet after discussion.
    /// </summary>
    public async Task<(ScoringViewDto?, WorkflowResult)> CloseAsync(int dossierId, CloseInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var (c, refusal) = await ContextAsync(dossierId, user, ct);
        if (c is null) return (null, refusal);
        if (!c.IsChair) return (null, WorkflowResult.Forbidden("Chỉ Chủ tịch Hội đồng kết luận kết quả chấm điểm."));
        if (c.Dossier.State != c.Level.ScoringState())
            return (null, WorkflowResult.Conflict($"Chỉ kết luận khi hồ sơ ở trạng thái \"{c.Level.ScoringState().Vi()}\"; hiện là \"{c.Dossier.State.Vi()}\"."));
        var sheets = await SheetsAsync(c, ct);
        if (!Complete(c.Council, sheets))
            return (null, WorkflowResult.Conflict("Chưa đủ phiếu: mọi thành viên không từ chối phải nộp phiếu, đủ túc số và có Chủ tịch Hội đồng."));
        if (c.Level == CouncilLevel.Central && await db.Evaluations.AnyAsync(e => e.DossierId == dossierId && e.Level == c.LevelCode && e.CouncilId == c.Council.Id, ct))
            return (null, WorkflowResult.Conflict("Hội đồng cấp trung ương đã kết luận hồ sơ này; hồ sơ chờ Bộ trưởng quyết định."));
        var r = Evaluate(c, sheets);
        if (r.Status == EvaluationStatus.KnockedOut)
            return (null, WorkflowResult.Conflict($"Có thành viên ghi nhận điểm loại (tiêu chí {string.Join(", ", r.KnockOuts.Select(k => k.CriterionCode).Distinct())}): " +
                "Chủ tịch Hội đồng loại hồ sơ theo Phụ lục II, hoặc mở lại phiếu sau khi Hội đồng thảo luận."));
        if (r.SpreadExceeded)
            return (null, WorkflowResult.Conflict($"Chênh lệch điểm giữa các thành viên {r.Spread:0.##} vượt {c.Council.SpreadLimit:0.##} điểm: Hội đồng thảo luận và mở lại phiếu để chấm lại."));

        var session = await EnsureSessionAsync(c, ct);
        string outcome;
        List<string> emails = [];
        if (c.Level == CouncilLevel.Province)
        {
            outcome = ProvincialOutcomes.For(r.Average).ToString();
            var moved = Move(c, DossierAction.ConcludeScoring, input, $"Điểm trung bình {r.AverageRounded:0.##}: {r.Explanation.Vi}");
            if (!moved.Ok) return (null, moved);
        }
        else
        {
            var central = CentralOutcomes.For(r.Average);
            outcome = central.ToString();
            var note = central == CentralOutcome.ProposeFiveStars
                ? $"Hội đồng cấp trung ương: điểm trung bình {r.AverageRounded:0.##} (từ 90 điểm), đề nghị Bộ trưởng công nhận 5 sao. {r.Explanation.Vi}"
                : $"Hội đồng cấp trung ương: điểm trung bình {r.AverageRounded:0.##} (dưới 90 điểm). Trả kết quả về UBND cấp tỉnh: tỉnh có thể căn cứ kết quả này để công nhận 3 sao, 4 sao hoặc tổ chức đánh giá lại (Điều 7.4.g).";
            var moved = Move(c, CentralOutcomes.ActionFor(central), input, note);
            if (!moved.Ok) return (null, moved);
            if (central == CentralOutcome.ReturnToProvince)
                emails = await notifier.AddForRolesAsync(c.Dossier, [Roles.ProvinceOffice],
                    $"Hồ sơ \"{c.Dossier.ProductName}\": Hội đồng cấp trung ương chấm {r.AverageRounded:0.##} điểm (dưới 90), trả kết quả về tỉnh", actor.UserId, ct);
        }
        db.Evaluations.Add(new Evaluation
        {
            DossierId = dossierId, CouncilId = c.Council.Id, Level = c.LevelCode, Form = session.Form,
            RulebookId = c.Dossier.RulebookId, SetNo = c.Dossier.SetNo,
            Average = r.Average, Band = r.Band, Stars = r.AwardedStars, Spread = r.Spread, Outcome = outcome,
            ExplanationVi = r.Explanation.Vi, MembersJson = JsonSerializer.Serialize(Result(r, sheets, c.Level).Members, StoredJson),
            ClosedBy = actor.UserName, ClosedAt = clock.GetUtcNow().UtcDateTime,
        });
        var saved = await SaveAndViewAsync(c, ct);
        if (saved.Item1 is not null && emails.Count > 0) await notifier.SendEmailAsync(c.Dossier, DossierAction.ReturnToProvince, emails, ct);
        return saved;
    }

    /// <summary>
    /// Hồ sơ bị loại (Phụ lục II): the chair rejects on one legal ground of the dossier's sheet (a knock-out names its
    /// criterion) with a note; the dossier goes to Rejected, the producer and the commune are told.
    /// </summary>
    public async Task<(ScoringViewDto?, WorkflowResult)> RejectAsync(int dossierId, RejectInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var (c, refusal) = await ContextAsync(dossierId, user, ct);
        if (c is null) return (null, refusal);
        if (!c.IsChair) return (null, WorkflowResult.Forbidden("Chỉ Chủ tịch Hội đồng loại hồ sơ."));
        var (ground, criterion, error) = RejectionGrounds.Resolve(SheetOf(c.Dossier), input.Ground, input.CriterionCode);
        var errors = new Dictionary<string, string[]>();
        if (error is not null) errors[input.Ground is not null && RejectionGrounds.For(SheetOf(c.Dossier)).Any(g => g.Code == input.Ground.Trim()) ? "criterionCode" : "ground"] = [error];
        var note = DossierDrafts.Clean(input.Note, 1000);
        if (note is null) errors["note"] = ["Vui lòng ghi rõ nhận xét của Hội đồng khi loại hồ sơ."];
        if (DossierStateMachine.Decide(c.Dossier.State, DossierAction.Reject, c.Role) is { Allowed: false } d)
            return (null, WorkflowResult.Conflict(d.Reason!));
        if (errors.Count > 0) return (null, WorkflowResult.Invalid(errors));
        var text = $"Hồ sơ bị loại — {ground!.TextVi}" + (criterion is null ? "" : $" (tiêu chí {criterion.Code}: {criterion.Condition})") + $". {note}";
        var moved = Move(c, DossierAction.Reject, new CloseInput(input.Version, null), text);
        if (!moved.Ok) return (null, moved);
        db.DossierRejections.Add(new DossierRejection
        {
            DossierId = c.Dossier.Id, CouncilId = c.Council.Id, Level = c.LevelCode, Ground = ground.Code, GroundText = ground.TextVi,
            CriterionCode = criterion?.Code, CriterionCondition = criterion?.Condition, Note = note!,
            RejectedBy = actor.UserName, RejectedAt = clock.GetUtcNow().UtcDateTime,
        });
        var emails = await notifier.AddForRolesAsync(c.Dossier, [Roles.Producer, Roles.CommuneOfficer],
            $"Hồ sơ \"{c.Dossier.ProductName}\" bị loại: {ground.TextVi}", actor.UserId, ct);
        var saved = await SaveAndViewAsync(c, ct);
        if (saved.Item1 is not null) await notifier.SendEmailAsync(c.Dossier, DossierAction.Reject, emails, ct);
        return saved;
    }

    private WorkflowResult Move(Context c, DossierAction action, CloseInput input, string? note)
    {
        var decision = DossierStateMachine.Decide(c.Dossier.State, action, c.Role);
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
            DossierId = c.Dossier.Id, At = now, UserId = actor.UserId, UserName = actor.UserName, Role = c.Role.ToString(),
            Action = action, From = from, To = c.Dossier.State, Note = DossierDrafts.Clean(input.Note, 2000) ?? DossierDrafts.Clean(note, 2000),
        });
        return WorkflowResult.Done;
    }
}
