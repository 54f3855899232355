using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Account;

/// <summary>Switches between Vietnamese and English; the choice is remembered for a year in a cookie.</summary>
public sealed class LanguageModel : PageModel
{
    public IActionResult OnGet(string? culture, string? returnUrl)
    {
        var chosen = WebSetup.Cultures.FirstOrDefault(c => c.Name == culture) ?? WebSetup.Cultures[0];
        Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
    }
}
