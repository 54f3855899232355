using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Dossiers;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Features.Dossiers;
using OcopHub.Web.Features.Notifications;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Certificates;

/// <summary>
/// Records what follows a closed evaluation (Art. 7.3.đ–g, 7.4): the province's decision recognising 3★/4★, the
/// notices of results not recognised, the proposals to the Ministry, and the Minister's 5★ decision, returns and
/// rejections. Stars and points come from the evaluation, never from the input. Every call is all or nothing: the
/// decision, its certificates, the dossiers' moves, timeline, audit and notifications are one save.
/// </summary>
public sealed class ResultDecisionService(OcopDbContext db, CertificateService certificates, DossierWorkflow workflow, ResultQueries queries,
    Notifier notifier, ICurrentActor actor, TimeProvider clock)
{
    private sealed record Target(int Index, Dossier Dossier, long? Version, ResultQueries.Latest Latest);

    private sealed class Outbox
    {
        public List<(IReadOnlyCollection<string> To, string Subject, string Body)> Mails { get; } = [];
    }

    /// <summary>Quyết định công nhận cấp tỉnh (3★/4★) for the ticked dossiers in ProvincialDecision.</summary>
    public async Task<(RecognitionDecision?, WorkflowResult)> RecogniseAtProvinceAsync(ResultDecisionInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        if (DossierAccess.ActorOf(user) != ActorRole.ProvincialOffice)
            return (null, WorkflowResult.Forbidden("Chỉ cơ quan tham mưu quản lý OCOP cấp tỉnh ghi nhận quyết định công nhận cấp tỉnh."));
        return await RecogniseAsync(input, user, DossierState.ProvincialDecision, CertificateService.ProvinceLevel, (t, errors) =>
        {
            var e = t.Latest.Evaluation!;
            var allowed = ResultDecisions.ForProvince(e.Average, e.Stars, t.Latest.IsCentral);
            if (ResultDecisions.Refusal(ProvincialChoice.RecogniseAtProvince, allowed, e.Average, e.Stars) is { } why)
                errors.Add(Field(t), $"\"{t.Dossier.ProductName}\": {why}");
        }, ct);
    }

    /// <summary>Quyết định công nhận cấp trung ương (5★) for dossiers in CentralReview with a central result of 5★.</summary>
    public async Task<(RecognitionDecision?, WorkflowResult)> RecogniseNationallyAsync(ResultDecisionInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        if (DossierAccess.ActorOf(user) != ActorRole.Ministry)
            return (null, WorkflowResult.Forbidden("Chỉ Bộ Nông nghiệp và Môi trường ghi nhận quyết định công nhận sản phẩm 5 sao."));
        return await RecogniseAsync(input, user, DossierState.CentralReview, CertificateService.NationalLevel, (t, errors) =>
        {
            var e = t.Latest.Evaluation!;
            if (!t.Latest.IsCentral)
                errors.Add(Field(t), $"\"{t.Dossier.ProductName}\": Hội đồng cấp trung ương chưa có kết quả đánh giá (kết quả cấp tỉnh {ResultDecisions.Points(e.Average)} điểm không đủ để công nhận 5 sao, Điều 7.4.d–e).");
            else if (!ResultDecisions.MinistryMayRecognise(e.Average, e.Stars))
                errors.Add(Field(t), $"\"{t.Dossier.ProductName}\": kết quả Hội đồng cấp trung ương {ResultDecisions.Points(e.Average)} điểm{(e.Stars is { } s ? $", {s} sao" : "")} không đạt 5 sao; trả hồ sơ về tỉnh (Điều 7.4.g).");
        }, ct);
    }

    private async Task<(RecognitionDecision?, WorkflowResult)> RecogniseAsync(ResultDecisionInput input, ClaimsPrincipal user, DossierState state, string level,
        Action<Target, CertificateService.Errors> rule, CancellationToken ct)
    {
        var errors = new CertificateService.Errors();
        ValidateHeader(input, errors);
        var (targets, refusal) = await TargetsAsync(input.Items, state, user, errors, ct);
        if (refusal is not null) return (null, refusal);
        foreach (var t in targets.Where(t => t.Latest.Evaluation is not null)) rule(t, errors);
        foreach (var t in targets.Where(t => t.Latest.Evaluation is { } e && input.DecisionDate is { } day && day < DateOnly.FromDateTime(e.ClosedAt.AddHours(7))))
            errors.Add("decisionDate", $"Ngày quyết định không được trước ngày Hội đồng kết luận kết quả \"{t.Dossier.ProductName}\" ({t.Latest.Evaluation!.ClosedAt.AddHours(7):dd/MM/yyyy}).");
        var productIds = targets.Select(t => t.Dossier.ProductId).ToList();
        if (productIds.Distinct().Count() != productIds.Count) errors.Add("items", "Một sản phẩm chỉ được công nhận một lần trong quyết định.");
        var products = await db.Products.Include(p => p.Producer).ThenInclude(p => p!.CommuneUnit).Include(p => p.History)
            .Where(p => productIds.Contains(p.Id)).AsSplitQuery().ToListAsync(ct);
        if (errors.Count > 0) return (null, WorkflowResult.Invalid(errors));

        var scope = UserScope.From(user);
        var decision = new RecognitionDecision
        {
            Number = input.Number!.Trim(), DecisionDate = input.DecisionDate!.Value, Level = level,
            ProvinceCode = level == CertificateService.ProvinceLevel ? scope.ProvinceCode : null,
            SignerName = input.SignerName!.Trim(), SignerTitle = input.SignerTitle!.Trim(), Note = CertificateService.Clean(input.Note),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.RecognitionDecisions.Add(decision);
        var outbox = new Outbox();
        foreach (var t in targets)
        {
            var e = t.Latest.Evaluation!;
            var stars = e.Stars!.Value;
            await certificates.RecogniseAsync(products.Single(p => p.Id == t.Dossier.ProductId), stars, Math.Round(e.Average, 2, MidpointRounding.AwayFromZero),
                e.RulebookId, decision, t.Dossier.Id, e.Id, ct);
            var note = $"Quyết định số {decision.Number} ngày {decision.DecisionDate:dd/MM/yyyy}: công nhận {stars} sao ({ResultDecisions.Points(e.Average)} điểm{(t.Latest.IsCentral ? ", kết quả Hội đồng cấp trung ương" : "")}).";
            var moved = workflow.Stage(t.Dossier, DossierAction.Recognise, user, t.Version, note);
            if (!moved.Ok) return (null, Abandon(moved));
            var title = $"Sản phẩm \"{t.Dossier.ProductName}\" được công nhận sản phẩm OCOP {stars} sao";
            var body = $"{note} Giấy chứng nhận có hiệu lực 36 tháng kể từ ngày quyết định; tải giấy chứng nhận tại mục Giấy chứng nhận.";
            string[] roles = level == CertificateService.NationalLevel ? [Roles.Producer, Roles.CommuneOfficer, Roles.ProvinceOffice] : [Roles.Producer, Roles.CommuneOfficer];
            await NotifyAsync(outbox, t.Dossier, roles, title, body, $"/Dossiers/Details/{t.Dossier.Id}", ct);
        }
        try
        {
            await certificates.SaveWithNumbersAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (null, Abandon(WorkflowResult.Stale()));
        }
        await SendAsync(outbox, ct);
        return (decision, WorkflowResult.Done);
    }

    /// <summary>Không công nhận (1–2★): each dossier → NotRecognised, the producer and commune get the written notice.</summary>
    public async Task<(ResultBatchDto?, WorkflowResult)> DeclineAsync(ResultBatchInput input, ClaimsPrincipal user, CancellationToken ct) =>
        await ProvincialBatchAsync(input, user, ProvincialChoice.Decline, DossierAction.DeclineRecognition, async (t, note, outbox) =>
        {
            var e = t.Latest.Evaluation!;
            var gap = await queries.GapAsync(t.Dossier, e, ct);
            var body = ResultNotice.Body(t.Dossier, e, gap, note);
            await NotifyAsync(outbox, t.Dossier, [Roles.Producer, Roles.CommuneOfficer], ResultNotice.Title(t.Dossier), body, ResultNotice.PagePath(t.Dossier.Id), ct);
            return note ?? ResultDecisions.Summary(ProvincialChoice.Decline, e.Average, e.Stars, t.Latest.IsCentral);
        }, ct);

    /// <summary>Đề nghị Bộ đánh giá 5 sao (≥ 90): each dossier → CentralReview; the Ministry's users are notified.</summary>
    public async Task<(ResultBatchDto?, WorkflowResult)> ForwardAsync(ResultBatchInput input, ClaimsPrincipal user, CancellationToken ct) =>
        await ProvincialBatchAsync(input, user, ProvincialChoice.ForwardToMinistry, DossierAction.ForwardToMinistry, async (t, note, outbox) =>
        {
            var e = t.Latest.Evaluation!;
            var (province, _) = await queries.PlaceNamesAsync(t.Dossier, ct);
            var summary = $"{province} đề nghị đánh giá, phân hạng 5 sao: \"{t.Dossier.ProductName}\" ({t.Dossier.UnitName}), Hội đồng cấp tỉnh chấm {ResultDecisions.Points(e.Average)} điểm.";
            await NotifyAsync(outbox, t.Dossier, [Roles.Ministry], $"Đề nghị đánh giá 5 sao: \"{t.Dossier.ProductName}\"", summary + (note is null ? "" : $" {note}"), "/Certificates/National", ct);
            await NotifyAsync(outbox, t.Dossier, [Roles.Producer, Roles.CommuneOfficer], $"Sản phẩm \"{t.Dossier.ProductName}\" được đề nghị Bộ Nông nghiệp và Môi trường đánh giá 5 sao",
                $"UBND tỉnh phê duyệt kết quả {ResultDecisions.Points(e.Average)} điểm và đề nghị Bộ Nông nghiệp và Môi trường đánh giá, phân hạng 5 sao (Điều 7.3.e).", $"/Dossiers/Details/{t.Dossier.Id}", ct);
            return note ?? $"Phê duyệt kết quả {ResultDecisions.Points(e.Average)} điểm, đề nghị Bộ Nông nghiệp và Môi trường đánh giá 5 sao (Điều 7.3.e).";
        }, ct);

    private async Task<(ResultBatchDto?, WorkflowResult)> ProvincialBatchAsync(ResultBatchInput input, ClaimsPrincipal user, ProvincialChoice wanted, DossierAction action,
        Func<Target, string?, Outbox, Task<string>> notify, CancellationToken ct)
    {
        if (DossierAccess.ActorOf(user) != ActorRole.ProvincialOffice)
            return (null, WorkflowResult.Forbidden($"Chỉ cơ quan tham mưu quản lý OCOP cấp tỉnh được {wanted.Vi()}."));
        var errors = new CertificateService.Errors();
        var (targets, refusal) = await TargetsAsync(input.Items, DossierState.ProvincialDecision, user, errors, ct);
        if (refusal is not null) return (null, refusal);
        foreach (var t in targets.Where(t => t.Latest.Evaluation is not null))
        {
            var e = t.Latest.Evaluation!;
            if (ResultDecisions.Refusal(wanted, ResultDecisions.ForProvince(e.Average, e.Stars, t.Latest.IsCentral), e.Average, e.Stars) is { } why)
                errors.Add(Field(t), $"\"{t.Dossier.ProductName}\": {why}");
        }
        if (errors.Count > 0) return (null, WorkflowResult.Invalid(errors));
        return await ApplyAsync(targets, action, user, DossierDrafts.Clean(input.Note, 2000), notify, ct);
    }

    private async Task<(ResultBatchDto?, WorkflowResult)> ApplyAsync(List<Target> targets, DossierAction action, ClaimsPrincipal user, string? note,
        Func<Target, string?, Outbox, Task<string>> notify, CancellationToken ct)
    {
        var outbox = new Outbox();
        foreach (var t in targets)
        {
            var eventNote = await notify(t, note, outbox);
            var moved = workflow.Stage(t.Dossier, action, user, t.Version, eventNote);
            if (!moved.Ok) return (null, Abandon(moved));
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (null, Abandon(WorkflowResult.Stale()));
        }
        await SendAsync(outbox, ct);
        return (new ResultBatchDto(targets.Count, targets.Select(t => t.Dossier.Id).ToList()), WorkflowResult.Done);
    }

    /// <summary>One dossier: decline or forward from the dossier's own route.</summary>
    public Task<(ResultBatchDto?, WorkflowResult)> DeclineOneAsync(int id, ResultStepInput input, ClaimsPrincipal user, CancellationToken ct) =>
        OneAsync(id, input, user, DeclineAsync, ct);

    public Task<(ResultBatchDto?, WorkflowResult)> ForwardOneAsync(int id, ResultStepInput input, ClaimsPrincipal user, CancellationToken ct) =>
        OneAsync(id, input, user, ForwardAsync, ct);

    private async Task<(ResultBatchDto?, WorkflowResult)> OneAsync(int id, ResultStepInput input, ClaimsPrincipal user,
        Func<ResultBatchInput, ClaimsPrincipal, CancellationToken, Task<(ResultBatchDto?, WorkflowResult)>> batch, CancellationToken ct)
    {
        if (!await db.Dossiers.InScope(UserScope.From(user)).AnyAsync(d => d.Id == id, ct)) return (null, WorkflowResult.NotFound(id));
        var (dto, result) = await batch(new ResultBatchInput([new ResultItem(id, input.Version)], input.Note), user, ct);
        // A single dossier's problems are about the dossier (409), not an item of a list; a missing version stays a 400.
        if (result.Errors is not { } errors) return (dto, result);
        if (errors.TryGetValue("items[0].version", out var version)) return (dto, WorkflowResult.Invalid("version", version[0]));
        return errors.Keys.All(k => k.StartsWith("items[0]", StringComparison.Ordinal))
            ? (dto, WorkflowResult.Conflict(string.Join(" ", errors.Values.SelectMany(v => v))))
            : (dto, result);
    }

    /// <summary>The Ministry sends a dossier back to its province (Art. 7.4.g), with the reason.</summary>
    public Task<(ResultBatchDto?, WorkflowResult)> ReturnToProvinceAsync(int id, ResultStepInput input, ClaimsPrincipal user, CancellationToken ct) =>
        MinistryStepAsync(id, input, user, DossierAction.ReturnToProvince, async (t, note, outbox) =>
        {
            var body = $"Bộ Nông nghiệp và Môi trường trả hồ sơ \"{t.Dossier.ProductName}\" về tỉnh: {note}";
            await NotifyAsync(outbox, t.Dossier, [Roles.ProvinceOffice], $"Bộ trả hồ sơ về tỉnh: \"{t.Dossier.ProductName}\"", body, "/Certificates/Decide", ct);
            await NotifyAsync(outbox, t.Dossier, [Roles.Producer], $"Hồ sơ \"{t.Dossier.ProductName}\" được trả về UBND tỉnh", body, $"/Dossiers/Details/{t.Dossier.Id}", ct);
            return note!;
        }, ct);

    /// <summary>The Ministry rejects a dossier (Phụ lục II: hồ sơ bị loại), with the reason.</summary>
    public Task<(ResultBatchDto?, WorkflowResult)> RejectAtMinistryAsync(int id, ResultStepInput input, ClaimsPrincipal user, CancellationToken ct) =>
        MinistryStepAsync(id, input, user, DossierAction.Reject, async (t, note, outbox) =>
        {
            var body = $"Bộ Nông nghiệp và Môi trường loại hồ sơ \"{t.Dossier.ProductName}\": {note}";
            await NotifyAsync(outbox, t.Dossier, [Roles.Producer, Roles.CommuneOfficer, Roles.ProvinceOffice], $"Hồ sơ \"{t.Dossier.ProductName}\" bị loại ở cấp trung ương", body, $"/Dossiers/Details/{t.Dossier.Id}", ct);
            return note!;
        }, ct);

    private async Task<(ResultBatchDto?, WorkflowResult)> MinistryStepAsync(int id, ResultStepInput input, ClaimsPrincipal user, DossierAction action,
        Func<Target, string?, Outbox, Task<string>> notify, CancellationToken ct)
    {
        if (!await db.Dossiers.InScope(UserScope.From(user)).AnyAsync(d => d.Id == id, ct)) return (null, WorkflowResult.NotFound(id));
        if (DossierAccess.ActorOf(user) != ActorRole.Ministry)
            return (null, WorkflowResult.Forbidden($"\"{action.Vi()}\" ở cấp trung ương thuộc thẩm quyền Bộ Nông nghiệp và Môi trường."));
        var errors = new CertificateService.Errors();
        var (targets, refusal) = await TargetsAsync([new ResultItem(id, input.Version)], DossierState.CentralReview, user, errors, ct, needEvaluation: false);
        if (refusal is not null) return (null, refusal);
        if (errors.Count > 0) return (null, WorkflowResult.Conflict(string.Join(" ", errors.Values.SelectMany(v => v))));
        if (DossierDrafts.Clean(input.Note, 2000) is not { } note) return (null, WorkflowResult.Invalid("note", "Vui lòng ghi rõ lý do."));
        return await ApplyAsync(targets, action, user, note, notify, ct);
    }

    /// <summary>
    /// The dossiers of the items, tracked, in the user's scope, each in <paramref name="state"/> with its latest
    /// evaluation. Problems of an item go to <paramref name="errors"/>; a stale version anywhere refuses the whole call.
    /// </summary>
    private async Task<(List<Target>, WorkflowResult?)> TargetsAsync(IReadOnlyList<ResultItem>? items, DossierState state, ClaimsPrincipal user,
        CertificateService.Errors errors, CancellationToken ct, bool needEvaluation = true)
    {
        items ??= [];
        if (items.Count == 0) errors.Add("items", "Chọn ít nhất một hồ sơ.");
        if (items.Count > 500) errors.Add("items", "Tối đa 500 hồ sơ mỗi lần.");
        var ids = items.Select(i => i.DossierId ?? 0).ToList();
        if (ids.Distinct().Count() != ids.Count) errors.Add("items", "Một hồ sơ chỉ xuất hiện một lần.");
        var dossiers = await db.Dossiers.InScope(UserScope.From(user)).Where(d => ids.Contains(d.Id)).ToListAsync(ct);
        var latest = await queries.LatestAsync(dossiers.Select(d => d.Id).ToList(), ct);
        var targets = new List<Target>();
        var stale = new List<string>();
        for (var i = 0; i < items.Count; i++)
        {
            var d = dossiers.FirstOrDefault(x => x.Id == items[i].DossierId);
            if (d is null) { errors.Add($"items[{i}].dossierId", $"Không có hồ sơ số {items[i].DossierId} trong phạm vi của bạn."); continue; }
            var t = new Target(i, d, items[i].Version, latest[d.Id]);
            if (d.State != state)
                errors.Add(Field(t), $"Hồ sơ \"{d.ProductName}\" đang ở trạng thái \"{d.State.Vi()}\", không phải \"{state.Vi()}\".");
            else if (needEvaluation && t.Latest.Evaluation is null)
                errors.Add(Field(t), $"Hồ sơ \"{d.ProductName}\": Hội đồng chưa kết luận kết quả đánh giá.");
            if (items[i].Version is null) errors.Add($"items[{i}].version", "Thiếu version (lấy từ lần đọc gần nhất) để phát hiện thao tác đồng thời.");
            else if (items[i].Version != d.Version) stale.Add(d.ProductName);
            targets.Add(t);
        }
        if (stale.Count > 0)
            return (targets, new WorkflowResult(409, "Hồ sơ đã bị người khác thay đổi", $"Hồ sơ {string.Join(", ", stale.Select(s => $"\"{s}\""))} vừa được cập nhật; hãy tải lại danh sách và thực hiện lại. Chưa có thay đổi nào được ghi."));
        return (targets, null);
    }

    private static string Field(Target t) => $"items[{t.Index}]";

    private void ValidateHeader(ResultDecisionInput input, CertificateService.Errors errors) =>
        CertificateService.ValidateHeader(input.Number, input.DecisionDate, input.SignerName, input.SignerTitle, VietnamTime.Today(clock), errors);

    private async Task NotifyAsync(Outbox outbox, Dossier d, IReadOnlyList<string> roles, string title, string body, string url, CancellationToken ct)
    {
        var to = await notifier.AddToAsync(d, roles, title, body, url, actor.UserId, ct);
        if (to.Count > 0) outbox.Mails.Add((to, title, body));
    }

    private async Task SendAsync(Outbox outbox, CancellationToken ct)
    {
        foreach (var (to, subject, body) in outbox.Mails) await notifier.SendAsync(to, subject, body, ct);
    }

    /// <summary>Nothing of a refused call stays in the context (the page may read again with it).</summary>
    private WorkflowResult Abandon(WorkflowResult result)
    {
        db.ChangeTracker.Clear();
        return result;
    }
}
