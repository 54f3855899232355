using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Features.Registry;
using OcopHub.Web.Features.Rulebooks;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Products;

/// <summary>
/// Thêm kết quả OCOP trước đây: a past recognition of the product from its paper decision (a district's before
/// 1/7/2025, the province's, the Ministry's), checked against the procedure of the rulebook it was made under.
/// Region-scoped (404 outside), audited like every history row; invalid input writes nothing.
/// </summary>
[Authorize(Policy = Policies.RecognitionAuthority)]
public sealed class AddHistoryModel(OcopDbContext db, HistoricalResults results, RulebookCatalog rulebooks) : PageModel
{
    public sealed class ResultForm
    {
        public int? EvaluationYear { get; set; }
        public int? Stars { get; set; }
        public decimal? Points { get; set; }
        public string? RulebookId { get; set; }
        public string? Level { get; set; }
        public string? District { get; set; }
        public string? CouncilLevel { get; set; }
        public string? DecisionNumber { get; set; }
        public DateOnly? DecisionDate { get; set; }
        public string? CertificateNumber { get; set; }
        public DateOnly? IssuedOn { get; set; }
        public DateOnly? ExpiresOn { get; set; }

        public HistoricalResultInput ToInput() => new(EvaluationYear, Stars, Points, RulebookId, Level, District, CouncilLevel,
            DecisionNumber, DecisionDate, CertificateNumber, IssuedOn, ExpiresOn);
    }

    [BindProperty] public ResultForm Form { get; set; } = new();
    public Product Product { get; private set; } = null!;
    public IReadOnlyList<(string Code, string Label)> Districts { get; private set; } = [];
    public RulebookCatalog Rulebooks => rulebooks;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, tracking: false, ct)) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, tracking: true, ct)) return NotFound();
        if (ModelState.IsValid)
        {
            try
            {
                var (record, errors) = await results.AddAsync(Product, Form.ToInput(), ct);
                if (record is not null) return RedirectToPage("Details", new { id });
                if (errors.Remove("conflict", out var conflict)) ModelState.AddModelError("", conflict[0]);
                FormErrors.AddTo(ModelState, nameof(Form), errors);
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError("", StaleEdit.PageMessage);
            }
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(int id, bool tracking, CancellationToken ct)
    {
        if (await ProductEndpoints.LoadAsync(db, UserScope.From(User), id, ct, tracking) is not { } p) return false;
        Product = p;
        var districts = await HistoricalDistricts.LoadAsync(db, ct);
        Districts = districts.Of(p.ProvinceCode).Select(u => (u.Code, districts.Label(u))).ToList();
        return true;
    }
}
