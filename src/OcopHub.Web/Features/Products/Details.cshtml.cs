using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Features.Registry;
using OcopHub.Web.Features.Rulebooks;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Products;

/// <summary>One product: its details, OCOP history and photos (404 outside the user's scope).</summary>
public sealed class DetailsModel(OcopDbContext db, RulebookCatalog rulebooks, PhotoStore photos) : PageModel
{
    public Product Product { get; private set; } = null!;
    public RulebookCatalog Rulebooks => rulebooks;
    public bool CanEdit => User.IsInRole(Roles.Admin) || User.IsInRole(Roles.ProvinceOffice) || User.IsInRole(Roles.CommuneOfficer) || User.IsInRole(Roles.Producer);
    public string? PhotoError { get; private set; }
    /// <summary>Past results are entered by the authorities that record recognitions (RecognitionAuthority).</summary>
    public bool CanAddHistory => User.IsInRole(Roles.ProvinceOffice) || User.IsInRole(Roles.Ministry);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await ProductEndpoints.LoadAsync(db, UserScope.From(User), id, ct) is not { } p) return NotFound();
        Product = p;
        return Page();
    }

    public async Task<IActionResult> OnPostPhotoAsync(int id, IFormFile? file, string? caption, CancellationToken ct)
    {
        if (!CanEdit) return Forbid();
        if (await ProductEndpoints.LoadAsync(db, UserScope.From(User), id, ct) is null) return NotFound();
        var (_, error) = await ProductEndpoints.AddPhotoAsync(db, photos, id, file, caption, ct);
        if (error is null) return RedirectToPage(new { id });
        PhotoError = error;
        Product = (await ProductEndpoints.LoadAsync(db, UserScope.From(User), id, ct))!;
        return Page();
    }

    public async Task<IActionResult> OnPostDeletePhotoAsync(int id, int photoId, CancellationToken ct)
    {
        if (!CanEdit) return Forbid();
        var product = await ProductEndpoints.LoadAsync(db, UserScope.From(User), id, ct, tracking: true);
        if (product?.Photos.FirstOrDefault(p => p.Id == photoId) is not { } photo) return NotFound();
        db.ProductPhotos.Remove(photo);
        await db.SaveChangesAsync(ct);
        photos.Delete(id, photo.StoredName);
        return RedirectToPage(new { id });
    }
}
