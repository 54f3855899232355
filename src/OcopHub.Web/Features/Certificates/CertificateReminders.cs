using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Certificates;

/// <summary>
/// Nhắc đánh giá lại: in-app notifications to the producer and the provincial office when a certificate's
/// re-evaluation window opens, two weeks before it closes, and on its last day (Core CertificateLifecycle.Reminders).
/// Each (user, certificate, kind) is notified once, so the job may run often and catch up after downtime.
/// </summary>
public sealed class CertificateReminders(OcopDbContext db, TimeProvider clock)
{
    /// <summary>Reminders missed for up to this many days (the app was down) are still sent.</summary>
    public const int CatchUpDays = 7;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var policy = OcopHub.Core.Certificates.CertificatePolicy.Default;
        // Only certificates whose reminder dates can fall in [today - CatchUpDays, today]; the closing day may roll a few days later.
        var from = today.AddDays(policy.WindowClosesDaysBeforeExpiry - 10);
        var to = today.AddDays(policy.WindowOpensDaysBeforeExpiry + CatchUpDays);
        var certificates = await db.Certificates.AsNoTracking()
            .Where(c => c.RevokedOn == null && c.SupersededOn == null && c.ReEvaluationFiledOn == null && c.ExpiresOn >= from && c.ExpiresOn <= to)
            .ToListAsync(ct);
        var created = 0;
        foreach (var c in certificates)
        {
            var due = c.Lifecycle().Reminders(c.Events(), Holidays.Calendar).Where(r => r.DueOn <= today && r.DueOn > today.AddDays(-CatchUpDays)).ToList();
            if (due.Count == 0) continue;
            var recipients = await RecipientsAsync(c, ct);
            foreach (var r in due)
                foreach (var userId in recipients)
                {
                    var key = $"certificate:{c.Id}:{r.Kind}";
                    if (await db.Notifications.AnyAsync(n => n.UserId == userId && n.Key == key, ct)) continue;
                    db.Notifications.Add(new Notification
                    {
                        UserId = userId, Key = key, Title = $"Giấy chứng nhận {c.Number} – {c.ProductName}", Body = r.MessageVi,
                        Url = $"/Certificates/Details/{c.Id}", CreatedAt = clock.GetUtcNow().UtcDateTime,
                    });
                    created++;
                }
        }
        await db.SaveChangesAsync(ct);
        return created;
    }

    private async Task<List<string>> RecipientsAsync(Certificate c, CancellationToken ct)
    {
        var officeRoleId = await db.Roles.Where(r => r.Name == Roles.ProvinceOffice).Select(r => r.Id).FirstOrDefaultAsync(ct);
        var officeUsers = db.UserRoles.Where(ur => ur.RoleId == officeRoleId).Select(ur => ur.UserId);
        return await db.Users.Where(u => u.IsActive && (u.ProducerId == c.ProducerId || (u.ScopeProvinceCode == c.ProvinceCode && officeUsers.Contains(u.Id))))
            .Select(u => u.Id).ToListAsync(ct);
    }
}

/// <summary>Runs the reminders at start and every few hours. Off with Reminders:Enabled=false (the tests run the job directly).</summary>
public sealed class CertificateReminderService(IServiceScopeFactory scopes, IConfiguration config, ILogger<CertificateReminderService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!config.GetValue("Reminders:Enabled", true)) return;
        var every = TimeSpan.FromHours(config.GetValue("Reminders:EveryHours", 6));
        await Task.Delay(TimeSpan.FromSeconds(30), stoppingToken); // let start-up migrations finish first
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using var scope = scopes.CreateScope();
                var sent = await scope.ServiceProvider.GetRequiredService<CertificateReminders>().RunAsync(stoppingToken);
                if (sent > 0) log.LogInformation("Certificate reminders: {Count} notifications created", sent);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "Certificate reminders failed; retrying at the next run");
            }
            await Task.Delay(every, stoppingToken);
        }
    }
}
