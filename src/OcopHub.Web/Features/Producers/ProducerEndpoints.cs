using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Features.Registry;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Producers;

/// <summary>Producers (chủ thể OCOP), region-scoped on every read and write.</summary>
public static class ProducerEndpoints
{
    public sealed record ProducerDto(int Id, string Name, string LegalForm, string? TaxCode, string? Address, string? Phone, string? Email,
        string? Representative, string ProvinceCode, string CommuneCode, string CommuneName, long Version);

    public sealed record ProducerDetailDto(int Id, string Name, string LegalForm, string? RegistrationNumber, DateOnly? RegistrationDate,
        string? TaxCode, string? Address, string? Phone, string? Email,
        string? Representative, string? RepresentativeGender, string? RepresentativeEthnicity, bool RepresentativeHasDisability,
        int? Workers, int? LocalWorkers, bool IsSme, string? CraftVillage, bool GreenValueChain, string? ExportMarkets,
        string ProvinceCode, string CommuneCode, string CommuneName, long Version,
        IReadOnlyList<FinancialYearInput> FinancialYears, IReadOnlyList<CertificationInput> Certifications,
        IReadOnlyList<RawMaterialAreaInput> RawMaterialAreas, IReadOnlyList<SalesChannelInput> SalesChannels);

    public sealed record PagedList<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

    public static void MapProducerEndpoints(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/producers").WithTags("Chủ thể OCOP").RequireAuthorization(Policies.SignedIn);

        g.MapGet("/", async (OcopDbContext db, HttpContext http, [AsParameters] ProducerFilter filter, CancellationToken ct) =>
        {
            var query = ProducerSearch.Apply(db.Producers.InScope(UserScope.From(http.User)), filter);
            var (number, size) = filter.Paging();
            var items = await Project(ProducerSearch.Order(query, filter).Skip((number - 1) * size).Take(size)).ToListAsync(ct);
            var total = await PagedTotal.ResolveAsync(items.Count, number, size, () => query.CountAsync(ct));
            return TypedResults.Ok(new PagedList<ProducerDto>(items, total, number, size));
        }).WithSummary("Danh sách chủ thể trong phạm vi của người dùng (tìm không dấu, lọc, phân trang)");

        g.MapGet("/{id:int}", async Task<Results<Ok<ProducerDetailDto>, ProblemHttpResult>> (int id, OcopDbContext db, HttpContext http, CancellationToken ct) =>
            await LoadAsync(db, UserScope.From(http.User), id, ct) is { } p ? TypedResults.Ok(Detail(p)) : NotFound(id))
            .WithSummary("Một chủ thể (404 nếu ngoài phạm vi)");

        g.MapPost("/", async Task<Results<Created<ProducerDetailDto>, ValidationProblem, ProblemHttpResult>> (ProducerInput input, OcopDbContext db, ProducerRules rules, HttpContext http, CancellationToken ct) =>
        {
            var scope = UserScope.From(http.User);
            if (scope.Kind == ScopeKind.Producer) return TypedResults.Problem(title: "Chủ thể không được tạo chủ thể khác.", statusCode: 403);
            var (unit, errors) = await rules.ValidateAsync(input, scope, ct);
            if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Dữ liệu chủ thể không hợp lệ");
            var producer = new Producer();
            rules.Apply(producer, input, unit!);
            db.Producers.Add(producer);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"/api/v1/producers/{producer.Id}", Detail((await LoadAsync(db, scope, producer.Id, ct))!));
        }).RequireAuthorization(Policies.ProducerEditor).WithSummary("Tạo chủ thể");

