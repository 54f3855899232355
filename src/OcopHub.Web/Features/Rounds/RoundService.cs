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

public sealed record RoundDto(int Id, string ProvinceCode, int PlanYear, int Number, string Name, DateOnly ProposedBefore, DateOnly DecideBefore,
    DateOnly LastDayToPropose, DateOnly LastDayToDecide, bool IsExtra, string Basis, string? Note, int Dossiers);

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
        return new(r.Id, r.ProvinceCode, r.PlanYear, r.Number, c.NameVi, r.ProposedBefore, r.DecideBefore, c.LastDayToPropose, c.LastDayToDecide, r.IsExtra, r.Basis, r.Note, dossiers);
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
}
