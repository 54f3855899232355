using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;

namespace OcopHub.Web.Features.Notifications;

/// <summary>The signed-in user's notifications; opening one marks it read.</summary>
public sealed class IndexModel(OcopDbContext db, TimeProvider clock) : PageModel
{
    public List<Notification> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Rows = await db.Notifications.AsNoTracking().Where(n => n.UserId == NotificationEndpoints.UserId(User)).OrderByDescending(n => n.Id).Take(200).ToListAsync(ct);

    /// <summary>Marks it read and follows its link (only local links: the URL is ours, but never redirect off-site).</summary>
    public async Task<IActionResult> OnPostOpenAsync(long id, CancellationToken ct)
    {
        var userId = NotificationEndpoints.UserId(User);
        var n = await db.Notifications.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id && x.UserId == userId, ct);
        if (n is null) return NotFound();
        await NotificationEndpoints.MarkReadAsync(db, userId, id, clock, ct);
        return LocalRedirect(n.Url is { } url && Url.IsLocalUrl(url) ? url : "/Notifications");
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        await NotificationEndpoints.MarkReadAsync(db, NotificationEndpoints.UserId(User), null, clock, ct);
        return Redirect("/Notifications");
    }
}
