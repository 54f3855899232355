using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Registry;

/// <summary>Pickers for forms and filters, limited to what the user may see.</summary>
public static class ScopeChoices
{
    public sealed record Choice(string Value, string Text);

    /// <summary>Current communes the user works in; empty for national users (they type a code — 3,321 is too many for a list).</summary>
    public static async Task<List<Choice>> CommunesAsync(OcopDbContext db, UserScope scope, CancellationToken ct = default)
    {
        var q = db.AdministrativeUnits.Where(u => u.Level == UnitLevel.Commune && u.ValidTo == null);
        q = scope.Kind switch
        {
            ScopeKind.National => q.Where(_ => false),
            ScopeKind.Commune => q.Where(u => u.Code == scope.CommuneCode),
            _ => q.Where(u => u.ProvinceCode == scope.ProvinceCode),
        };
        return await q.OrderBy(u => u.Name).Select(u => new Choice(u.Code, u.FullName)).ToListAsync(ct);
    }

    public static async Task<List<Choice>> ProvincesAsync(OcopDbContext db, UserScope scope, CancellationToken ct = default)
    {
        var q = db.AdministrativeUnits.Where(u => u.Level == UnitLevel.Province && u.ValidTo == null);
        if (!scope.IsNational) q = q.Where(u => u.Code == scope.ProvinceCode);
        return await q.OrderBy(u => u.Name).Select(u => new Choice(u.Code, u.FullName)).ToListAsync(ct);
    }

    public static async Task<List<Choice>> ProducersAsync(OcopDbContext db, UserScope scope, CancellationToken ct = default) =>
        await db.Producers.InScope(scope).OrderBy(p => p.Name).Take(2000).Select(p => new Choice(p.Id.ToString(), p.Name)).ToListAsync(ct);
}
