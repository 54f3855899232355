using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Data;
using OcopHub.Web.Features.Dossiers;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Councils;

/// <summary>Councils and the council's scoring of a dossier under /api/v1; region-scoped, ProblemDetails in Vietnamese.</summary>
public static class CouncilEndpoints
{
    public static void MapCouncilEndpoints(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/councils").WithTags("Hội đồng").RequireAuthorization(Policies.SignedIn);
        g.MapGet("/", async (CouncilService councils, HttpContext http, CancellationToken ct) =>
            TypedResults.Ok(await councils.ListAsync(UserScope.From(http.User), ct)))
            .WithSummary("Các Hội đồng đánh giá, phân hạng: của tỉnh (cán bộ tỉnh); mọi Hội đồng, gồm Hội đồng cấp trung ương (cán bộ Bộ)");
        g.MapPost("/", async Task<Results<Created<CouncilDto>, ProblemHttpResult>> (CouncilInput input, CouncilService councils, HttpContext http, CancellationToken ct) =>
        {
            var (c, result) = await councils.CreateAsync(input, http.User, ct);
            return c is null ? DossierEndpoints.Problem(result) : TypedResults.Created($"/api/v1/councils/{c.Id}", c);
        }).WithSummary("Lập Hội đồng cho một nhiệm kỳ: Chủ tịch, thành viên, túc số, chênh lệch điểm tối đa (Văn phòng Điều phối tỉnh; Bộ lập Hội đồng cấp trung ương)");

        g.MapGet("/{id:int}", async Task<Results<Ok<CouncilDto>, ProblemHttpResult>> (int id, CouncilService councils, HttpContext http, CancellationToken ct) =>
        {
            var (c, result) = await councils.GetAsync(id, http.User, ct);
            return c is null ? DossierEndpoints.Problem(result) : TypedResults.Ok(c);
        }).WithSummary("Một Hội đồng trong phạm vi của bạn");
        g.MapGet("/central-queue", async Task<Results<Ok<CentralQueueDto>, ProblemHttpResult>> (CentralQueue queue, HttpContext http, CancellationToken ct) =>
        {
            var (q, result) = await queue.ListAsync(http.User, ct);
            return q is null ? DossierEndpoints.Problem(result) : TypedResults.Ok(q);
        }).WithSummary("Chấm điểm cấp trung ương: hồ sơ Bộ đang đánh giá, với phiếu của bạn (cán bộ Bộ)");

        g.MapPut("/{id:int}", async Task<Results<Ok<CouncilDto>, ProblemHttpResult>> (int id, CouncilInput input, CouncilService councils, HttpContext http, CancellationToken ct) =>
        {
            var (c, result) = await councils.SaveAsync(id, input, http.User, ct);
            return c is null ? DossierEndpoints.Problem(result) : TypedResults.Ok(c);
        }).WithSummary("Sửa Hội đồng (cần version; 409 nếu đã cũ)");

        var d = api.MapGroup("/dossiers/{id:int}").WithTags("Hội đồng").RequireAuthorization(Policies.SignedIn);
        d.MapGet("/score-sheets", async (int id, CouncilScoring scoring, HttpContext http, CancellationToken ct) =>
            Reply(await scoring.ViewAsync(id, http.User, ct)))
            .WithSummary("Phiếu chấm của Hội đồng: phiếu của bạn; phiếu của người khác và kết quả sau khi bạn đã nộp");
        d.MapPut("/score-sheets/mine", async (int id, SheetInput input, CouncilScoring scoring, HttpContext http, CancellationToken ct) =>
            Reply(await scoring.SaveMineAsync(id, input, submit: false, http.User, ct)))
            .WithSummary("Lưu phiếu chấm của bạn (version; 409 nếu đã cũ)");
        d.MapPost("/score-sheets/mine/submit", async (int id, SheetInput input, CouncilScoring scoring, HttpContext http, CancellationToken ct) =>
            Reply(await scoring.SaveMineAsync(id, input, submit: true, http.User, ct)))
            .WithSummary("Nộp phiếu chấm của bạn (đủ mọi tiêu chí)");
        d.MapPost("/score-sheets/mine/recuse", async (int id, RecuseInput input, CouncilScoring scoring, HttpContext http, CancellationToken ct) =>
            Reply(await scoring.RecuseAsync(id, input, http.User, ct)))
            .WithSummary("Từ chối tham gia chấm (có liên quan đến chủ thể), ghi rõ lý do");
        d.MapPost("/score-sheets/reopen", async (int id, ReopenInput input, CouncilScoring scoring, HttpContext http, CancellationToken ct) =>
            Reply(await scoring.ReopenAsync(id, input, http.User, ct)))
            .WithSummary("Chủ tịch Hội đồng mở lại phiếu của thành viên để chấm lại");
        d.MapPost("/evaluation/open", async (int id, CloseInput input, CouncilScoring scoring, HttpContext http, CancellationToken ct) =>
            Reply(await scoring.OpenAsync(id, input, http.User, ct)))
            .WithSummary("Chủ tịch Hội đồng mở chấm điểm (OpenScoring)");
        d.MapPost("/evaluation/close", async (int id, CloseInput input, CouncilScoring scoring, HttpContext http, CancellationToken ct) =>
            Reply(await scoring.CloseAsync(id, input, http.User, ct)))
            .WithSummary("Chủ tịch Hội đồng kết luận: lưu kết quả; cấp tỉnh → UBND tỉnh quyết định; cấp trung ương ≥ 90 → chờ Bộ trưởng, < 90 → trả về tỉnh");
        d.MapPost("/evaluation/meeting", async (int id, MeetingInput input, CouncilScoring scoring, HttpContext http, CancellationToken ct) =>
            Reply(await scoring.SwitchToMeetingAsync(id, input, http.User, ct)))
            .WithSummary("Chủ tịch Hội đồng chuyển từ lấy ý kiến bằng văn bản sang họp trực tiếp, ghi rõ lý do (Điều 7.6.d)");
        d.MapPost("/evaluation/reject", async (int id, RejectInput input, CouncilScoring scoring, HttpContext http, CancellationToken ct) =>
            Reply(await scoring.RejectAsync(id, input, http.User, ct)))
            .WithSummary("Chủ tịch Hội đồng loại hồ sơ theo Phụ lục II (căn cứ, tiêu chí điểm loại, nhận xét; version của hồ sơ)");
        d.MapGet("/rejection", async Task<Results<Ok<DossierRejectionDto>, ProblemHttpResult>> (int id, OcopDbContext db, HttpContext http, CancellationToken ct) =>
        {
            if (!await db.Dossiers.InScope(UserScope.From(http.User)).AnyAsync(x => x.Id == id, ct)) return DossierEndpoints.Problem(WorkflowResult.NotFound(id));
            var r = await db.DossierRejections.AsNoTracking().Where(x => x.DossierId == id).OrderByDescending(x => x.Id).FirstOrDefaultAsync(ct);
            return r is null ? TypedResults.Problem(title: "Hồ sơ không bị loại", detail: $"Hồ sơ số {id} không bị Hội đồng loại.", statusCode: 404)
                : TypedResults.Ok(CouncilScoring.RejectionDto(r));
        }).WithSummary("Căn cứ loại hồ sơ (Phụ lục II), nếu hồ sơ bị Hội đồng loại");
        d.MapGet("/evaluation/minutes.xlsx", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (int id, CouncilMinutes minutes, HttpContext http, CancellationToken ct) =>
        {
            var (bytes, result) = await minutes.ExcelAsync(id, http.User, ct);
            return bytes is null ? DossierEndpoints.Problem(result) : TypedResults.File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"bien-ban-hoi-dong-{id}.xlsx");
        }).WithSummary("Biên bản chấm điểm của Hội đồng (Excel)");
        d.MapGet("/evaluation/minutes.pdf", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (int id, CouncilMinutes minutes, HttpContext http, CancellationToken ct) =>
        {
            var (bytes, result) = await minutes.PdfAsync(id, http.User, ct);
            return bytes is null ? DossierEndpoints.Problem(result) : TypedResults.File(bytes, "application/pdf", $"bien-ban-hoi-dong-{id}.pdf");
        }).WithSummary("Biên bản chấm điểm của Hội đồng (PDF)");
    }

    private static Results<Ok<ScoringViewDto>, ProblemHttpResult> Reply((ScoringViewDto? View, WorkflowResult Result) r) =>
        r.View is null ? DossierEndpoints.Problem(r.Result) : TypedResults.Ok(r.View);
}
