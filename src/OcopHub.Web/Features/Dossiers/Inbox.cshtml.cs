using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OcopHub.Web.Features.Dossiers;

/// <summary>Việc cần xử lý: the dossiers in scope waiting on the signed-in user's role.</summary>
public sealed class InboxModel(DossierQueries queries) : PageModel
{
    public List<DossierRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await queries.RowsAsync(queries.Inbox(User), ct);
}
