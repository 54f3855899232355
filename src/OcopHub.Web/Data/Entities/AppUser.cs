using Microsoft.AspNetCore.Identity;

namespace OcopHub.Web.Data.Entities;

/// <summary>A person or system account. Every non-national user is scoped to a province or a commune (or, for producers, to their own producer record).</summary>
public class AppUser : IdentityUser, IAudited
{
    public string FullName { get; set; } = "";
    /// <summary>Province code (2025 units) the user works in; null for national users (Ministry, system administrator).</summary>
    public string? ScopeProvinceCode { get; set; }
    /// <summary>Commune code (2025 units) for commune officers; null otherwise.</summary>
    public string? ScopeCommuneCode { get; set; }
    /// <summary>For the producer role: the producer (chủ thể) this login belongs to.</summary>
    public int? ProducerId { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
