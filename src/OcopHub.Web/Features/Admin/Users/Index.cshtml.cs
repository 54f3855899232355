using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Text;
using OcopHub.Web.Data;

namespace OcopHub.Web.Features.Admin.Users;

public sealed class IndexModel(OcopDbContext db) : PageModel
{
    public sealed record Row(string Id, string UserName, string FullName, string Role, string? Scope, bool IsActive);

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Role { get; set; }
    public List<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }

    public async Task OnGetAsync()
    {
        var query = from u in db.Users
                    join ur in db.UserRoles on u.Id equals ur.UserId
                    join r in db.Roles on ur.RoleId equals r.Id
                    select new { u, Role = r.Name! };
        if (!string.IsNullOrWhiteSpace(Role)) query = query.Where(x => x.Role == Role);
        var rows = await query.OrderBy(x => x.u.UserName).ToListAsync();
        // User counts are small (hundreds per province); the diacritic-insensitive match on names is done here.
        var q = VietnameseText.Fold(Q);
        // Only the units the listed users are scoped to, looked up by (level, code).
        var codes = rows.SelectMany(x => new[] { x.u.ScopeProvinceCode, x.u.ScopeCommuneCode }).OfType<string>().Distinct().ToList();
        var names = (await db.AdministrativeUnits
                .Where(u => u.ValidTo == null && u.Level != Data.Entities.UnitLevel.District && codes.Contains(u.Code))
                .Select(u => new { u.Code, u.Level, u.FullName }).ToListAsync())
            .ToDictionary(u => (u.Level, u.Code), u => u.FullName);
        string? ScopeName(string? province, string? commune)
        {
            var c = commune is null ? null : names.GetValueOrDefault((Data.Entities.UnitLevel.Commune, commune));
            var p = province is null ? null : names.GetValueOrDefault((Data.Entities.UnitLevel.Province, province));
            return c is not null ? $"{c}, {p}" : p;
        }
        Rows = rows
            .Where(x => q.Length == 0 || VietnameseText.Fold(x.u.UserName).Contains(q) || VietnameseText.Fold(x.u.FullName).Contains(q))
            .Select(x => new Row(x.u.Id, x.u.UserName!, x.u.FullName, x.Role, ScopeName(x.u.ScopeProvinceCode, x.u.ScopeCommuneCode), x.u.IsActive))
            .ToList();
        Total = Rows.Count;
    }
}
