using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OcopHub.Web.Features.Councils;

/// <summary>"Chấm điểm cấp trung ương": dossiers in CentralReview for the central council's members (Ministry users).</summary>
public sealed class CentralModel(CentralQueue queue) : PageModel
{
    public CentralQueueDto Queue { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (q, _) = await queue.ListAsync(User, ct);
        if (q is null) return Forbid();
        Queue = q;
        return Page();
    }
}
