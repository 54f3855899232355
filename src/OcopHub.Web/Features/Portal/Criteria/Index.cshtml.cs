using Microsoft.AspNetCore.Mvc.RazorPages;
using OcopHub.Core.Criteria;
using OcopHub.Web.Features.Rulebooks;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Portal.Criteria;

/// <summary>Public: the classification of every rulebook version (sectors → groups → sets) and its star bands.</summary>
public sealed class IndexModel(RulebookCatalog catalog, TimeProvider clock) : PageModel
{
    public IReadOnlyList<RulebookCatalog.Entry> Versions { get; private set; } = [];
    public Rulebook? Current { get; private set; }

    public async Task OnGetAsync(string? version)
    {
        Versions = (await catalog.AllAsync()).OrderByDescending(e => e.Rulebook.EffectiveFrom).ToList();
        Current = (version is null ? await catalog.InForceOnAsync(VietnamTime.Today(clock)) : await catalog.FindAsync(version))?.Rulebook
                  ?? Versions.FirstOrDefault()?.Rulebook;
    }
}
