using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Features.Registry;
using OcopHub.Web.Features.Rulebooks;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Products;

/// <summary>Create or edit a product with its OCOP history. Invalid input shows Vietnamese messages and writes nothing.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Policies.ProducerEditor)]
public sealed class EditModel(OcopDbContext db, ProductRules rules, RulebookCatalog rulebooks) : PageModel
{
    public sealed class HistoryRow
    {
        public int? EvaluationYear { get; set; }
        public int? Stars { get; set; }
        public decimal? Points { get; set; }
        public string? RulebookId { get; set; }
        public string? Level { get; set; }
        /// <summary>Pre-2025 district code, for "district" rows.</summary>
        public string? DistrictCode { get; set; }
        public string? CouncilLevel { get; set; }
        public string? DecisionNumber { get; set; }
        public DateOnly? DecisionDate { get; set; }
        public string? CertificateNumber { get; set; }
        public DateOnly? IssuedOn { get; set; }
        public DateOnly? ExpiresOn { get; set; }
    }

    public sealed class ProductForm
    {
        public string? Name { get; set; }
        public int? ProducerId { get; set; }
        public string? CommuneCode { get; set; }
        public string? RulebookId { get; set; }
        public int? ProductSetNo { get; set; }
        public string? OcopCode { get; set; }
        public string? Gtin { get; set; }
        public string? Description { get; set; }
        public string? Story { get; set; }
        public string? Packaging { get; set; }
        public string? Label { get; set; }
        public int? ShelfLifeDays { get; set; }
        public string? Standards { get; set; }
        public string? TrademarkNumber { get; set; }
        public string? GeographicalIndication { get; set; }
        public string? CollectiveMark { get; set; }
        public string? Status { get; set; }
        public List<HistoryRow> History { get; set; } = [];

        public ProductInput ToInput(long? version) => new(Name, ProducerId, CommuneCode, RulebookId, ProductSetNo, version, OcopCode, null, Gtin,
            Description, Story, Packaging, Label, ShelfLifeDays, Standards, TrademarkNumber, GeographicalIndication, CollectiveMark, Status,
            // Rows left blank (no year) are the spare row of the form, not history.
            History.Where(h => h.EvaluationYear is not null || h.Stars is not null)
                .Select(h => new OcopRecordInput(h.EvaluationYear ?? 0, h.Stars ?? 0, h.Points, h.RulebookId, h.Level, h.DecisionNumber, h.DecisionDate,
                    h.CertificateNumber, h.IssuedOn, h.ExpiresOn, h.DistrictCode, h.CouncilLevel)).ToList());
    }

    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public long? Version { get; set; }
    [BindProperty] public ProductForm Form { get; set; } = new();
    public string? CurrentCode { get; private set; }
    public List<ScopeChoices.Choice> Producers { get; private set; } = [];
    public List<ScopeChoices.Choice> Communes { get; private set; } = [];
    public RulebookCatalog Rulebooks => rulebooks;

    public async Task<IActionResult> OnGetAsync(int? producer, CancellationToken ct)
    {
        var scope = UserScope.From(User);
        if (Id is int id)
        {
            if (await ProductEndpoints.LoadAsync(db, scope, id, ct) is not { } p) return NotFound();
            Version = p.Version;
            CurrentCode = p.OcopCode;
            Form = new ProductForm
            {
                Name = p.Name, ProducerId = p.ProducerId, CommuneCode = p.CommuneCode, RulebookId = p.RulebookId, ProductSetNo = p.ProductSetNo,
                Gtin = p.Gtin, Description = p.Description, Story = p.Story, Packaging = p.Packaging, Label = p.Label, ShelfLifeDays = p.ShelfLifeDays,
                Standards = p.Standards, TrademarkNumber = p.TrademarkNumber, GeographicalIndication = p.GeographicalIndication,
                CollectiveMark = p.CollectiveMark, Status = p.Status.ToString(),
                History = HistoryLabels.InOrder(p.History).Select(h => new HistoryRow
                {
                    EvaluationYear = h.EvaluationYear, Stars = h.Stars, Points = h.Points, RulebookId = h.RulebookId, Level = h.Level,
                    DistrictCode = h.DistrictCode, CouncilLevel = h.CouncilLevel,
                    DecisionNumber = h.DecisionNumber, DecisionDate = h.DecisionDate, CertificateNumber = h.CertificateNumber, IssuedOn = h.IssuedOn, ExpiresOn = h.ExpiresOn,
                }).ToList(),
            };
        }
        else
        {
            Form.RulebookId = rulebooks.Current.Id;
            Form.ProducerId = scope.Kind == ScopeKind.Producer ? scope.ProducerId : producer;
            Form.CommuneCode = scope.CommuneCode;
        }
        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var scope = UserScope.From(User);
        if (scope.Kind == ScopeKind.Producer) Form.ProducerId = scope.ProducerId;
        Product? product = null;
        if (Id is int id && (product = await ProductEndpoints.LoadAsync(db, scope, id, ct, tracking: true)) is null) return NotFound();
        CurrentCode = product?.OcopCode;
        var input = Form.ToInput(Version);
        if (ModelState.IsValid)
        {
            var (ok, errors) = await rules.ValidateAsync(input, scope, Id, ct);
            FormErrors.AddTo(ModelState, nameof(Form), errors);
            if (ok is not null)
            {
                if (product is null)
                {
                    product = new Product();
                    rules.Apply(product, input, ok);
                    await rules.CreateAsync(product, null, ct);
                    return RedirectToPage("Details", new { id = product.Id });
                }
                db.Entry(product).Property(p => p.Version).OriginalValue = Version ?? -1;
                rules.Apply(product, input, ok);
                try
                {
                    await db.SaveChangesAsync(ct);
                    return RedirectToPage("Details", new { id = product.Id });
                }
                catch (DbUpdateConcurrencyException)
                {
                    ModelState.AddModelError("", StaleEdit.PageMessage);
                }
            }
        }
        await LoadChoicesAsync(ct);
        return Page();
    }

    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        var scope = UserScope.From(User);
        Producers = await ScopeChoices.ProducersAsync(db, scope, ct);
        Communes = await ScopeChoices.CommunesAsync(db, scope with { Kind = scope.Kind == ScopeKind.Producer ? ScopeKind.Province : scope.Kind }, ct);
        // One spare row to add a recognition without JavaScript.
        Form.History.RemoveAll(h => h.EvaluationYear is null && h.Stars is null);
        Form.History.Add(new HistoryRow());
    }
}
