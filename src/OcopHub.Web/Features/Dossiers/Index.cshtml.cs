using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Dossiers;
using OcopHub.Web.Data;
using OcopHub.Web.Features.Rounds;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Dossiers;

/// <summary>Hồ sơ in scope with filters, and the form that starts a new dossier for a product.</summary>
public sealed class IndexModel(OcopDbContext db, DossierQueries queries, DossierDrafts drafts, RoundService rounds) : PageModel
{
    [BindProperty(SupportsGet = true)] public DossierState? State { get; set; }
    [BindProperty(SupportsGet = true)] public DossierType? Type { get; set; }
    [BindProperty(SupportsGet = true)] public int? RoundId { get; set; }
    [BindProperty(SupportsGet = true)] public bool Overdue { get; set; }

    [BindProperty] public int? ProductId { get; set; }
    [BindProperty] public DossierType NewType { get; set; }

    public List<DossierRow> Rows { get; private set; } = [];
    public List<RoundDto> Rounds { get; private set; } = [];
    public List<(int Id, string Name)> Products { get; private set; } = [];
    public bool CanCreate => DossierAccess.ActorOf(User) is ActorRole.Producer or ActorRole.CommuneOfficer or ActorRole.ProvincialOffice;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (d, result) = await drafts.CreateAsync(new DossierInput(ProductId, NewType), User, ct);
        if (d is not null) return Redirect($"/Dossiers/Edit/{d.Id}");
        if (result.Status == 403) return Forbid();
        ModelState.AddModelError("", result.Message);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var scope = UserScope.From(User);
        Rows = await queries.RowsAsync(queries.Filtered(scope, new DossierFilter(State, Type, RoundId, Overdue ? true : null)), ct);
        Rounds = await rounds.ListAsync(scope, null, ct);
        if (CanCreate)
            Products = (await db.Products.InScope(scope).OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).Take(500).ToListAsync(ct))
                .Select(p => (p.Id, p.Name)).ToList();
    }
}
