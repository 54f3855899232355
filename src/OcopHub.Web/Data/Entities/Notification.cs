namespace OcopHub.Web.Data.Entities;

/// <summary>Thông báo trong ứng dụng (e.g. a certificate's re-evaluation window opens). Not audited: it is a message, not a record.</summary>
public class Notification
{
    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public string? Link { get; set; }
    /// <summary>Makes a reminder idempotent: the daily job may run twice and must not notify twice.</summary>
    public string? Key { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime? ReadAt { get; set; }
}
