using Microsoft.AspNetCore.Http.HttpResults;
using OcopHub.Web.Infrastructure;
using static OcopHub.Web.Features.Rulebooks.RulebookDtos;

namespace OcopHub.Web.Features.Rulebooks;

/// <summary>The national criteria are public: anyone may read every version, set and sheet.</summary>
public static class RulebookEndpoints
{
    public static void MapRulebookEndpoints(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/rulebooks").WithTags("Bộ tiêu chí").AllowAnonymous().RequireRateLimiting(SecuritySetup.PublicRateLimit);

        g.MapGet("/", async (RulebookCatalog catalog, TimeProvider clock, CancellationToken ct) =>
        {
            var today = VietnamTime.Today(clock);
            return TypedResults.Ok((await catalog.AllAsync(ct)).Select(e => ToDto(e.Rulebook, today)).OrderByDescending(r => r.EffectiveFrom).ToList());
        }).WithSummary("Các phiên bản bộ tiêu chí và thời gian hiệu lực");

        g.MapGet("/{version}/sets", async Task<Results<Ok<List<SetDto>>, ProblemHttpResult>> (string version, RulebookCatalog catalog, CancellationToken ct) =>
            await catalog.FindAsync(version, ct) is { } e ? TypedResults.Ok(Sets(e.Rulebook).ToList()) : UnknownVersion(version))
            .WithSummary("Các bộ sản phẩm của một phiên bản (kèm ngành, nhóm)");

        g.MapGet("/{version}/sets/{setNo:int}", async Task<Results<Ok<SheetDto>, ProblemHttpResult>> (string version, int setNo, RulebookCatalog catalog, CancellationToken ct) =>
        {
            if (await catalog.FindAsync(version, ct) is not { } e) return UnknownVersion(version);
            var set = Sets(e.Rulebook).FirstOrDefault(s => s.No == setNo);
            var sheet = e.Rulebook.FindSheet(setNo);
            if (set is null || sheet is null)
                return TypedResults.Problem(title: "Không có phiếu đánh giá", detail: $"Phiên bản {version} không có phiếu chấm cho bộ sản phẩm số {setNo}.", statusCode: 404);
            return TypedResults.Ok(ToDto(e.Rulebook, set, sheet));
        }).WithSummary("Phiếu đánh giá đầy đủ của một bộ sản phẩm (mã phương án, điểm, mức sao tối thiểu)");
    }

    internal static ProblemHttpResult UnknownVersion(string version) =>
        TypedResults.Problem(title: "Không có phiên bản bộ tiêu chí", detail: $"Không có bộ tiêu chí '{version}'. Xem GET /api/v1/rulebooks.", statusCode: 404);
}
