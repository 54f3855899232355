using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Infrastructure;
using static OcopHub.Web.Features.AdminUnits.AdminUnitQueries;

namespace OcopHub.Web.Features.AdminUnits;

/// <summary>Public reference data: Vietnam's administrative units, today or as of a past date.</summary>
public static class AdminUnitEndpoints
{
    public sealed record SuccessionDto(string Code, string FullName, bool Partial, DateOnly? ValidTo);

    public static void MapAdminUnitEndpoints(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/admin-units").WithTags("Đơn vị hành chính").AllowAnonymous().RequireRateLimiting(SecuritySetup.PublicRateLimit);

        g.MapGet("/", async Task<Results<Ok<List<UnitDto>>, ProblemHttpResult>> (OcopDbContext db, TimeProvider clock,
            string? level, string? q, string? province, DateOnly? asOf, CancellationToken ct) =>
        {
            var units = db.AdministrativeUnits.ValidOn(asOf ?? Today(clock));
            if (level is not null)
            {
                if (!Enum.TryParse<UnitLevel>(level, ignoreCase: true, out var l) || !Enum.IsDefined(l))
                    return TypedResults.Problem(title: "Cấp đơn vị không hợp lệ", detail: $"level='{level}': dùng province, district hoặc commune.", statusCode: 400);
                units = units.Where(u => u.Level == l);
            }
            if (!string.IsNullOrWhiteSpace(province)) units = units.Where(u => u.ProvinceCode == province);
            if (level is null && string.IsNullOrWhiteSpace(q) && string.IsNullOrWhiteSpace(province))
                units = units.Where(u => u.Level == UnitLevel.Province); // never dump 13,000 rows by accident
            return TypedResults.Ok(await units.Search(q).Take(500).ToDtosAsync(ct));
        }).WithSummary("Danh sách đơn vị hành chính (level=province|district|commune, q tìm không dấu, asOf=yyyy-MM-dd)");

        g.MapGet("/{code}", async Task<Results<Ok<UnitDto>, ProblemHttpResult>> (string code, DateOnly? asOf, OcopDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var day = asOf ?? Today(clock);
            var unit = await db.AdministrativeUnits.ValidOn(day).Where(u => u.Code == code).OrderBy(u => u.Level).ToDtosAsync(ct);
            return unit.Count > 0 ? TypedResults.Ok(unit[0]) : NotFoundUnit(code, day);
        }).WithSummary("Một đơn vị hành chính theo mã");

        g.MapGet("/{code}/children", async Task<Results<Ok<List<UnitDto>>, ProblemHttpResult>> (string code, DateOnly? asOf, OcopDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var day = asOf ?? Today(clock);
            var parent = await FindAsync(db, code, day, ct);
            if (parent is null) return NotFoundUnit(code, day);
            return TypedResults.Ok(await db.AdministrativeUnits.ValidOn(day).Where(u => u.ParentCode == parent.Code && u.Level > parent.Level).ToDtosAsync(ct));
        }).WithSummary("Các đơn vị trực thuộc");

        g.MapGet("/{code}/successors", async Task<Results<Ok<List<SuccessionDto>>, ProblemHttpResult>> (string code, DateOnly? asOf, OcopDbContext db, CancellationToken ct) =>
        {
            // Old units are addressed by their code as valid before the reorganisation.
            var day = asOf ?? new DateOnly(2025, 6, 30);
            var unit = await FindAsync(db, code, day, ct);
            if (unit is null) return NotFoundUnit(code, day);
            var rows = await db.UnitSuccessions.Where(s => s.OldUnitId == unit.Id)
                .Select(s => new SuccessionDto(s.NewUnit!.Code, s.NewUnit.FullName, s.Partial, s.NewUnit.ValidTo)).ToListAsync(ct);
            return TypedResults.Ok(rows);
        }).WithSummary("Đơn vị mới tiếp nhận đơn vị cũ (sau sắp xếp 2025)");

        g.MapGet("/{code}/predecessors", async Task<Results<Ok<List<SuccessionDto>>, ProblemHttpResult>> (string code, OcopDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var unit = await FindAsync(db, code, Today(clock), ct);
            if (unit is null) return NotFoundUnit(code, Today(clock));
            var rows = await db.UnitSuccessions.Where(s => s.NewUnitId == unit.Id)
                .Select(s => new SuccessionDto(s.OldUnit!.Code, s.OldUnit.FullName, s.Partial, s.OldUnit.ValidTo)).ToListAsync(ct);
            return TypedResults.Ok(rows);
        }).WithSummary("Các đơn vị cũ hợp thành đơn vị hiện nay");
    }

    private static DateOnly Today(TimeProvider clock) => VietnamTime.Today(clock);

    private static ProblemHttpResult NotFoundUnit(string code, DateOnly day) =>
        TypedResults.Problem(title: "Không tìm thấy đơn vị hành chính", detail: $"Không có đơn vị mã '{code}' vào ngày {day:dd/MM/yyyy}.", statusCode: 404);
}