        g.MapPut("/{id:int}", async Task<Results<Ok<ProducerDetailDto>, ValidationProblem, ProblemHttpResult>> (int id, ProducerInput input, OcopDbContext db, ProducerRules rules, HttpContext http, CancellationToken ct) =>
        {
            var scope = UserScope.From(http.User);
            var producer = await LoadAsync(db, scope, id, ct, tracking: true);
            if (producer is null) return NotFound(id);
            var (unit, errors) = await rules.ValidateAsync(input, scope, ct);
            if (input.Version is null) errors["version"] = ["Thiếu version (lấy từ lần đọc gần nhất) để phát hiện sửa đồng thời."];
            if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Dữ liệu chủ thể không hợp lệ");
            // The client's version is what it last read; if someone saved since, the update matches no row and is refused.
            db.Entry(producer).Property(p => p.Version).OriginalValue = input.Version!.Value;
            rules.Apply(producer, input, unit!);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException) { return Conflict(); }
            return TypedResults.Ok(Detail((await LoadAsync(db, scope, id, ct))!));
        }).RequireAuthorization(Policies.ProducerEditor).WithSummary("Sửa chủ thể (cần version)");

        g.MapDelete("/{id:int}", async Task<Results<NoContent, ProblemHttpResult>> (int id, OcopDbContext db, HttpContext http, CancellationToken ct) =>
        {
            var scope = UserScope.From(http.User);
            if (scope.Kind == ScopeKind.Producer) return TypedResults.Problem(title: "Chủ thể không được xoá hồ sơ chủ thể.", statusCode: 403);
            var producer = await LoadAsync(db, scope, id, ct, tracking: true);
            if (producer is null) return NotFound(id);
            if (await db.Products.AnyAsync(p => p.ProducerId == id, ct))
                return TypedResults.Problem(title: "Không thể xoá chủ thể đang có sản phẩm", detail: "Hãy xoá hoặc chuyển các sản phẩm trước.", statusCode: 409);
            db.Producers.Remove(producer);
            await db.SaveChangesAsync(ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(Policies.ProducerEditor).WithSummary("Xoá chủ thể");
    }

    /// <summary>A producer with its child rows, or null when it does not exist or is outside the scope.</summary>
    public static Task<Producer?> LoadAsync(OcopDbContext db, UserScope scope, int id, CancellationToken ct, bool tracking = false)
    {
        var q = db.Producers.InScope(scope).Include(p => p.CommuneUnit).Include(p => p.FinancialYears).Include(p => p.Certifications)
            .Include(p => p.RawMaterialAreas).Include(p => p.SalesChannels).AsSplitQuery();
        return (tracking ? q : q.AsNoTracking()).FirstOrDefaultAsync(p => p.Id == id, ct);
    }

    public static IQueryable<ProducerDto> Project(IQueryable<Producer> q) => q.Select(p => new ProducerDto(p.Id, p.Name, p.LegalForm, p.TaxCode,
        p.Address, p.Phone, p.Email, p.Representative, p.ProvinceCode, p.CommuneCode, p.CommuneUnit!.FullName, p.Version));

    public static ProducerDetailDto Detail(Producer p) => new(p.Id, p.Name, p.LegalForm, p.RegistrationNumber, p.RegistrationDate, p.TaxCode,
        p.Address, p.Phone, p.Email, p.Representative, p.RepresentativeGender, p.RepresentativeEthnicity, p.RepresentativeHasDisability,
        p.Workers, p.LocalWorkers, p.IsSme, p.CraftVillage, p.GreenValueChain, p.ExportMarkets, p.ProvinceCode, p.CommuneCode,
        p.CommuneUnit?.FullName ?? "", p.Version,
        p.FinancialYears.OrderBy(f => f.Year).Select(f => new FinancialYearInput(f.Year, f.Revenue, f.Profit)).ToList(),
        p.Certifications.OrderBy(c => c.Id).Select(c => new CertificationInput(c.Kind, c.Number, c.Issuer, c.ValidFrom, c.ValidTo)).ToList(),
        p.RawMaterialAreas.OrderBy(a => a.Id).Select(a => new RawMaterialAreaInput(a.Name, a.AreaHa, a.Certification)).ToList(),
        p.SalesChannels.OrderBy(c => c.Id).Select(c => new SalesChannelInput(c.Kind, c.Name, c.Url)).ToList());

    private static ProblemHttpResult NotFound(int id) =>
        TypedResults.Problem(title: "Không tìm thấy chủ thể", detail: $"Không có chủ thể số {id} trong phạm vi của bạn.", statusCode: 404);

    private static ProblemHttpResult Conflict() =>
        StaleEdit.Problem("Hãy tải lại chủ thể và áp dụng lại thay đổi của bạn.");
}
