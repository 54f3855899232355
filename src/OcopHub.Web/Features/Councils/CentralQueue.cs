using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Councils;
using OcopHub.Core.Dossiers;
using OcopHub.Web.Data;
using OcopHub.Web.Features.Dossiers;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Councils;

/// <summary>"Chấm điểm cấp trung ương": the dossiers in CentralReview for the active central council's members (Ministry users).</summary>
public sealed class CentralQueue(OcopDbContext db, CouncilService councils, TimeProvider clock)
{
    public async Task<(CentralQueueDto?, WorkflowResult)> ListAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.Ministry)) return (null, WorkflowResult.Forbidden("Chỉ cán bộ Bộ Nông nghiệp và Môi trường (Hội đồng cấp trung ương) xem danh sách này."));
        var council = await councils.ActiveCentralAsync(VietnamTime.Today(clock), ct);
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        if (council is null) return (new CentralQueueDto(null, null, false, []), WorkflowResult.Done);
        var isMember = council.Members.Any(m => m.UserId == userId);
        var dossiers = await db.Dossiers.AsNoTracking().Where(d => d.State == DossierState.CentralReview).OrderBy(d => d.UpdatedAt).ThenBy(d => d.Id)
            .Select(d => new { d.Id, d.ProductName, d.UnitName, d.ProvinceCode, d.Type }).ToListAsync(ct);
        var ids = dossiers.Select(d => d.Id).ToList();
        var sheets = await db.ScoreSheets.AsNoTracking().Where(s => ids.Contains(s.DossierId) && s.CouncilId == council.Id)
            .Select(s => new { s.DossierId, s.MemberUserId, s.SubmittedAt, s.RecusedAt }).ToListAsync(ct);
        var evaluations = await db.Evaluations.AsNoTracking().Where(e => ids.Contains(e.DossierId))
            .Select(e => new { e.Id, e.DossierId, e.Level, e.CouncilId, e.Average }).ToListAsync(ct);
        var items = dossiers.Select(d =>
        {
            var mine = sheets.FirstOrDefault(s => s.DossierId == d.Id && s.MemberUserId == userId);
            var state = mine is null ? "Chưa chấm" : mine.RecusedAt is not null ? "Từ chối tham gia" : mine.SubmittedAt is not null ? "Đã nộp" : "Đang chấm";
            var concluded = evaluations.Any(e => e.DossierId == d.Id && e.Level == CouncilLevels.CentralCode && e.CouncilId == council.Id);
            var provincial = evaluations.Where(e => e.DossierId == d.Id && e.Level == CouncilLevels.ProvinceCode).OrderByDescending(e => e.Id).FirstOrDefault()?.Average;
            return new CentralQueueItemDto(d.Id, d.ProductName, d.UnitName, d.ProvinceCode, d.Type.ToString(), d.Type.Vi(), state,
                sheets.Count(s => s.DossierId == d.Id && s.SubmittedAt is not null && s.RecusedAt is null), council.Members.Count, concluded,
                provincial is { } p ? Math.Round(p, 2, MidpointRounding.AwayFromZero) : null);
        }).ToList();
        return (new CentralQueueDto(council.Id, council.Name, isMember, items), WorkflowResult.Done);
    }
}
