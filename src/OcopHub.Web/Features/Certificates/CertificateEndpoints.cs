using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Certificates;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Certificates;

/// <summary>Certificates (giấy chứng nhận), recognition decisions, revocations and inspections; region-scoped except the public check.</summary>
public static class CertificateEndpoints
{
    public sealed record ReEvaluationInput(DateOnly? FiledOn, long? Version);

    public sealed record InspectionInput(string? Kind, DateOnly? InspectedOn, string? Inspector, string? Unit, string? Findings,
        bool? CriteriaStillMet, bool? MarkUsedCorrectly);

    public static IQueryable<Certificate> InScope(this IQueryable<Certificate> q, UserScope scope) => scope.Kind == ScopeKind.Producer
        ? q.Where(c => c.ProducerId == scope.ProducerId)
        : ScopeQueryExtensions.InScope(q, scope);

    public static void MapCertificateEndpoints(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/certificates").WithTags("Giấy chứng nhận OCOP").RequireAuthorization(Policies.SignedIn);

        g.MapGet("/", async (OcopDbContext db, HttpContext http, TimeProvider clock, string? status, string? q, int? page, int? pageSize, CancellationToken ct) =>
        {
            var today = VietnamTime.Today(clock);
            var query = CertificateViews.Filter(db.Certificates.InScope(UserScope.From(http.User)), status, today);
            if (!string.IsNullOrWhiteSpace(q)) query = query.Where(c => c.Number.Contains(q) || c.ProductName.Contains(q) || c.ProducerName.Contains(q));
            var size = Math.Clamp(pageSize ?? 50, 1, 500);
            var number = Math.Max(page ?? 1, 1);
            var total = await query.CountAsync(ct);
            var items = await query.Include(c => c.Decision).OrderBy(c => c.ExpiresOn).ThenBy(c => c.Id).Skip((number - 1) * size).Take(size).ToListAsync(ct);
            return TypedResults.Ok(new { items = items.Select(c => CertificateMapping.Dto(c, today)), total, page = number, pageSize = size });
        }).WithSummary("Giấy chứng nhận trong phạm vi; status = active|due|closing|overdue|expired|revoked|superseded");

        g.MapGet("/{id:int}", async Task<Results<Ok<CertificateDto>, ProblemHttpResult>> (int id, OcopDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
            await Load(db, http, id, ct) is { } c ? TypedResults.Ok(CertificateMapping.Dto(c, VietnamTime.Today(clock))) : NotFound())
            .WithSummary("Một giấy chứng nhận (404 nếu ngoài phạm vi)");

        g.MapGet("/{id:int}/pdf", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (int id, OcopDbContext db, HttpContext http, IConfiguration config, CancellationToken ct) =>
        {
            if (await Load(db, http, id, ct) is not { } c) return NotFound();
            var bytes = await PdfOf(db, c, http, config, ct);
            return TypedResults.File(bytes, "application/pdf", $"giay-chung-nhan-{CertificateViews.Slug(c.Number)}.pdf");
        }).WithSummary("Giấy chứng nhận dạng PDF (có mã QR xác minh)");

        // Public: other systems (e-commerce, traceability) check a number. Only what is printed on the certificate.
        api.MapGet("/certificates/{number}", async Task<Results<Ok<PublicCertificateDto>, ProblemHttpResult>> (string number, OcopDbContext db, TimeProvider clock, CancellationToken ct) =>
            await FindPublicAsync(db, number, ct) is { } c ? TypedResults.Ok(CertificateMapping.Public(c, VietnamTime.Today(clock)))
                : TypedResults.Problem(title: "Không tìm thấy giấy chứng nhận", detail: $"Không có giấy chứng nhận OCOP số '{number}'.", statusCode: 404))
            .WithTags("Giấy chứng nhận OCOP").AllowAnonymous().RequireRateLimiting(SecuritySetup.PublicRateLimit)
            .WithSummary("Xác minh công khai một giấy chứng nhận (số dạng 015-2026-OCOP-19 hoặc 015/2026/OCOP-19)");

        g.MapPut("/{id:int}/re-evaluation", async Task<Results<Ok<CertificateDto>, ValidationProblem, ProblemHttpResult>> (int id, ReEvaluationInput input, OcopDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
        {
            if (await Load(db, http, id, ct, tracking: true) is not { } c) return NotFound();
            var errors = new CertificateService.Errors();
            if (input.FiledOn is null) errors.Add("filedOn", "Vui lòng nhập ngày nộp hồ sơ đánh giá lại.");
            else if (input.FiledOn < c.IssuedOn) errors.Add("filedOn", "Ngày nộp không được trước ngày cấp giấy chứng nhận.");
            if (input.Version is null) errors.Add("version", "Thiếu version (lấy từ lần đọc gần nhất) để phát hiện sửa đồng thời.");
            if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Dữ liệu không hợp lệ");
            db.Entry(c).Property(x => x.Version).OriginalValue = input.Version!.Value;
            c.ReEvaluationFiledOn = input.FiledOn;
            try { await db.SaveChangesAsync(ct); } catch (DbUpdateConcurrencyException) { return Conflict(); }
            return TypedResults.Ok(CertificateMapping.Dto(c, VietnamTime.Today(clock)));
        }).RequireAuthorization(Policies.RecognitionAuthority).WithSummary("Ghi nhận ngày nộp hồ sơ đánh giá lại (cần version)");

        g.MapPost("/{id:int}/revocation", async Task<Results<Ok<CertificateDto>, ValidationProblem, ProblemHttpResult>> (int id, RevocationInput input, OcopDbContext db, CertificateService service, HttpContext http, TimeProvider clock, CancellationToken ct) =>
        {
            if (await Load(db, http, id, ct, tracking: true) is not { } c) return NotFound();
            if (!CertificateService.MayRevoke(http.User, c))
                return TypedResults.Problem(title: "Không có thẩm quyền thu hồi",
                    detail: $"Giấy chứng nhận {c.Stars} sao do {Revocation.AuthorityFor(c.Stars).Vi()} thu hồi (khoản 2 Điều 8).", statusCode: 403);
            try
            {
                var errors = await service.RevokeAsync(c, input, ct);
                if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Dữ liệu thu hồi không hợp lệ");
            }
            catch (DbUpdateConcurrencyException) { return Conflict(); }
            return TypedResults.Ok(CertificateMapping.Dto((await Load(db, http, id, ct))!, VietnamTime.Today(clock)));
        }).RequireAuthorization(Policies.RecognitionAuthority).WithSummary("Thu hồi giấy chứng nhận (Điều 8; cần version)");

        g.MapGet("/{id:int}/inspections", async Task<Results<Ok<List<InspectionDto>>, ProblemHttpResult>> (int id, OcopDbContext db, HttpContext http, CancellationToken ct) =>
        {
            if (await Load(db, http, id, ct) is not { } c) return NotFound();
            return TypedResults.Ok(c.Inspections.OrderBy(i => i.InspectedOn).Select(i => CertificateMapping.Dto(i, c.Stars)).ToList());
        }).RequireAuthorization(Policies.Officer).WithSummary("Các lần kiểm tra sau công nhận (Điều 9)");

        g.MapPost("/{id:int}/inspections", async Task<Results<Created<InspectionDto>, ValidationProblem, ProblemHttpResult>> (int id, InspectionInput input, OcopDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
        {
            if (await Load(db, http, id, ct) is not { } c) return NotFound();
            var (inspection, errors) = ValidateInspection(input, c, clock);
            if (inspection is null) return TypedResults.ValidationProblem(errors, title: "Dữ liệu kiểm tra không hợp lệ");
            db.CertificateInspections.Add(inspection);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"/api/v1/certificates/{id}/inspections", CertificateMapping.Dto(inspection, c.Stars));
        }).RequireAuthorization(Policies.RecognitionAuthority).WithSummary("Ghi biên bản kiểm tra định kỳ/đột xuất; kết luận vi phạm mở căn cứ thu hồi b hoặc d");

        var d = api.MapGroup("/decisions").WithTags("Quyết định công nhận").RequireAuthorization(Policies.SignedIn);

        d.MapPost("/", async Task<Results<Created<DecisionDto>, ValidationProblem, ProblemHttpResult>> (DecisionInput input, OcopDbContext db, CertificateService service, HttpContext http, TimeProvider clock, CancellationToken ct) =>
        {
            var scope = UserScope.From(http.User);
            var (decision, errors) = await service.RecordDecisionAsync(input, scope, CertificateService.LevelFor(http.User), ct);
            if (decision is null) return TypedResults.ValidationProblem(errors, title: "Dữ liệu quyết định công nhận không hợp lệ");
            return TypedResults.Created($"/api/v1/decisions/{decision.Id}", (await LoadDecision(db, scope, decision.Id, VietnamTime.Today(clock), ct))!);
        }).RequireAuthorization(Policies.RecognitionAuthority).WithSummary("Ghi nhận quyết định công nhận và cấp giấy chứng nhận cho từng sản phẩm");

        d.MapGet("/{id:int}", async Task<Results<Ok<DecisionDto>, ProblemHttpResult>> (int id, OcopDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
            await LoadDecision(db, UserScope.From(http.User), id, VietnamTime.Today(clock), ct) is { } dto ? TypedResults.Ok(dto)
                : TypedResults.Problem(title: "Không tìm thấy quyết định", detail: $"Không có quyết định số {id} trong phạm vi của bạn.", statusCode: 404))
            .WithSummary("Một quyết định công nhận với các giấy chứng nhận trong phạm vi");
    }

    public static (CertificateInspection?, CertificateService.Errors) ValidateInspection(InspectionInput input, Certificate c, TimeProvider clock)
    {
        var errors = new CertificateService.Errors();
        InspectionKind kind = InspectionKind.Periodic;
        if (input.Kind is not { Length: > 0 } k || !Enum.TryParse(k, ignoreCase: true, out kind)) errors.Add("kind", "Loại kiểm tra là Periodic (định kỳ) hoặc AdHoc (đột xuất).");
        if (input.InspectedOn is null) errors.Add("inspectedOn", "Vui lòng nhập ngày kiểm tra.");
        else if (input.InspectedOn < c.IssuedOn || input.InspectedOn > VietnamTime.Today(clock).AddDays(1)) errors.Add("inspectedOn", "Ngày kiểm tra phải từ ngày cấp đến hôm nay.");
        if (string.IsNullOrWhiteSpace(input.Inspector)) errors.Add("inspector", "Vui lòng nhập người/đoàn kiểm tra.");
        if (errors.Count > 0) return (null, errors);
        return (new CertificateInspection
        {
            CertificateId = c.Id, Kind = kind, InspectedOn = input.InspectedOn!.Value, Inspector = input.Inspector!.Trim(),
            Unit = CertificateService.Clean(input.Unit), Findings = CertificateService.Clean(input.Findings),
            CriteriaStillMet = input.CriteriaStillMet ?? true, MarkUsedCorrectly = input.MarkUsedCorrectly ?? true,
            ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode, CreatedAt = clock.GetUtcNow().UtcDateTime,
        }, errors);
    }

    public static Task<Certificate?> Load(OcopDbContext db, HttpContext http, int id, CancellationToken ct, bool tracking = false)
    {
        var q = db.Certificates.InScope(UserScope.From(http.User)).Include(c => c.Decision).Include(c => c.Inspections);
        return (tracking ? q : q.AsNoTracking()).FirstOrDefaultAsync(c => c.Id == id, ct);
    }

    public static Task<Certificate?> FindPublicAsync(OcopDbContext db, string? number, CancellationToken ct) =>
        CertificateViews.FromSlug(number) is { } n
            ? db.Certificates.AsNoTracking().Include(c => c.Decision).FirstOrDefaultAsync(c => c.Number == n, ct)
            : Task.FromResult<Certificate?>(null);

    public static async Task<byte[]> PdfOf(OcopDbContext db, Certificate c, HttpContext http, IConfiguration config, CancellationToken ct)
    {
        var province = await db.AdministrativeUnits.Where(u => u.Code == c.ProvinceCode && u.Level == UnitLevel.Province && u.ValidTo == null)
            .Select(u => u.Name).FirstOrDefaultAsync(ct) ?? "";
        return CertificatePdf.Certificate(c, c.Decision!, province, PublicUrl(http, config, CertificateViews.VerifyPath(c.Number)));
    }

    /// <summary>The QR must work from a phone, so it carries an absolute URL: Portal:BaseUrl when set (behind a proxy), else this request's host.</summary>
    public static string PublicUrl(HttpContext http, IConfiguration config, string path) =>
        (config["Portal:BaseUrl"]?.TrimEnd('/') ?? $"{http.Request.Scheme}://{http.Request.Host}") + path;

    internal static async Task<DecisionDto?> LoadDecision(OcopDbContext db, UserScope scope, int id, DateOnly today, CancellationToken ct)
    {
        var decision = await db.RecognitionDecisions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (decision is null) return null;
        var certificates = await db.Certificates.InScope(scope).AsNoTracking().Where(c => c.DecisionId == id).OrderBy(c => c.Sequence).ToListAsync(ct);
        var visible = scope.IsNational || (scope.Kind == ScopeKind.Province && decision.ProvinceCode == scope.ProvinceCode) || certificates.Count > 0;
        if (!visible) return null;
        foreach (var c in certificates) c.Decision = decision;
        return new(decision.Id, decision.Number, decision.DecisionDate, decision.Level, decision.ProvinceCode, decision.SignerName, decision.SignerTitle,
            decision.Note, decision.Version, certificates.Select(c => CertificateMapping.Dto(c, today)).ToList());
    }

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(title: "Không tìm thấy giấy chứng nhận", detail: "Không có giấy chứng nhận này trong phạm vi của bạn.", statusCode: 404);

    private static ProblemHttpResult Conflict() =>
        StaleEdit.Problem("Hãy tải lại giấy chứng nhận và thử lại.");
}
