using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Data;
using OcopHub.Web.Features.Rounds;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Dossiers;

/// <summary>Dossiers (hồ sơ) and rounds (đợt đánh giá) under /api/v1, region-scoped on every read and write.</summary>
public static class DossierEndpoints
{
    public static void MapDossierEndpoints(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/dossiers").WithTags("Hồ sơ OCOP").RequireAuthorization(Policies.SignedIn);

        g.MapGet("/", async (DossierQueries queries, HttpContext http, [AsParameters] DossierFilter filter, CancellationToken ct) =>
            TypedResults.Ok(await queries.RowsAsync(queries.Filtered(UserScope.From(http.User), filter), ct)))
            .WithSummary("Hồ sơ trong phạm vi (lọc theo trạng thái, lần đăng ký, đợt, quá hạn)");

        g.MapGet("/inbox", async (DossierQueries queries, HttpContext http, CancellationToken ct) =>
            TypedResults.Ok(await queries.RowsAsync(queries.Inbox(http.User), ct)))
            .WithSummary("Việc cần xử lý: hồ sơ đang chờ vai trò của bạn");

        g.MapGet("/{id:int}", async Task<Results<Ok<DossierDto>, ProblemHttpResult>> (int id, DossierQueries queries, HttpContext http, CancellationToken ct) =>
            await queries.LoadAsync(UserScope.From(http.User), id, ct) is { } d ? TypedResults.Ok(await queries.DtoAsync(d, http.User, ct)) : Problem(WorkflowResult.NotFound(id)))
            .WithSummary("Một hồ sơ với dòng thời gian và các thao tác bạn được làm (404 nếu ngoài phạm vi)");

        g.MapPost("/", async Task<Results<Created<DossierDto>, ProblemHttpResult>> (DossierInput input, DossierDrafts drafts, DossierQueries queries, HttpContext http, CancellationToken ct) =>
        {
            var (d, result) = await drafts.CreateAsync(input, http.User, ct);
            if (d is null) return Problem(result);
            return TypedResults.Created($"/api/v1/dossiers/{d.Id}", await queries.DtoAsync((await queries.LoadAsync(UserScope.From(http.User), d.Id, ct))!, http.User, ct));
        }).WithSummary("Lập hồ sơ (bản nháp) cho một sản phẩm; Mẫu 01 điền sẵn từ chủ thể và sản phẩm");

        g.MapPut("/{id:int}", async (int id, DossierInput input, DossierDrafts drafts, DossierQueries queries, HttpContext http, CancellationToken ct) =>
            await Then(await drafts.UpdateAsync(id, input, http.User, ct), id, queries, http, ct))
            .WithSummary("Sửa bản nháp (Mẫu 01, câu trả lời Mẫu 02 hoặc chép từ bản tự đánh giá); cần version, 409 nếu đã cũ");

        g.MapPost("/{id:int}/transitions", async (int id, TransitionInput input, DossierWorkflow workflow, DossierQueries queries, HttpContext http, CancellationToken ct) =>
            await Then(await workflow.TransitionAsync(id, input, http.User, ct), id, queries, http, ct))
            .WithSummary("Chuyển bước quy trình: Submit, Receive, ReturnForCompletion, ForwardToProvince, AcceptAtProvince, AssignToRound (roundId), StartAdvisoryReview, Withdraw, Reject …");

        g.MapPut("/{id:int}/commune-report", async (int id, CommuneReportInput input, DossierWorkflow workflow, DossierQueries queries, HttpContext http, CancellationToken ct) =>
            await Then(await workflow.SaveCommuneReportAsync(id, input, http.User, ct), id, queries, http, ct))
            .WithSummary("Báo cáo Mẫu 03 của UBND cấp xã (bốn nội dung đánh giá tại địa phương)");

        g.MapPut("/{id:int}/advisory", async (int id, AdvisoryInput input, DossierWorkflow workflow, DossierQueries queries, HttpContext http, CancellationToken ct) =>
            await Then(await workflow.SaveAdvisoryAsync(id, input, http.User, ct), id, queries, http, ct))
            .WithSummary("Ghi kết quả khảo sát thực tế, yêu cầu và kết quả kiểm nghiệm bổ sung của Tổ tư vấn");

        // Bearer-token clients upload here; pages post through their own antiforgery-protected form.
        g.MapPost("/{id:int}/evidence", async Task<Results<Created<EvidenceDto>, ProblemHttpResult>> (int id, IFormFile? file, [Microsoft.AspNetCore.Mvc.FromForm] string? criterionCode,
            DossierDrafts drafts, HttpContext http, CancellationToken ct) =>
        {
            var (e, result) = await drafts.AddEvidenceAsync(id, criterionCode, file, http.User, ct);
            if (e is null) return Problem(result);
            var url = DossierQueries.EvidenceUrl(id, e.Id);
            return TypedResults.Created(url, new EvidenceDto(e.Id, e.CriterionCode, e.FileName, e.ContentType, e.SizeBytes, e.UploadedBy, e.UploadedAt, url));
        }).DisableAntiforgery().WithSummary("Tải minh chứng cho một tiêu chí (PDF, JPEG, PNG theo nội dung; tối đa 10 MB)");

        g.MapGet("/{id:int}/evidence/{evidenceId:int}", async Task<Results<PhysicalFileHttpResult, ProblemHttpResult>> (int id, int evidenceId, OcopDbContext db, EvidenceStore files, HttpContext http, CancellationToken ct) =>
        {
            var e = await db.Dossiers.InScope(UserScope.From(http.User)).Where(d => d.Id == id).SelectMany(d => d.Evidence).FirstOrDefaultAsync(x => x.Id == evidenceId, ct);
            var path = e is null ? null : files.PathOf(id, e.StoredName);
            if (e is null || !File.Exists(path)) return Problem(WorkflowResult.NotFound(id));
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return TypedResults.PhysicalFile(path, e.ContentType, e.FileName);
        }).WithSummary("Tải xuống minh chứng (chỉ người dùng trong phạm vi hồ sơ)");

        g.MapDelete("/{id:int}/evidence/{evidenceId:int}", async Task<Results<NoContent, ProblemHttpResult>> (int id, int evidenceId, DossierDrafts drafts, HttpContext http, CancellationToken ct) =>
        {
            var result = await drafts.DeleteEvidenceAsync(id, evidenceId, http.User, ct);
            return result.Ok ? TypedResults.NoContent() : Problem(result);
        }).WithSummary("Xoá minh chứng của bản nháp");

        var r = api.MapGroup("/rounds").WithTags("Đợt đánh giá").RequireAuthorization(Policies.SignedIn);
        r.MapGet("/", async (RoundService rounds, HttpContext http, int? year, CancellationToken ct) =>
            TypedResults.Ok(await rounds.ListAsync(UserScope.From(http.User), year, ct)))
            .WithSummary("Các đợt đánh giá của tỉnh (toàn quốc với Bộ)");
        r.MapPost("/", async Task<Results<Created<RoundDto>, ProblemHttpResult>> (RoundInput input, RoundService rounds, HttpContext http, CancellationToken ct) =>
        {
            var (round, result) = await rounds.CreateAsync(input, http.User, ct);
            return round is null ? Problem(result) : TypedResults.Created($"/api/v1/rounds/{round.Id}", RoundService.Dto(round));
        }).WithSummary("Lập đợt đánh giá: đợt 1/2 theo Điều 5.1 (ngày mặc định, có thể đổi) hoặc đợt bổ sung (cần căn cứ)");
        r.MapPut("/{id:int}", async Task<Results<Ok<RoundDto>, ProblemHttpResult>> (int id, RoundUpdate input, RoundService rounds, HttpContext http, CancellationToken ct) =>
        {
            var (round, result) = await rounds.UpdateAsync(id, input, http.User, ct);
            return round is null ? Problem(result) : TypedResults.Ok(RoundService.Dto(round));
        }).WithSummary("Đổi mốc thời gian, căn cứ của đợt đánh giá (cần version; không loại hồ sơ đã xếp vào đợt)");
    }

    private static async Task<Results<Ok<DossierDto>, ProblemHttpResult>> Then(WorkflowResult result, int id, DossierQueries queries, HttpContext http, CancellationToken ct) =>
        result.Ok ? TypedResults.Ok(await queries.DtoAsync((await queries.LoadAsync(UserScope.From(http.User), id, ct))!, http.User, ct)) : Problem(result);

    public static ProblemHttpResult Problem(WorkflowResult r) =>
        TypedResults.Problem(title: r.Title, detail: r.Detail, statusCode: r.Status,
            extensions: r.Errors is null ? null : new Dictionary<string, object?> { ["errors"] = r.Errors });
}
