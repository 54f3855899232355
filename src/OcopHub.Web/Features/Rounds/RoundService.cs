using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Rounds;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Features.Dossiers;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Rounds;

/// <summary>
/// A new round. Number 1 or 2 with no dates: the statutory round with the dates of Art. 5.1 (RoundCalendar); dates
/// given override them (the plan may set earlier ones). No number: an extra round, which needs dates and its basis.
/// </summary>
public sealed record RoundInput(int PlanYear, int? Number = null, DateOnly? ProposedBefore = null, DateOnly? DecideBefore = null, string? Basis = null, string? Note = null);

/// <summary>New dates (or basis, note) of an existing round; <c>Version</c> from the last read.</summary>
public sealed record RoundUpdate(DateOnly? ProposedBefore, DateOnly? DecideBefore, string? Basis, string? Note, long? Version);

public sealed record RoundDto(int Id, string ProvinceCode, int PlanYear, int Number, string Name, DateOnly ProposedBefore, DateOnly DecideBefore,
    DateOnly LastDayToPropose, DateOnly LastDayToDecide, bool IsExtra, string Basis, string? Note, int Dossiers, long Version);

/// <summary>Evaluation rounds (đợt đánh giá) of a province, created by its OCOP office.</summary>
public sealed class RoundService(OcopDbContext db)
{
    public static IQueryable<Round> InScope(IQueryable<Round> q, UserScope scope) =>
        scope.IsNational ? q : q.Where(r => r.ProvinceCode == scope.ProvinceCode);

    public async Task<List<RoundDto>> ListAsync(UserScope scope, int? year, CancellationToken ct)
    {
        var q = InScope(db.Rounds, scope);
        if (year is { } y) q = q.Where(r => r.PlanYear == y);
        var rounds = await q.OrderBy(r => r.ProvinceCode).ThenBy(r => r.DecideBefore).ThenBy(r => r.Number).ToListAsync(ct);
        var ids = rounds.Select(r => r.Id).ToList();
        var counts = await db.Dossiers.Where(d => d.RoundId != null && ids.Contains(d.RoundId.Value)).GroupBy(d => d.RoundId!.Value)
            .Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        return rounds.Select(r => Dto(r, counts.GetValueOrDefault(r.Id))).ToList();
    }

    public static RoundDto Dto(Round r, int dossiers = 0)
    {
        var c = r.ToCore();
        return new(r.Id, r.ProvinceCode, r.PlanYear, r.Number, c.NameVi, r.ProposedBefore, r.DecideBefore, c.LastDayToPropose, c.LastDayToDecide, r.IsExtra, r.Basis, r.Note, dossiers, r.Version);
    }

