using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features;

/// <summary>Home: a public landing for visitors, the dashboard (real counts, within the user's scope) for signed-in users.</summary>
public sealed class IndexModel(OcopDbContext db) : PageModel
{
    public bool SignedIn { get; private set; }
    public int Provinces { get; private set; }
    public int Communes { get; private set; }
    public int Producers { get; private set; }
    public int? Users { get; private set; }

    public async Task OnGetAsync()
    {
        SignedIn = User.Identity?.IsAuthenticated == true;
        var current = db.AdministrativeUnits.Where(u => u.ValidTo == null);
        Provinces = await current.CountAsync(u => u.Level == UnitLevel.Province);
        Communes = await current.CountAsync(u => u.Level == UnitLevel.Commune);
        Producers = SignedIn ? await db.Producers.InScope(UserScope.From(User)).CountAsync() : await db.Producers.CountAsync();
        if (User.IsInRole(Roles.Admin)) Users = await db.Users.CountAsync();
    }
}
