using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Features.Products;
using OcopHub.Web.Features.Registry;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Producers;

/// <summary>One producer with its registry details and products (404 outside scope). <c>/Producers/Mine</c> opens a producer login's own record.</summary>
public sealed class DetailsModel(OcopDbContext db, RegistryReference reference) : PageModel
{
    public Producer Producer { get; private set; } = null!;
    public List<ProductSearch.Row> Products { get; private set; } = [];
    public RegistryReference Reference => reference;
    public bool CanEdit => User.IsInRole(Roles.Admin) || User.IsInRole(Roles.ProvinceOffice) || User.IsInRole(Roles.CommuneOfficer) || User.IsInRole(Roles.Producer);
    public bool CanDelete => CanEdit && !User.IsInRole(Roles.Producer);

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        var scope = UserScope.From(User);
        id ??= scope.Kind == ScopeKind.Producer ? scope.ProducerId : null;
        if (id is null || await ProducerEndpoints.LoadAsync(db, scope, id.Value, ct) is not { } p) return NotFound();
        Producer = p;
        Products = await ProductSearch.Rows(db.Products.InScope(scope).Where(x => x.ProducerId == p.Id).OrderBy(x => x.Name)).ToListAsync(ct);
        return Page();
    }
}
