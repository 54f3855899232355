using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Text;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Producers;

/// <summary>Producers (chủ thể OCOP), region-scoped on every read and write.</summary>
public static class ProducerEndpoints
{
    public sealed record ProducerDto(int Id, string Name, string LegalForm, string? TaxCode, string? Address, string? Phone, string? Email,
        string? Representative, string ProvinceCode, string CommuneCode, string CommuneName, long Version);

    public sealed record ProducerInput(string? Name, string? LegalForm, string? TaxCode, string? Address, string? Phone, string? Email,
        string? Representative, string? CommuneCode, long? Version);

    public sealed record PagedList<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

    public static void MapProducerEndpoints(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/producers").WithTags("Chủ thể OCOP").RequireAuthorization(Policies.SignedIn);

        g.MapGet("/", async (OcopDbContext db, HttpContext http, string? q, int? page, int? pageSize, CancellationToken ct) =>
        {
            var size = Math.Clamp(pageSize ?? 20, 1, 200);
            var number = Math.Max(page ?? 1, 1);
            var query = db.Producers.InScope(UserScope.From(http.User));
            var folded = VietnameseText.Fold(q);
            if (folded.Length > 0) query = query.Where(p => p.SearchName.Contains(folded));
            var total = await query.CountAsync(ct);
            var items = await Project(query.OrderBy(p => p.Name).Skip((number - 1) * size).Take(size)).ToListAsync(ct);
            return TypedResults.Ok(new PagedList<ProducerDto>(items, total, number, size));
        }).WithSummary("Danh sách chủ thể trong phạm vi của người dùng");

        g.MapGet("/{id:int}", async Task<Results<Ok<ProducerDto>, ProblemHttpResult>> (int id, OcopDbContext db, HttpContext http, CancellationToken ct) =>
            await Project(db.Producers.InScope(UserScope.From(http.User)).Where(p => p.Id == id)).FirstOrDefaultAsync(ct) is { } dto
                ? TypedResults.Ok(dto) : NotFound(id))
            .WithSummary("Một chủ thể (404 nếu ngoài phạm vi)");

        g.MapPost("/", async Task<Results<Created<ProducerDto>, ValidationProblem, ProblemHttpResult>> (ProducerInput input, OcopDbContext db, HttpContext http, CancellationToken ct) =>
        {
            var scope = UserScope.From(http.User);
            if (scope.Kind == ScopeKind.Producer) return TypedResults.Problem(title: "Chủ thể không được tạo chủ thể khác.", statusCode: 403);
            var (unit, errors) = await ValidateAsync(input, db, scope, ct);
            if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Dữ liệu chủ thể không hợp lệ");
            var producer = new Producer();
            Apply(producer, input, unit!);
            db.Producers.Add(producer);
            await db.SaveChangesAsync(ct);
            var dto = await Project(db.Producers.Where(p => p.Id == producer.Id)).FirstAsync(ct);
            return TypedResults.Created($"/api/v1/producers/{producer.Id}", dto);
        }).RequireAuthorization(Policies.ProducerEditor).WithSummary("Tạo chủ thể");

        g.MapPut("/{id:int}", async Task<Results<Ok<ProducerDto>, ValidationProblem, ProblemHttpResult>> (int id, ProducerInput input, OcopDbContext db, HttpContext http, CancellationToken ct) =>
        {
            var scope = UserScope.From(http.User);
            var producer = await db.Producers.InScope(scope).FirstOrDefaultAsync(p => p.Id == id, ct);
            if (producer is null) return NotFound(id);
            var (unit, errors) = await ValidateAsync(input, db, scope, ct);
            if (input.Version is null) errors["version"] = ["Thiếu version (lấy từ lần đọc gần nhất) để phát hiện sửa đồng thời."];
            if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Dữ liệu chủ thể không hợp lệ");
            // The client's version is what it last read; if someone saved since, the update matches no row and is refused.
            db.Entry(producer).Property(p => p.Version).OriginalValue = input.Version!.Value;
            Apply(producer, input, unit!);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException) { return Conflict(); }
            return TypedResults.Ok(await Project(db.Producers.Where(p => p.Id == id)).FirstAsync(ct));
        }).RequireAuthorization(Policies.ProducerEditor).WithSummary("Sửa chủ thể (cần version)");

