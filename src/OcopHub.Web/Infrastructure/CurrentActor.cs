using System.Security.Claims;
using OcopHub.Web.Data;

namespace OcopHub.Web.Infrastructure;

/// <summary>The signed-in user of the current request, or "system" outside a request (seeding, commands).</summary>
public sealed class HttpCurrentActor(IHttpContextAccessor accessor, ActorOverride? forJob = null) : ICurrentActor
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } u ? u : null;
    public string? UserId => forJob?.UserName is not null ? forJob.UserId : User?.FindFirstValue(ClaimTypes.NameIdentifier);
    public string UserName => forJob?.UserName ?? User?.Identity?.Name ?? "system";
}

/// <summary>
/// A background job (an import) runs outside any request but acts for the user who started it: the job sets this
/// in its own scope so the audit trail names that user.
/// </summary>
public sealed class ActorOverride
{
    public string? UserId { get; set; }
    public string? UserName { get; set; }
}
