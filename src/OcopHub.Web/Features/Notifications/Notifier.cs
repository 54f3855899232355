using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Dossiers;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Features.Dossiers;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Notifications;

/// <summary>Tells the party now waiting on a dossier: an in-app notification for each of its users, and an email when enabled.</summary>
public sealed class Notifier(OcopDbContext db, EmailSender email, TimeProvider clock)
{
    /// <summary>Adds the notifications to the context (saved with the transition) and returns the email addresses to write to after the save.</summary>
    /// <param name="onBehalfOfProducer">An officer acted for the producer ("thay mặt chủ thể"): the producer is told too.</param>
    public async Task<List<string>> AddForAsync(Dossier d, DossierAction action, string? actorUserId, CancellationToken ct, bool onBehalfOfProducer = false)
    {
        IReadOnlyList<string> roles = onBehalfOfProducer ? [.. DossierAccess.WaitingRoles(d.State), Roles.Producer] : DossierAccess.WaitingRoles(d.State);
        var title = $"Hồ sơ \"{d.ProductName}\": {action.Vi()}{(onBehalfOfProducer ? " (thay mặt chủ thể)" : "")} — {d.State.Vi()}";
        return await AddToAsync(d, roles, title, null, $"/Dossiers/Details/{d.Id}", actorUserId, ct);
    }

    /// <summary>
    /// A message about a dossier to chosen roles (a result, a notice), with a body: added to the context to be saved with
    /// the step it reports. Returns the email addresses to write to after the save (<see cref="SendAsync"/>).
    /// </summary>
    public async Task<List<string>> AddToAsync(Dossier d, IReadOnlyList<string> roles, string title, string? body, string url, string? actorUserId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var emails = new List<string>();
        foreach (var u in (await RecipientsAsync(d, roles, ct)).Where(u => u.Id != actorUserId))
        {
            db.Notifications.Add(new Notification { UserId = u.Id, Title = title, Body = body, Url = url, CreatedAt = now });
            if (!string.IsNullOrWhiteSpace(u.Email)) emails.Add(u.Email!);
        }
        return emails;
    }

    public Task SendAsync(IReadOnlyCollection<string> to, string subject, string body, CancellationToken ct) =>
        to.Count == 0 ? Task.CompletedTask : email.SendAsync(to, $"[OCOP Hub] {subject}", body, ct);

    /// <summary>
    /// Adds a notification with <paramref name="title"/> for the active users of <paramref name="roles"/> whose scope
    /// covers the dossier (for moves whose audience is not the party now waiting, e.g. a rejection or a central result).
    /// </summary>
    public Task<List<string>> AddForRolesAsync(Dossier d, IReadOnlyList<string> roles, string title, string? actorUserId, CancellationToken ct) =>
        AddToAsync(d, roles, title, null, $"/Dossiers/Details/{d.Id}", actorUserId, ct);

    /// <summary>Tells the producer's users that an officer opened a dossier for them (added to the context, saved by the caller).</summary>
    public Task AddToProducerAsync(Dossier d, string title, string? actorUserId, CancellationToken ct) =>
        AddToAsync(d, [Roles.Producer], title, null, $"/Dossiers/Details/{d.Id}", actorUserId, ct);

    public Task SendEmailAsync(Dossier d, DossierAction action, IReadOnlyCollection<string> to, CancellationToken ct) =>
        email.SendAsync(to, $"[OCOP Hub] {d.ProductName}: {action.Vi()}",
            $"Hồ sơ \"{d.ProductName}\" ({d.ReceiptNumber ?? "chưa có số phiếu"}) vừa được cập nhật: {action.Vi()}.\n" +
            $"Trạng thái hiện tại: {d.State.Vi()}.\nXem hồ sơ: /Dossiers/Details/{d.Id}\n", ct);

    // Active users of the waiting roles whose scope covers the dossier.
    private async Task<List<AppUser>> RecipientsAsync(Dossier d, IReadOnlyList<string> roles, CancellationToken ct)
    {
        var result = new List<AppUser>();
        foreach (var role in roles)
        {
            var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).FirstOrDefaultAsync(ct);
            if (roleId is null) continue;
            var inRole = db.Users.Where(u => u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId));
            inRole = role switch
            {
                Roles.Producer => inRole.Where(u => u.ProducerId == d.ProducerId),
                Roles.CommuneOfficer => inRole.Where(u => u.ScopeCommuneCode == d.CommuneCode),
                Roles.Ministry => inRole, // national: every Ministry user
                _ => inRole.Where(u => u.ScopeProvinceCode == d.ProvinceCode),
            };
            result.AddRange(await inRole.ToListAsync(ct));
        }
        return result.DistinctBy(u => u.Id).ToList();
    }
}
