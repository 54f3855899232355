using Microsoft.AspNetCore.Http.HttpResults;
using OcopHub.Core.Scoring;
using OcopHub.Web.Features.Rulebooks;
using OcopHub.Web.Infrastructure;
using static OcopHub.Web.Features.Scoring.EvaluateContract;

namespace OcopHub.Web.Features.Scoring;

/// <summary>The star engine as a service: anyone may compute what a set of score sheets yields (nothing is stored).</summary>
public static class ScoringEndpoints
{
    public static void MapScoringEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/scoring/evaluate", async Task<Results<Ok<Response>, ProblemHttpResult>> (Request body, RulebookCatalog catalog, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(body.Rulebook) || body.Set is null)
                return Invalid("Thiếu 'rulebook' hoặc 'set'", "Cần mã phiên bản bộ tiêu chí (ví dụ \"26-2026\") và số bộ sản phẩm.");
            if (await catalog.FindAsync(body.Rulebook, ct) is not { } entry)
                return Invalid("Không có phiên bản bộ tiêu chí", $"Không có bộ tiêu chí '{body.Rulebook}'. Xem GET /api/v1/rulebooks.");
            var options = EvaluationOptions.Default;
            if (body.MinimumRule is { } rule)
            {
                if (!Enum.TryParse<MinimumRule>(rule, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
                    return Invalid("minimumRule không hợp lệ", $"'{rule}': dùng {string.Join(" hoặc ", Enum.GetNames<MinimumRule>())}.");
                options = options with { MinimumRule = parsed };
            }
            var sheets = (body.Sheets ?? []).Select(s => new ScoreSheetAnswers(s.MemberId, s.Answers ?? []) { KnockOuts = s.KnockOuts ?? [] }).ToList();
            try
            {
                var (result, gap) = GapAnalyzer.EvaluateWithGap(entry.Rulebook, body.Set.Value, sheets, body.Disqualifiers, options);
                return TypedResults.Ok(ToResponse(result, gap));
            }
            catch (ScoringException e)
            {
                return ScoringProblem(e);
            }
        })
        .WithTags("Chấm điểm").AllowAnonymous().RequireRateLimiting(SecuritySetup.PublicRateLimit)
        .WithSummary("Tính điểm, hạng sao, mức tối thiểu chưa đạt và phân tích khoảng cách từ các phiếu chấm");
    }

    private static ProblemHttpResult Invalid(string title, string detail) => TypedResults.Problem(title: title, detail: detail, statusCode: 400);

    /// <summary>Every problem in the request, each naming its criterion, so a client can flag all fields at once.</summary>
    internal static ProblemHttpResult ScoringProblem(ScoringException e) => TypedResults.Problem(
        title: "Phiếu chấm không hợp lệ",
        detail: e.MessageVi,
        statusCode: 400,
        type: "urn:ocophub:problem:scoring:" + e.Error,
        extensions: new Dictionary<string, object?>
        {
            ["criterion"] = e.CriterionCode,
            ["problems"] = e.Problems.Select(p => new
            {
                error = p.Error.ToString(), criterion = p.CriterionCode, value = p.Value, member = p.MemberIndex,
                memberId = p.MemberId, messageVi = p.MessageVi, messageEn = p.MessageEn,
            }).ToList(),
        });
}
