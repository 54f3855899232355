using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;

namespace OcopHub.Web.Features.Admin.Users;

/// <summary>Today's provinces and the communes of one province, for the scope pickers.</summary>
public static class UnitChoices
{
    public sealed record Choice(string Code, string Name);

    public static Task<List<Choice>> ProvincesAsync(OcopDbContext db) =>
        db.AdministrativeUnits.Where(u => u.ValidTo == null && u.Level == UnitLevel.Province)
            .OrderBy(u => u.Name).Select(u => new Choice(u.Code, u.FullName)).ToListAsync();

    public static async Task<List<Choice>> CommunesAsync(OcopDbContext db, string? provinceCode) =>
        string.IsNullOrEmpty(provinceCode) ? [] : await db.AdministrativeUnits
            .Where(u => u.ValidTo == null && u.Level == UnitLevel.Commune && u.ProvinceCode == provinceCode)
            .OrderBy(u => u.Name).Select(u => new Choice(u.Code, u.FullName)).ToListAsync();
}
