using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Account;

[EnableRateLimiting(SecuritySetup.LoginRateLimit)]
public sealed class LoginModel(SignInManager<AppUser> signIn, IStringLocalizer<SharedResource> L) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Vui lòng nhập tên đăng nhập.")] public string UserName { get; set; } = "";
    [BindProperty, Required(ErrorMessage = "Vui lòng nhập mật khẩu."), DataType(DataType.Password)] public string Password { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var outcome = await AccountSignIn.CheckAsync(signIn, UserName, Password);
        if (outcome.Error is { } error)
        {
            ModelState.AddModelError("", L[error]);
            return Page();
        }
        await signIn.SignInAsync(outcome.User!, isPersistent: false);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
