using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Products;

/// <summary>Delete a product after confirmation (its history and photos go with it; the audit trail keeps the record).</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Policies.ProducerEditor)]
public sealed class DeleteModel(OcopDbContext db, PhotoStore photos) : PageModel
{
    public Product Product { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await ProductEndpoints.LoadAsync(db, UserScope.From(User), id, ct) is not { } p) return NotFound();
        Product = p;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await ProductEndpoints.LoadAsync(db, UserScope.From(User), id, ct, tracking: true) is not { } p) return NotFound();
        var files = p.Photos.Select(x => x.StoredName).ToList();
        db.Products.Remove(p);
        await db.SaveChangesAsync(ct);
        foreach (var f in files) photos.Delete(id, f);
        TempData["Message"] = $"Đã xoá sản phẩm {p.Name}.";
        return RedirectToPage("Index");
    }
}
