namespace OcopHub.Web.Data.Entities;

/// <summary>Marks entities whose every change is written to the audit trail.</summary>
public interface IAudited;

/// <summary>Marks entities with an optimistic concurrency token that the save pipeline bumps on every update.</summary>
public interface IVersioned
{
    long Version { get; set; }
}

/// <summary>One change to an audited entity: who, when, what before and after (JSON of the changed properties).</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string? UserId { get; set; }
    public string UserName { get; set; } = "";
    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";
    public string Action { get; set; } = "";   // Created, Updated, Deleted
    public string? Before { get; set; }
    public string? After { get; set; }
}
