using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Councils;

/// <summary>The province's councils; the province office creates one for a term (members as user names, one a line).</summary>
public sealed class IndexModel(CouncilService councils) : PageModel
{
    [BindProperty] public string Name { get; set; } = "";
    [BindProperty] public DateOnly TermFrom { get; set; } = new(DateTime.UtcNow.Year, 1, 1);
    [BindProperty] public DateOnly TermTo { get; set; } = new(DateTime.UtcNow.Year + 4, 12, 31);
    [BindProperty] public string ChairUserName { get; set; } = "";
    [BindProperty] public string? SecretaryUserName { get; set; }
    /// <summary>One member a line: "user name; department".</summary>
    [BindProperty] public string Members { get; set; } = "";
    [BindProperty] public decimal SpreadLimit { get; set; } = 10m;

    public IReadOnlyList<CouncilDto> Councils { get; private set; } = [];
    public bool CanCreate => User.IsInRole(Roles.ProvinceOffice);

    public async Task OnGetAsync(CancellationToken ct) => Councils = await councils.ListAsync(UserScope.From(User), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var members = Members.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(';', 2, StringSplitOptions.TrimEntries))
            .Select(p => new CouncilMemberInput(p[0], p.Length > 1 && p[1].Length > 0 ? p[1] : null)).ToList();
        var (council, result) = await councils.CreateAsync(new CouncilInput(null, Name, TermFrom, TermTo, ChairUserName.Trim(),
            string.IsNullOrWhiteSpace(SecretaryUserName) ? null : SecretaryUserName.Trim(), members, null, null, SpreadLimit), User, ct);
        if (council is not null)
        {
            TempData["Message"] = $"Đã lập {council.Name}.";
            return Redirect("/Councils");
        }
        if (result.Status == 403) return Forbid();
        ModelState.AddModelError("", result.Message);
        Councils = await councils.ListAsync(UserScope.From(User), ct);
        Response.StatusCode = 400;
        return Page();
    }
}
