using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Data;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Notifications;

/// <summary>The signed-in user's own notifications; nobody reads another's.</summary>
public static class NotificationEndpoints
{
    public sealed record NotificationDto(long Id, string Title, string? Body, string? Url, DateTime CreatedAt, DateTime? ReadAt);

    public static void MapNotificationEndpoints(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/notifications").WithTags("Thông báo").RequireAuthorization(Policies.SignedIn);
        g.MapGet("/", async (OcopDbContext db, HttpContext http, bool? unread, CancellationToken ct) =>
        {
            var q = db.Notifications.AsNoTracking().Where(n => n.UserId == UserId(http.User));
            if (unread == true) q = q.Where(n => n.ReadAt == null);
            return TypedResults.Ok(await q.OrderByDescending(n => n.Id).Take(200)
                .Select(n => new NotificationDto(n.Id, n.Title, n.Body, n.Url, n.CreatedAt, n.ReadAt)).ToListAsync(ct));
        }).WithSummary("Thông báo của tôi");
        g.MapPost("/{id:long}/read", async Task<Results<NoContent, NotFound>> (long id, OcopDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
            await MarkReadAsync(db, UserId(http.User), id, clock, ct) > 0 ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Đánh dấu đã đọc");
    }

    public static string UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    /// <summary>Marks one (or, with id null, all) of the user's unread notifications as read.</summary>
    public static Task<int> MarkReadAsync(OcopDbContext db, string userId, long? id, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null && (id == null || n.Id == id))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
    }
}
