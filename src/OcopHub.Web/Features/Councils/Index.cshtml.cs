using Microsoft.AspNetCore.Mvc.RazorPages;
using OcopHub.Core.Councils;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Councils;

/// <summary>The councils in the user's scope; the office (the Ministry for the central council) creates and edits them on /Councils/Edit.</summary>
public sealed class IndexModel(CouncilService councils) : PageModel
{
    public IReadOnlyList<CouncilDto> Councils { get; private set; } = [];
    public bool CanCreate => CouncilService.CanKeep(User, CouncilService.DefaultLevel(User));
    public bool CanEdit(CouncilDto c) => CouncilService.CanKeep(User, CouncilLevels.Parse(c.Level));
    public bool IsMinistry => User.IsInRole(Roles.Ministry);

    public async Task OnGetAsync(CancellationToken ct) => Councils = await councils.ListAsync(UserScope.From(User), ct);
}
