using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OcopHub.Web.Data;

namespace OcopHub.Web.Infrastructure;

/// <summary>
/// Bearer tokens are self-contained, so on their own they would outlive a deactivation or password reset until
/// they expire. Each call with a token checks its security stamp against the user — one primary-key lookup —
/// so a deactivated user's token stops working at once (cookies get the same check from SecurityStampValidator).
/// The check is what <c>SignInManager.ValidateSecurityStampAsync</c> does (the user exists and the stamp in the
/// token equals the stored one) plus "active", asked as one precompiled yes/no query instead of loading and tracking
/// the whole user: it runs on every API call (measured: bench/run-search.sh, bench/README.md).
/// </summary>
public sealed class BearerStampValidation(RequestDelegate next, IOptions<IdentityOptions> identity)
{
    /// <summary>One compiled query per context type: a compiled query keeps the SQL of the provider it first ran on.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Func<OcopDbContext, string, string?, CancellationToken, Task<bool>>> StampQueries = new();

    private static Func<OcopDbContext, string, string?, CancellationToken, Task<bool>> StampIsCurrent(OcopDbContext db) =>
        StampQueries.GetOrAdd(db.GetType(), _ => EF.CompileAsyncQuery((OcopDbContext c, string id, string? stamp, CancellationToken ct) =>
            c.Users.Any(u => u.Id == id && u.IsActive && u.SecurityStamp == stamp)));

    public async Task InvokeAsync(HttpContext ctx, OcopDbContext db)
    {
        // The principal inside a token is the one Identity builds for cookies, so the header tells how it came.
        if (ctx.User.Identity?.IsAuthenticated == true && ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && !await IsCurrentAsync(ctx.User, db, ctx.RequestAborted))
        {
            ctx.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await Results.Problem(title: "Token không còn hiệu lực (tài khoản đã bị vô hiệu hoá hoặc đổi mật khẩu).", statusCode: 401).ExecuteAsync(ctx);
            return;
        }
        await next(ctx);
    }

    private async Task<bool> IsCurrentAsync(ClaimsPrincipal user, OcopDbContext db, CancellationToken ct)
    {
        var claims = identity.Value.ClaimsIdentity;
        var id = user.FindFirstValue(claims.UserIdClaimType);
        return id is not null && await StampIsCurrent(db)(db, id, user.FindFirstValue(claims.SecurityStampClaimType), ct);
    }
}
