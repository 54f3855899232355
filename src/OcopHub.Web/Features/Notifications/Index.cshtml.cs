using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;

namespace OcopHub.Web.Features.Notifications;

/// <summary>Thông báo của tôi: the signed-in user's notifications, newest first; "mark all read".</summary>
public sealed class IndexModel(OcopDbContext db, TimeProvider clock) : PageModel
{
    public List<Notification> Items { get; private set; } = [];
    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    public async Task OnGetAsync(CancellationToken ct) =>
        Items = await db.Notifications.Where(n => n.UserId == UserId).OrderByDescending(n => n.CreatedAt).Take(200).AsNoTracking().ToListAsync(ct);

    public async Task<IActionResult> OnPostReadAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Notifications.Where(n => n.UserId == UserId && n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
        return RedirectToPage();
    }
}