    public async Task<(Round? Round, WorkflowResult Result)> CreateAsync(RoundInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.ProvinceOffice)) return (null, WorkflowResult.Forbidden("Chỉ cơ quan tham mưu quản lý OCOP cấp tỉnh lập đợt đánh giá."));
        var province = UserScope.From(user).ProvinceCode!;
        if (input.PlanYear is < 2020 or > 2100) return (null, WorkflowResult.Invalid("planYear", "Năm kế hoạch không hợp lệ."));
        var existing = await db.Rounds.Where(r => r.ProvinceCode == province && r.PlanYear == input.PlanYear).ToListAsync(ct);
        Round round;
        if (input.Number is 1 or 2)
        {
            var statutory = RoundCalendar.StatutoryRounds(RoundLevel.Province, input.PlanYear)[input.Number.Value - 1];
            round = new Round
            {
                ProvinceCode = province, PlanYear = input.PlanYear, Number = statutory.Number, IsExtra = false,
                ProposedBefore = input.ProposedBefore ?? statutory.ProposedBefore, DecideBefore = input.DecideBefore ?? statutory.DecideBefore,
                Basis = DossierDrafts.Clean(input.Basis, 300) ?? statutory.Basis,
            };
            if (round.DecideBefore <= round.ProposedBefore) return (null, WorkflowResult.Invalid("decideBefore", "Hạn quyết định phải sau hạn nhận hồ sơ."));
        }
        else if (input.Number is null)
        {
            if (input.ProposedBefore is not { } pb || input.DecideBefore is not { } db2)
                return (null, WorkflowResult.Invalid("proposedBefore", "Đợt bổ sung cần hạn nhận hồ sơ và hạn quyết định."));
            var calendar = existing.Where(r => r.IsExtra).OrderBy(r => r.Number)
                .Aggregate(RoundCalendar.Default(RoundLevel.Province), (c, r) => c.WithExtraRound(r.PlanYear, r.ProposedBefore, r.DecideBefore, r.Basis));
            try { calendar = calendar.WithExtraRound(input.PlanYear, pb, db2, input.Basis ?? ""); }
            catch (ArgumentException ex) { return (null, WorkflowResult.Invalid("basis", ex.Message.Split(" (Parameter")[0])); }
            var added = calendar.RoundsOf(input.PlanYear).Where(r => r.IsExtra).MaxBy(r => r.Number)!;
            round = new Round { ProvinceCode = province, PlanYear = input.PlanYear, Number = added.Number, IsExtra = true, ProposedBefore = pb, DecideBefore = db2, Basis = added.Basis };
        }
        else return (null, WorkflowResult.Invalid("number", "Đợt theo luật là đợt 1 hoặc 2; bỏ trống số đợt để tạo đợt bổ sung."));
        if (existing.Any(r => r.Number == round.Number))
            return (null, WorkflowResult.Conflict($"Tỉnh đã có đợt {round.Number:00} năm {input.PlanYear}."));
        round.Note = DossierDrafts.Clean(input.Note, 1000);
        db.Rounds.Add(round);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException) { return (null, WorkflowResult.Conflict($"Tỉnh đã có đợt {round.Number:00} năm {input.PlanYear}.")); }
        return (round, new WorkflowResult(201));
    }

    /// <summary>
    /// The plan may move a round's dates. A new proposal deadline may not leave out a dossier already in the round
    /// (it was proposed before the old one).
    /// </summary>
    public async Task<(Round? Round, WorkflowResult Result)> UpdateAsync(int id, RoundUpdate input, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.ProvinceOffice)) return (null, WorkflowResult.Forbidden("Chỉ cơ quan tham mưu quản lý OCOP cấp tỉnh sửa đợt đánh giá."));
        var round = await InScope(db.Rounds, UserScope.From(user)).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (round is null) return (null, new WorkflowResult(404, "Không tìm thấy đợt đánh giá", $"Không có đợt số {id} trong phạm vi của bạn."));
        if (input.Version is not { } version) return (null, WorkflowResult.Invalid("version", "Thiếu version để phát hiện sửa đồng thời."));
        var proposed = input.ProposedBefore ?? round.ProposedBefore;
        var decide = input.DecideBefore ?? round.DecideBefore;
        if (decide <= proposed) return (null, WorkflowResult.Invalid("decideBefore", "Hạn quyết định phải sau hạn nhận hồ sơ."));
        if (round.IsExtra && string.IsNullOrWhiteSpace(input.Basis ?? round.Basis))
            return (null, WorkflowResult.Invalid("basis", "Đợt bổ sung phải có căn cứ (Quy chế, kế hoạch của Hội đồng)."));
        var late = await db.Dossiers.CountAsync(d => d.RoundId == id && d.ForwardedOn != null && d.ForwardedOn >= proposed, ct);
        if (late > 0) return (null, WorkflowResult.Conflict($"{late} hồ sơ trong đợt được đề nghị từ ngày {proposed:dd/MM/yyyy} trở đi; không thể rút ngắn hạn nhận hồ sơ."));
        db.Entry(round).Property(r => r.Version).OriginalValue = version;
        round.ProposedBefore = proposed;
        round.DecideBefore = decide;
        if (input.Basis is not null) round.Basis = DossierDrafts.Clean(input.Basis, 300) ?? round.Basis;
        if (input.Note is not null) round.Note = DossierDrafts.Clean(input.Note, 1000);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return (null, new WorkflowResult(409, "Đợt đánh giá đã bị người khác thay đổi", "Hãy tải lại và thực hiện lại.")); }
        return (round, WorkflowResult.Done);
    }
}
