using Microsoft.AspNetCore.Identity;
using OcopHub.Web.Data.Entities;

namespace OcopHub.Web.Infrastructure;

/// <summary>
/// Bearer tokens are self-contained, so on their own they would outlive a deactivation or password reset until
/// they expire. Each call with a token checks its security stamp against the user — one primary-key lookup —
/// so a deactivated user's token stops working at once (cookies get the same check from SecurityStampValidator).
/// </summary>
public sealed class BearerStampValidation(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext ctx, SignInManager<AppUser> signIn)
    {
        // The principal inside a token is the one Identity builds for cookies, so the header tells how it came.
        if (ctx.User.Identity?.IsAuthenticated == true && ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && await signIn.ValidateSecurityStampAsync(ctx.User) is not { IsActive: true })
        {
            ctx.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await Results.Problem(title: "Token không còn hiệu lực (tài khoản đã bị vô hiệu hoá hoặc đổi mật khẩu).", statusCode: 401).ExecuteAsync(ctx);
            return;
        }
        await next(ctx);
    }
}
