using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Text;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;

namespace OcopHub.Web.Features.AdminUnits;

/// <summary>Reads of administrative units at a date: today's units by default, the pre-July-2025 ones with asOf.</summary>
public static class AdminUnitQueries
{
    public sealed record UnitDto(string Code, string Name, string FullName, string? NameEn, string Level, string Type,
        string? ParentCode, string ProvinceCode, DateOnly? ValidFrom, DateOnly? ValidTo);

    public static IQueryable<AdministrativeUnit> ValidOn(this IQueryable<AdministrativeUnit> units, DateOnly day) =>
        units.Where(u => u.ValidFrom <= day && (u.ValidTo == null || u.ValidTo >= day));

    public static IQueryable<AdministrativeUnit> Search(this IQueryable<AdministrativeUnit> units, string? q)
    {
        var folded = VietnameseText.Fold(q);
        // SearchName is stored folded and indexed, so "thai nguyen" finds "Thái Nguyên" in the database itself.
        return folded.Length == 0 ? units : units.Where(u => u.SearchName.Contains(folded));
    }

    public static Task<List<UnitDto>> ToDtosAsync(this IQueryable<AdministrativeUnit> units, CancellationToken ct = default) =>
        units.OrderBy(u => u.Code).Select(u => new UnitDto(u.Code, u.Name, u.FullName, u.NameEn, u.Level.ToString().ToLower(), u.Type,
            u.ParentCode, u.ProvinceCode, u.ValidFrom == DateOnly.MinValue ? null : u.ValidFrom, u.ValidTo)).ToListAsync(ct);

    public static Task<AdministrativeUnit?> FindAsync(OcopDbContext db, string code, DateOnly day, CancellationToken ct = default) =>
        db.AdministrativeUnits.ValidOn(day).Where(u => u.Code == code).OrderBy(u => u.Level).FirstOrDefaultAsync(ct);
}
