using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Account;

/// <summary>Bearer tokens for other systems and scripts, and "who am I".</summary>
public static class AuthEndpoints
{
    public sealed record TokenRequest(string? UserName, string? Password);
    public sealed record MeDto(string UserName, string FullName, IReadOnlyList<string> Roles, string Scope, string? ProvinceCode, string? CommuneCode, int? ProducerId);

    public static void MapAuthEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/auth/token", async Task<Results<SignInHttpResult, ProblemHttpResult>> (TokenRequest body, SignInManager<AppUser> signIn) =>
        {
            if (string.IsNullOrWhiteSpace(body.UserName) || string.IsNullOrEmpty(body.Password))
                return TypedResults.Problem(title: "Thiếu tên đăng nhập hoặc mật khẩu", statusCode: 400);
            var outcome = await AccountSignIn.CheckAsync(signIn, body.UserName, body.Password);
            if (outcome.Error is { } error)
                return TypedResults.Problem(title: error, statusCode: error == AccountSignIn.LockedOut ? 423 : 401);
            var principal = await signIn.CreateUserPrincipalAsync(outcome.User!);
            // The bearer handler writes {"tokenType":"Bearer","accessToken":…,"expiresIn":…,"refreshToken":…}.
            return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
        })
        .WithTags("Xác thực").AllowAnonymous().RequireRateLimiting(SecuritySetup.LoginRateLimit)
        .WithSummary("Cấp access token (Bearer) từ tên đăng nhập và mật khẩu");

        api.MapGet("/me", (ClaimsPrincipal user) =>
        {
            var scope = UserScope.From(user);
            return TypedResults.Ok(new MeDto(user.Identity!.Name!, user.FindFirstValue("name_display") ?? "",
                Roles.All.Where(user.IsInRole).ToList(), scope.Kind.ToString(), scope.ProvinceCode, scope.CommuneCode, scope.ProducerId));
        }).WithTags("Xác thực").RequireAuthorization(Policies.SignedIn).WithSummary("Người dùng hiện tại và phạm vi");
    }
}
