using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Producers;

/// <summary>Delete a producer after confirmation; refused while it still has products. Producers cannot delete themselves.</summary>
[Authorize(Policy = Policies.ProducerEditor)]
public sealed class DeleteModel(OcopDbContext db) : PageModel
{
    public Producer Producer { get; private set; } = null!;
    public int ProductCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (User.IsInRole(Roles.Producer)) return Forbid();
        if (await ProducerEndpoints.LoadAsync(db, UserScope.From(User), id, ct) is not { } p) return NotFound();
        Producer = p;
        ProductCount = await db.Products.CountAsync(x => x.ProducerId == id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (User.IsInRole(Roles.Producer)) return Forbid();
        if (await ProducerEndpoints.LoadAsync(db, UserScope.From(User), id, ct, tracking: true) is not { } p) return NotFound();
        if (await db.Products.AnyAsync(x => x.ProducerId == id, ct)) return RedirectToPage(new { id });
        db.Producers.Remove(p);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = $"Đã xoá chủ thể {p.Name}.";
        return RedirectToPage("Index");
    }
}
