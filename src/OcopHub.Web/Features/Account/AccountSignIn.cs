using Microsoft.AspNetCore.Identity;
using OcopHub.Web.Data.Entities;

namespace OcopHub.Web.Features.Account;

/// <summary>The one password check behind the login page and the token endpoint: lockout, deactivation, clear messages.</summary>
public static class AccountSignIn
{
    public sealed record Outcome(AppUser? User, string? Error);

    public const string InvalidCredentials = "Tên đăng nhập hoặc mật khẩu không đúng.";
    public const string LockedOut = "Tài khoản tạm thời bị khoá do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút.";
    public const string Deactivated = "Tài khoản đã bị vô hiệu hoá. Liên hệ quản trị hệ thống.";

    public static async Task<Outcome> CheckAsync(SignInManager<AppUser> signIn, string userName, string password)
    {
        var user = await signIn.UserManager.FindByNameAsync(userName.Trim());
        if (user is null) return new(null, InvalidCredentials);
        if (!user.IsActive) return new(null, Deactivated);
        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.IsLockedOut) return new(null, LockedOut);
        return result.Succeeded ? new(user, null) : new(null, InvalidCredentials);
    }
}