        g.MapDelete("/{id:int}", async Task<Results<NoContent, ProblemHttpResult>> (int id, OcopDbContext db, HttpContext http, CancellationToken ct) =>
        {
            var scope = UserScope.From(http.User);
            if (scope.Kind == ScopeKind.Producer) return TypedResults.Problem(title: "Chủ thể không được xoá hồ sơ chủ thể.", statusCode: 403);
            var producer = await db.Producers.InScope(scope).FirstOrDefaultAsync(p => p.Id == id, ct);
            if (producer is null) return NotFound(id);
            db.Producers.Remove(producer);
            await db.SaveChangesAsync(ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(Policies.ProducerEditor).WithSummary("Xoá chủ thể");
    }

    private static IQueryable<ProducerDto> Project(IQueryable<Producer> q) => q.Select(p => new ProducerDto(p.Id, p.Name, p.LegalForm, p.TaxCode,
        p.Address, p.Phone, p.Email, p.Representative, p.ProvinceCode, p.CommuneCode, p.CommuneUnit!.FullName, p.Version));

    private static ProblemHttpResult NotFound(int id) =>
        TypedResults.Problem(title: "Không tìm thấy chủ thể", detail: $"Không có chủ thể số {id} trong phạm vi của bạn.", statusCode: 404);

    private static ProblemHttpResult Conflict() =>
        TypedResults.Problem(title: "Dữ liệu đã bị người khác thay đổi", detail: "Hãy tải lại chủ thể và áp dụng lại thay đổi của bạn.", statusCode: 409);

    private static async Task<(AdministrativeUnit? Unit, Dictionary<string, string[]> Errors)> ValidateAsync(ProducerInput input, OcopDbContext db, UserScope scope, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Name)) errors["name"] = ["Vui lòng nhập tên chủ thể."];
        else if (input.Name.Length > 300) errors["name"] = ["Tên chủ thể tối đa 300 ký tự."];
        if (string.IsNullOrWhiteSpace(input.LegalForm)) errors["legalForm"] = ["Vui lòng chọn loại hình chủ thể."];
        AdministrativeUnit? unit = null;
        if (string.IsNullOrWhiteSpace(input.CommuneCode)) errors["communeCode"] = ["Vui lòng chọn xã/phường."];
        else
        {
            unit = await db.AdministrativeUnits.FirstOrDefaultAsync(u => u.Code == input.CommuneCode && u.Level == UnitLevel.Commune && u.ValidTo == null, ct);
            if (unit is null) errors["communeCode"] = [$"Không có xã/phường mã '{input.CommuneCode}'."];
            else if (!scope.Covers(unit.ProvinceCode, unit.Code) && scope.Kind != ScopeKind.Producer)
                errors["communeCode"] = ["Xã/phường nằm ngoài phạm vi quản lý của bạn."];
            else if (scope.Kind == ScopeKind.Producer && unit.Code != scope.CommuneCode)
                errors["communeCode"] = ["Chủ thể không được tự chuyển sang xã/phường khác; liên hệ cán bộ xã."];
        }
        return (unit, errors);
    }

    private static void Apply(Producer p, ProducerInput i, AdministrativeUnit unit)
    {
        p.Name = i.Name!.Trim();
        p.SearchName = VietnameseText.Fold(p.Name);
        p.LegalForm = i.LegalForm!.Trim();
        p.TaxCode = i.TaxCode?.Trim();
        p.Address = i.Address?.Trim();
        p.Phone = i.Phone?.Trim();
        p.Email = i.Email?.Trim();
        p.Representative = i.Representative?.Trim();
        p.CommuneUnitId = unit.Id;
        p.CommuneCode = unit.Code;
        p.ProvinceCode = unit.ProvinceCode;
    }
}
