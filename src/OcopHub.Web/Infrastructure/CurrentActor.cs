using System.Security.Claims;
using OcopHub.Web.Data;

namespace OcopHub.Web.Infrastructure;

/// <summary>The signed-in user of the current request, or "system" outside a request (seeding, commands).</summary>
public sealed class HttpCurrentActor(IHttpContextAccessor accessor) : ICurrentActor
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } u ? u : null;
    public string? UserId => User?.FindFirstValue(ClaimTypes.NameIdentifier);
    public string UserName => User?.Identity?.Name ?? "system";
}
