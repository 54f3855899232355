using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace OcopHub.Web.Features.Notifications;

/// <summary>Email settings (section "Email"). Off by default: a fresh install must not try to reach a mail server.</summary>
public sealed class EmailOptions
{
    public bool Enabled { get; set; }
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public string From { get; set; } = "ocop-hub@localhost";
    public string? UserName { get; set; }
    public string? Password { get; set; }
    /// <summary>"None", "StartTls", "SslOnConnect" or "Auto" (MailKit SecureSocketOptions).</summary>
    public string Security { get; set; } = "Auto";
}

/// <summary>Sends plain-text mail through the configured SMTP server with MailKit. A mail failure never undoes a transition: it is logged.</summary>
public sealed class EmailSender(Microsoft.Extensions.Options.IOptionsMonitor<EmailOptions> options, ILogger<EmailSender> log)
{
    public bool Enabled => options.CurrentValue.Enabled && !string.IsNullOrWhiteSpace(options.CurrentValue.Host);

    public async Task<bool> SendAsync(IReadOnlyCollection<string> to, string subject, string body, CancellationToken ct)
    {
        var o = options.CurrentValue;
        if (!Enabled || to.Count == 0) return false;
        try
        {
            var message = new MimeMessage();
            message.From.Add(MailboxAddress.Parse(o.From));
            foreach (var address in to) message.To.Add(MailboxAddress.Parse(address));
            message.Subject = subject;
            message.Body = new TextPart("plain") { Text = body };
            using var client = new SmtpClient();
            client.Timeout = 15000;
            var security = Enum.TryParse<SecureSocketOptions>(o.Security, true, out var s) ? s : SecureSocketOptions.Auto;
            await client.ConnectAsync(o.Host!, o.Port, security, ct);
            if (!string.IsNullOrEmpty(o.UserName)) await client.AuthenticateAsync(o.UserName, o.Password ?? "", ct);
            await client.SendAsync(message, ct);
            await client.DisconnectAsync(true, ct);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning(ex, "Email \"{Subject}\" to {Count} recipient(s) failed", subject, to.Count);
            return false;
        }
    }
}
