using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Data;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Certificates;

/// <summary>
/// Ghi nhận quyết định công nhận from a paper result: the decision and its products with stars and points. Each row
/// issues a certificate. The council step will call <see cref="CertificateService.RecogniseAsync"/> directly instead.
/// </summary>
[Authorize(Policy = Policies.RecognitionAuthority)]
public sealed class RecordModel(OcopDbContext db, CertificateService service) : PageModel
{
    public const int Rows = 8;

    public sealed class Row
    {
        public int? ProductId { get; set; }
        public int? Stars { get; set; }
        public decimal? Points { get; set; }
    }

    [BindProperty] public string? Number { get; set; }
    [BindProperty] public DateOnly? DecisionDate { get; set; }
    [BindProperty] public string? SignerName { get; set; }
    [BindProperty] public string? SignerTitle { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public List<Row> Items { get; set; } = [];
    public List<(int Id, string Name, string Code)> Products { get; private set; } = [];
    public Dictionary<string, string[]> Errors { get; private set; } = [];
    public string? Level => CertificateService.LevelFor(User);

    private async Task LoadAsync(CancellationToken ct)
    {
        Products = (await db.Products.InScope(UserScope.From(User)).OrderBy(p => p.Name).Take(2000)
            .Select(p => new { p.Id, p.Name, p.OcopCode }).ToListAsync(ct)).Select(p => (p.Id, p.Name, p.OcopCode)).ToList();
        while (Items.Count < Rows) Items.Add(new Row());
    }

    /// <summary>The council's scoring page links here with the closed result prefilled as the first row.</summary>
    public async Task OnGetAsync(int? productId, int? stars, decimal? points, CancellationToken ct)
    {
        SignerTitle = Level == CertificateService.NationalLevel ? "Bộ trưởng" : "KT. Chủ tịch – Phó Chủ tịch";
        if (productId is not null) Items.Add(new Row { ProductId = productId, Stars = stars, Points = points });
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var items = Items.Where(r => r.ProductId is not null)
            .Select(r => new RecognitionItem(r.ProductId!.Value, r.Stars ?? 0, r.Points)).ToList();
        var (decision, errors) = await service.RecordDecisionAsync(new DecisionInput(Number, DecisionDate, null, SignerName, SignerTitle, Note, items),
            UserScope.From(User), Level, ct);
        if (decision is not null) return RedirectToPage("Decision", new { id = decision.Id });
        Errors = errors;
        foreach (var e in ModelState.Where(m => m.Value?.Errors.Count > 0)) Errors[e.Key] = e.Value!.Errors.Select(x => x.ErrorMessage).ToArray();
        Response.StatusCode = 400;
        await LoadAsync(ct);
        return Page();
    }
}
