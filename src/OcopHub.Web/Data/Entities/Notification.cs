namespace OcopHub.Web.Data.Entities;

/// <summary>
/// Thông báo trong ứng dụng, to one user (a dossier now waits on them; a certificate's re-evaluation window opens).
/// Not audited: it is a message, not a record. Key makes a reminder idempotent: a job that runs twice notifies once.
/// </summary>
public class Notification
{
    public long Id { get; set; }
    public string UserId { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Body { get; set; }
    public string? Url { get; set; }
    public string? Key { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }
}
