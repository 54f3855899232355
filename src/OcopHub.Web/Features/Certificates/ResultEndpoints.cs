using Microsoft.AspNetCore.Http.HttpResults;
using OcopHub.Web.Data;
using OcopHub.Web.Features.Dossiers;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Certificates;

/// <summary>
/// After the council (Art. 7.3.đ–g, 7.4): the province's and the Minister's recognition decisions from the closed
/// evaluations, declines with their written notice, proposals to the Ministry, returns and rejections. Region-scoped;
/// refusals are ProblemDetails (400 field errors, 403 role, 404 scope, 409 state or stale version).
/// </summary>
public static class ResultEndpoints
{
    public static void MapResultEndpoints(this IEndpointRouteBuilder api)
    {
        var r = api.MapGroup("/recognitions").WithTags("Quyết định công nhận").RequireAuthorization(Policies.RecognitionAuthority);

        r.MapGet("/province/pending", async (ResultQueries queries, HttpContext http, CancellationToken ct) =>
            TypedResults.Ok(await queries.ProvincialAsync(UserScope.From(http.User), ct)))
            .WithSummary("Hồ sơ chờ UBND tỉnh quyết định, với kết quả đánh giá mới nhất và thao tác được phép (Choice)");

        r.MapPost("/province", async Task<Results<Created<DecisionDto>, ProblemHttpResult>> (ResultDecisionInput input, ResultDecisionService service, OcopDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
        {
            var (decision, result) = await service.RecogniseAtProvinceAsync(input, http.User, ct);
            return decision is null ? DossierEndpoints.Problem(result) : await CreatedAsync(decision.Id, db, http, clock, ct);
        }).WithSummary("Một quyết định công nhận cấp tỉnh (3, 4 sao) cho các hồ sơ đã chọn; số sao, điểm lấy từ kết quả Hội đồng");

        r.MapPost("/province/declines", async Task<Results<Ok<ResultBatchDto>, ProblemHttpResult>> (ResultBatchInput input, ResultDecisionService service, HttpContext http, CancellationToken ct) =>
            Batch(await service.DeclineAsync(input, http.User, ct)))
            .WithSummary("Không công nhận các sản phẩm 1–2 sao; chủ thể và UBND xã nhận thông báo kết quả (Điều 4.1.a, 7.3.g)");

        r.MapPost("/province/forwards", async Task<Results<Ok<ResultBatchDto>, ProblemHttpResult>> (ResultBatchInput input, ResultDecisionService service, HttpContext http, CancellationToken ct) =>
            Batch(await service.ForwardAsync(input, http.User, ct)))
            .WithSummary("Đề nghị Bộ Nông nghiệp và Môi trường đánh giá 5 sao các sản phẩm từ 90 điểm (Điều 7.3.e)");

        r.MapGet("/national/pending", async (ResultQueries queries, HttpContext http, CancellationToken ct) =>
            TypedResults.Ok(await queries.NationalAsync(UserScope.From(http.User), ct)))
            .WithSummary("Hồ sơ chờ Bộ quyết định (toàn quốc), với kết quả Hội đồng cấp trung ương khi đã có");

        r.MapPost("/national", async Task<Results<Created<DecisionDto>, ProblemHttpResult>> (ResultDecisionInput input, ResultDecisionService service, OcopDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
        {
            var (decision, result) = await service.RecogniseNationallyAsync(input, http.User, ct);
            return decision is null ? DossierEndpoints.Problem(result) : await CreatedAsync(decision.Id, db, http, clock, ct);
        }).WithSummary("Quyết định công nhận 5 sao của Bộ trưởng cho các hồ sơ có kết quả Hội đồng cấp trung ương đạt 5 sao");

        var d = api.MapGroup("/dossiers").WithTags("Quyết định công nhận").RequireAuthorization(Policies.SignedIn);

        d.MapPost("/{id:int}/decline", async Task<Results<Ok<DossierDto>, ProblemHttpResult>> (int id, ResultStepInput input, ResultDecisionService service, DossierQueries queries, HttpContext http, CancellationToken ct) =>
            await OneAsync(id, await service.DeclineOneAsync(id, input, http.User, ct), queries, http, ct))
            .RequireAuthorization(Policies.RecognitionAuthority).WithSummary("Không công nhận một sản phẩm 1–2 sao và gửi thông báo kết quả");

        d.MapPost("/{id:int}/forward-to-ministry", async Task<Results<Ok<DossierDto>, ProblemHttpResult>> (int id, ResultStepInput input, ResultDecisionService service, DossierQueries queries, HttpContext http, CancellationToken ct) =>
            await OneAsync(id, await service.ForwardOneAsync(id, input, http.User, ct), queries, http, ct))
            .RequireAuthorization(Policies.RecognitionAuthority).WithSummary("Đề nghị Bộ đánh giá 5 sao một sản phẩm từ 90 điểm");

        d.MapPost("/{id:int}/return-to-province", async Task<Results<Ok<DossierDto>, ProblemHttpResult>> (int id, ResultStepInput input, ResultDecisionService service, DossierQueries queries, HttpContext http, CancellationToken ct) =>
            await OneAsync(id, await service.ReturnToProvinceAsync(id, input, http.User, ct), queries, http, ct))
            .RequireAuthorization(Policies.RecognitionAuthority).WithSummary("Bộ trả hồ sơ về tỉnh (Điều 7.4.g), cần lý do");

        d.MapPost("/{id:int}/central-reject", async Task<Results<Ok<DossierDto>, ProblemHttpResult>> (int id, ResultStepInput input, ResultDecisionService service, DossierQueries queries, HttpContext http, CancellationToken ct) =>
            await OneAsync(id, await service.RejectAtMinistryAsync(id, input, http.User, ct), queries, http, ct))
            .RequireAuthorization(Policies.RecognitionAuthority).WithSummary("Bộ loại hồ sơ ở cấp trung ương, cần lý do");

        d.MapGet("/{id:int}/result-notice.pdf", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (int id, ResultQueries queries, HttpContext http, CancellationToken ct) =>
            await queries.NoticeAsync(id, UserScope.From(http.User), ct) is { } notice
                ? TypedResults.File(ResultNotice.Pdf(notice), "application/pdf", $"thong-bao-ket-qua-ho-so-{id}.pdf")
                : TypedResults.Problem(title: "Không có thông báo kết quả", detail: $"Không có hồ sơ số {id} không được công nhận trong phạm vi của bạn.", statusCode: 404))
            .WithSummary("Thông báo kết quả (PDF) của sản phẩm không được công nhận: nhận xét của Hội đồng và các tiêu chí cần nâng");
    }

    private static async Task<Results<Created<DecisionDto>, ProblemHttpResult>> CreatedAsync(int id, OcopDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Created($"/api/v1/decisions/{id}", (await CertificateEndpoints.LoadDecision(db, UserScope.From(http.User), id, VietnamTime.Today(clock), ct))!);

    private static Results<Ok<ResultBatchDto>, ProblemHttpResult> Batch((ResultBatchDto? Dto, WorkflowResult Result) r) =>
        r.Dto is { } dto ? TypedResults.Ok(dto) : DossierEndpoints.Problem(r.Result);

    private static async Task<Results<Ok<DossierDto>, ProblemHttpResult>> OneAsync(int id, (ResultBatchDto? Dto, WorkflowResult Result) r, DossierQueries queries, HttpContext http, CancellationToken ct) =>
        r.Dto is null ? DossierEndpoints.Problem(r.Result) : TypedResults.Ok(queries.Dto((await queries.LoadAsync(UserScope.From(http.User), id, ct))!, http.User));
}
