using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Certificates;

public sealed record RewardPolicyInput(decimal? Amount3Stars, decimal? Amount4Stars, decimal? Amount5Stars, string? Basis, long? Version);

public sealed record RewardPolicyDto(string ProvinceCode, int Year, decimal Amount3Stars, decimal Amount4Stars, decimal Amount5Stars, string? Basis, long Version);

public sealed record RewardRow(int CertificateId, string CertificateNumber, string ProductName, string ProducerName, int Stars, string? DecisionNumber, DateOnly IssuedOn, decimal Amount);

public sealed record RewardList(string ProvinceCode, int Year, RewardPolicyDto? Policy, IReadOnlyList<RewardRow> Rows, decimal Total);

/// <summary>
/// Khen thưởng sản phẩm OCOP: the province's amounts per star level for a year, and the list of products recognised
/// that year (certificates issued in the province, not revoked) with what each receives.
/// </summary>
public static class Rewards
{
    public static async Task<RewardList> ListAsync(OcopDbContext db, string province, int year, int? decisionId, CancellationToken ct)
    {
        var policy = await db.RewardPolicies.AsNoTracking().FirstOrDefaultAsync(p => p.ProvinceCode == province && p.Year == year, ct);
        var q = db.Certificates.AsNoTracking().Include(c => c.Decision).Where(c => c.ProvinceCode == province && c.Year == year && c.RevokedOn == null);
        if (decisionId is { } d) q = q.Where(c => c.DecisionId == d);
        var rows = (await q.OrderBy(c => c.Issuer).ThenBy(c => c.Sequence).ToListAsync(ct))
            .Select(c => new RewardRow(c.Id, c.Number, c.ProductName, c.ProducerName, c.Stars, c.Decision?.Number, c.IssuedOn, policy?.AmountFor(c.Stars) ?? 0)).ToList();
        return new(province, year, policy is null ? null : Dto(policy), rows, rows.Sum(r => r.Amount));
    }

    public static RewardPolicyDto Dto(RewardPolicy p) => new(p.ProvinceCode, p.Year, p.Amount3Stars, p.Amount4Stars, p.Amount5Stars, p.Basis, p.Version);

    /// <summary>The province the user works on: its own, or the one a national user names.</summary>
    public static string? ProvinceOf(UserScope scope, string? requested) => scope.Kind == ScopeKind.Province ? scope.ProvinceCode
        : scope.IsNational ? requested : null;

    /// <summary>Creates or updates the policy; returns errors, or null on success. A stale version throws (→ 409).</summary>
    public static async Task<(RewardPolicy? Policy, CertificateService.Errors Errors)> SaveAsync(OcopDbContext db, string province, int year, RewardPolicyInput input, CancellationToken ct)
    {
        var errors = new CertificateService.Errors();
        if (year is < 2018 or > 2100) errors.Add("year", "Năm không hợp lệ.");
        foreach (var (name, v) in new[] { ("amount3Stars", input.Amount3Stars), ("amount4Stars", input.Amount4Stars), ("amount5Stars", input.Amount5Stars) })
            if (v is null || v < 0 || v > 10_000_000_000m) errors.Add(name, "Mức thưởng (VND) phải từ 0 đến 10 tỷ.");
        var policy = await db.RewardPolicies.FirstOrDefaultAsync(p => p.ProvinceCode == province && p.Year == year, ct);
        if (policy is not null && input.Version is null) errors.Add("version", "Thiếu version (lấy từ lần đọc gần nhất) để phát hiện sửa đồng thời.");
        if (errors.Count > 0) return (null, errors);
        if (policy is null) db.RewardPolicies.Add(policy = new RewardPolicy { ProvinceCode = province, Year = year });
        else db.Entry(policy).Property(p => p.Version).OriginalValue = input.Version!.Value;
        (policy.Amount3Stars, policy.Amount4Stars, policy.Amount5Stars, policy.Basis) = (input.Amount3Stars!.Value, input.Amount4Stars!.Value, input.Amount5Stars!.Value, CertificateService.Clean(input.Basis));
        await db.SaveChangesAsync(ct);
        return (policy, errors);
    }

    public static void MapRewardEndpoints(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/rewards").WithTags("Khen thưởng OCOP").RequireAuthorization(Policies.Officer);

        g.MapGet("/{year:int}", async Task<Results<Ok<RewardList>, ProblemHttpResult>> (int year, string? province, int? decisionId, OcopDbContext db, HttpContext http, CancellationToken ct) =>
            ProvinceOf(UserScope.From(http.User), province) is { } p ? TypedResults.Ok(await ListAsync(db, p, year, decisionId, ct))
                : TypedResults.Problem(title: "Thiếu tỉnh", detail: "Chọn tỉnh (province=mã tỉnh).", statusCode: 400))
            .WithSummary("Danh sách khen thưởng của tỉnh trong năm (lọc theo quyết định), kèm tổng tiền");

        g.MapPut("/{year:int}/policy", async Task<Results<Ok<RewardPolicyDto>, ValidationProblem, ProblemHttpResult>> (int year, string? province, RewardPolicyInput input, OcopDbContext db, HttpContext http, CancellationToken ct) =>
        {
            if (ProvinceOf(UserScope.From(http.User), province) is not { } p) return TypedResults.Problem(title: "Thiếu tỉnh", detail: "Chọn tỉnh (province=mã tỉnh).", statusCode: 400);
            try
            {
                var (policy, errors) = await SaveAsync(db, p, year, input, ct);
                return policy is null ? TypedResults.ValidationProblem(errors, title: "Chính sách khen thưởng không hợp lệ") : TypedResults.Ok(Dto(policy));
            }
            catch (DbUpdateConcurrencyException)
            {
                return StaleEdit.Problem("Hãy tải lại chính sách khen thưởng và thử lại.");
            }
        }).RequireAuthorization(Policies.RecognitionAuthority).WithSummary("Đặt mức thưởng theo hạng sao của tỉnh trong năm (cần version khi sửa)");
    }
}
