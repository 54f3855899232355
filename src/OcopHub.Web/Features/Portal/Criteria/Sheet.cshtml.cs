using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OcopHub.Web.Features.Rulebooks;

namespace OcopHub.Web.Features.Portal.Criteria;

/// <summary>Public: one scoring sheet as printed, with its star minima highlighted.</summary>
public sealed class SheetModel(RulebookCatalog catalog) : PageModel
{
    public RulebookDtos.SheetDto Sheet { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string version, int setNo)
    {
        if (await catalog.FindAsync(version) is not { } entry) return NotFound();
        var set = RulebookDtos.Sets(entry.Rulebook).FirstOrDefault(s => s.No == setNo);
        if (set is null || entry.Rulebook.FindSheet(setNo) is not { } sheet) return NotFound();
        Sheet = RulebookDtos.ToDto(entry.Rulebook, set, sheet);
        return Page();
    }
}
