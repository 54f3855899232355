using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Text;
using OcopHub.Web.Data;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Producers;

/// <summary>Producers within the user's scope (a producer login sees only its own record).</summary>
public sealed class IndexModel(OcopDbContext db) : PageModel
{
    public sealed record Row(int Id, string Name, string LegalForm, string? Representative, string CommuneName, string? Phone);
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    public List<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var query = db.Producers.InScope(UserScope.From(User));
        var folded = VietnameseText.Fold(Q);
        if (folded.Length > 0) query = query.Where(p => p.SearchName.Contains(folded));
        Rows = await query.OrderBy(p => p.Name).Take(500)
            .Select(p => new Row(p.Id, p.Name, p.LegalForm, p.Representative, p.CommuneUnit!.FullName, p.Phone)).ToListAsync();
    }
}
