using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using OcopHub.Web.Data.Entities;

namespace OcopHub.Web.Infrastructure;

/// <summary>
/// Bearer tokens are self-contained, so on their own they would outlive a deactivation or password reset until
/// they expire. Each API call checks the token's security stamp against the user (cached for 30 seconds), the same
/// check the cookie gets from Identity's SecurityStampValidator.
/// </summary>
public sealed class BearerStampValidation(RequestDelegate next)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    public async Task InvokeAsync(HttpContext ctx, IMemoryCache cache)
    {
        var user = ctx.User;
        if (user.Identity is { IsAuthenticated: true, AuthenticationType: var type } && type == IdentityConstants.BearerScheme)
        {
            var stamp = user.FindFirst(new ClaimsIdentityOptions().SecurityStampClaimType)?.Value ?? "";
            var id = user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "";
            var valid = await cache.GetOrCreateAsync($"bearer-stamp:{id}:{stamp}", async entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = CacheFor;
                var signIn = ctx.RequestServices.GetRequiredService<SignInManager<AppUser>>();
                return await signIn.ValidateSecurityStampAsync(user) is { IsActive: true };
            });
            if (!valid)
            {
                ctx.Response.StatusCode = StatusCodes.Status401Unauthorized;
                await Results.Problem(title: "Token không còn hiệu lực (tài khoản đã bị vô hiệu hoá hoặc đổi mật khẩu).", statusCode: 401).ExecuteAsync(ctx);
                return;
            }
        }
        await next(ctx);
    }
}
