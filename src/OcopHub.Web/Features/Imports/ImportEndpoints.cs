using Microsoft.AspNetCore.Http.HttpResults;
using OcopHub.Web.Features.Registry;
using OcopHub.Web.Features.Rulebooks;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Imports;

/// <summary>Spreadsheet imports over the API: upload → preview (background check) → commit; templates and error reports.</summary>
public static class ImportEndpoints
{
    /// <summary>One row's result; <c>Sheet</c> is the sheet's name in the file (child sheets: Tài chính, Chứng nhận …).</summary>
    public sealed record RowDto(int Row, string Status, string Label, IReadOnlyList<string> Errors, string Sheet);
    public sealed record CountsDto(int Created, int Updated, int Unchanged, int Error);
    /// <summary>A child sheet read from the file: what it holds (key), its name, how its columns were mapped, its counts.</summary>
    public sealed record SheetDto(string Key, string Name, IReadOnlyList<string> Headers, IReadOnlyDictionary<string, string> Mapping, CountsDto Counts);
    public sealed record JobDto(string Id, string Kind, string State, int Percent, int Done, int Total, string? Message, string FileName,
        CountsDto Counts, IReadOnlyList<string> Headers, IReadOnlyDictionary<string, string> Mapping, IReadOnlyList<RowDto> Rows, int Page, int PageSize,
        IReadOnlyList<SheetDto> Sheets);

    public static JobDto Dto(ImportJob job, int page = 1, int pageSize = 100, string? status = null)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, 1000);
        var rows = job.Busy ? [] : job.Rows;
        var filtered = Enum.TryParse<ImportRowStatus>(status, true, out var s) ? rows.Where(r => r.Status == s) : rows;
        return new(job.Id, job.Kind.ToString(), job.State.ToString(), job.Percent, job.Done, job.Total, job.Message, job.FileName,
            Counts(rows), job.Headers, job.Mapping.ToDictionary(m => m.Key, m => job.Headers[m.Value]),
            filtered.Skip((page - 1) * pageSize).Take(pageSize).Select(r => new RowDto(r.Number, r.Status.ToString(), r.Label, r.Errors, job.SheetName(r))).ToList(),
            page, pageSize,
            job.Sheets.Select(sh => new SheetDto(sh.Definition.Key, sh.Name, sh.Headers, sh.Mapping.ToDictionary(m => m.Key, m => sh.Headers[m.Value]),
                Counts(rows.Where(r => r.Sheet == sh.Definition.Key).ToList()))).ToList());
    }

    private static CountsDto Counts(IReadOnlyList<ImportRowResult> rows) =>
        new(Count(rows, ImportRowStatus.Created), Count(rows, ImportRowStatus.Updated), Count(rows, ImportRowStatus.Unchanged), Count(rows, ImportRowStatus.Error));

    private static int Count(IReadOnlyList<ImportRowResult> rows, ImportRowStatus s) => rows.Count(r => r.Status == s);

    public static void MapImportEndpoints(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/imports").WithTags("Nhập dữ liệu từ Excel").RequireAuthorization(Policies.Importer);

        // Bearer-token clients upload here (the pages have their own antiforgery-protected form; the cookie is SameSite=Lax).
        g.MapPost("/", async Task<Results<Accepted<JobDto>, ProblemHttpResult>> (HttpRequest request, ImportJobs jobs, CancellationToken ct) =>
        {
            if (!request.HasFormContentType) return Problem("Gửi tệp dạng multipart/form-data (trường 'file' và 'kind').");
            var form = await request.ReadFormAsync(ct);
            if (!ImportFields.TryParseKind(form["kind"], out var kind)) return Problem("Loại dữ liệu (kind) là producers, products hoặc history.");
            // Optional mapping: map.<field>=<file header>, for files whose headers differ from the template.
            var mapping = form.Keys.Where(k => k.StartsWith("map.", StringComparison.Ordinal)).ToDictionary(k => k[4..], k => form[k].ToString());
            var (job, error) = await jobs.StartAsync(kind, form.Files.GetFile("file"), mapping, request.HttpContext.User, ct);
            if (error is not null) return Problem(error, job is null ? null : new Dictionary<string, object?> { ["id"] = job.Id, ["headers"] = job.Headers });
            return TypedResults.Accepted($"/api/v1/imports/{job!.Id}", Dto(job));
        }).DisableAntiforgery().WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(64L * 1024 * 1024))
          .WithSummary("Tải tệp .xlsx/.csv lên (kind = producers | products | history); trả về mã phiên nhập để xem trước");

        g.MapGet("/{id}", Results<Ok<JobDto>, ProblemHttpResult> (string id, int? page, int? pageSize, string? status, ImportJobs jobs, HttpContext http) =>
            jobs.Find(id, http.User) is { } job ? TypedResults.Ok(Dto(job, page ?? 1, pageSize ?? 100, status)) : NotFound())
            .WithSummary("Trạng thái, tiến độ và kết quả từng dòng (phân trang; lọc theo status)");

        g.MapPost("/{id}/commit", Results<Accepted<JobDto>, ProblemHttpResult> (string id, ImportJobs jobs, HttpContext http) =>
        {
            if (jobs.Find(id, http.User) is not { } job) return NotFound();
            if (jobs.Commit(job) is { } error) return Problem(error, status: StatusCodes.Status409Conflict);
            return TypedResults.Accepted($"/api/v1/imports/{job.Id}", Dto(job));
        }).WithSummary("Ghi toàn bộ (một giao dịch); bị từ chối khi còn dòng lỗi");

        g.MapGet("/{id}/errors.xlsx", Results<FileContentHttpResult, ProblemHttpResult> (string id, ImportJobs jobs, HttpContext http) =>
            jobs.Find(id, http.User) is { Busy: false } job
                ? TypedResults.File(ImportSheets.ErrorReport(job), ImportSheets.XlsxType, $"loi-nhap-{job.Id[..8]}.xlsx")
                : NotFound())
            .WithSummary("Báo cáo lỗi (.xlsx): các dòng lỗi và lý do");

        g.MapGet("/templates/{kind}.xlsx", Results<FileContentHttpResult, ProblemHttpResult> (string kind, RegistryReference reference, RulebookCatalog rulebooks) =>
            ImportFields.TryParseKind(kind, out var k)
                ? TypedResults.File(ImportSheets.Template(k, reference, rulebooks), ImportSheets.XlsxType, $"mau-nhap-{kind.ToLowerInvariant()}.xlsx")
                : Problem("Không có tệp mẫu này (producers, products, history).", status: StatusCodes.Status404NotFound))
            .WithSummary("Tệp mẫu tiếng Việt (kèm hướng dẫn và danh mục mã)");
    }

    private static ProblemHttpResult Problem(string title, IDictionary<string, object?>? extensions = null, int status = StatusCodes.Status400BadRequest) =>
        TypedResults.Problem(title: title, statusCode: status, extensions: extensions);

    private static ProblemHttpResult Problem(string title, int status) => Problem(title, null, status);

    private static ProblemHttpResult NotFound() => Problem("Không có phiên nhập này.", status: StatusCodes.Status404NotFound);
}
