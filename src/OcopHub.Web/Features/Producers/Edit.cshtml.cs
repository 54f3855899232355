using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Features.Registry;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Producers;

/// <summary>Create or edit a producer (a producer login edits only its own record). Nothing is written unless all of it is valid.</summary>
[Authorize(Policy = Policies.ProducerEditor)]
public sealed class EditModel(OcopDbContext db, ProducerRules rules, RegistryReference reference) : PageModel
{
    public sealed class YearRow { public int? Year { get; set; } public decimal? Revenue { get; set; } public decimal? Profit { get; set; } }
    public sealed class CertRow { public string? Kind { get; set; } public string? Number { get; set; } public string? Issuer { get; set; } public DateOnly? ValidFrom { get; set; } public DateOnly? ValidTo { get; set; } }
    public sealed class AreaRow { public string? Name { get; set; } public decimal? AreaHa { get; set; } public string? Certification { get; set; } }
    public sealed class ChannelRow { public string? Kind { get; set; } public string? Name { get; set; } public string? Url { get; set; } }

    public sealed class ProducerForm
    {
        public string? Name { get; set; }
        public string? LegalForm { get; set; }
        public string? RegistrationNumber { get; set; }
        public DateOnly? RegistrationDate { get; set; }
        public string? TaxCode { get; set; }
        public string? Address { get; set; }
        public string? CommuneCode { get; set; }
        public string? Phone { get; set; }
        public string? Email { get; set; }
        public string? Representative { get; set; }
        public string? RepresentativeGender { get; set; }
        public string? RepresentativeEthnicity { get; set; }
        public bool RepresentativeHasDisability { get; set; }
        public int? Workers { get; set; }
        public int? LocalWorkers { get; set; }
        public bool IsSme { get; set; }
        public string? CraftVillage { get; set; }
        public bool GreenValueChain { get; set; }
        public string? ExportMarkets { get; set; }
        public List<YearRow> FinancialYears { get; set; } = [];
        public List<CertRow> Certifications { get; set; } = [];
        public List<AreaRow> RawMaterialAreas { get; set; } = [];
        public List<ChannelRow> SalesChannels { get; set; } = [];

        // Blank rows are the form's spare rows, not data.
        public ProducerInput ToInput(long? version) => new(Name, LegalForm, TaxCode, Address, Phone, Email, Representative, CommuneCode, version,
            RegistrationNumber, RegistrationDate, RepresentativeGender, RepresentativeEthnicity, RepresentativeHasDisability, Workers, LocalWorkers,
            IsSme, CraftVillage, GreenValueChain, ExportMarkets,
            FinancialYears.Where(y => y.Year is not null).Select(y => new FinancialYearInput(y.Year!.Value, y.Revenue, y.Profit)).ToList(),
            Certifications.Where(c => !string.IsNullOrEmpty(c.Kind)).Select(c => new CertificationInput(c.Kind, c.Number, c.Issuer, c.ValidFrom, c.ValidTo)).ToList(),
            RawMaterialAreas.Where(a => !string.IsNullOrWhiteSpace(a.Name) || a.AreaHa is not null).Select(a => new RawMaterialAreaInput(a.Name, a.AreaHa, a.Certification)).ToList(),
            SalesChannels.Where(c => !string.IsNullOrEmpty(c.Kind)).Select(c => new SalesChannelInput(c.Kind, c.Name, c.Url)).ToList());
    }

    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public long? Version { get; set; }
    [BindProperty] public ProducerForm Form { get; set; } = new();
    public List<ScopeChoices.Choice> Communes { get; private set; } = [];
    public RegistryReference Reference => reference;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = UserScope.From(User);
        if (Id is null && scope.Kind == ScopeKind.Producer) return Forbid();
        if (Id is int id)
        {
            if (await ProducerEndpoints.LoadAsync(db, scope, id, ct) is not { } p) return NotFound();
            Version = p.Version;
            Form = new ProducerForm
            {
                Name = p.Name, LegalForm = p.LegalForm, RegistrationNumber = p.RegistrationNumber, RegistrationDate = p.RegistrationDate, TaxCode = p.TaxCode,
                Address = p.Address, CommuneCode = p.CommuneCode, Phone = p.Phone, Email = p.Email, Representative = p.Representative,
                RepresentativeGender = p.RepresentativeGender, RepresentativeEthnicity = p.RepresentativeEthnicity,
                RepresentativeHasDisability = p.RepresentativeHasDisability, Workers = p.Workers, LocalWorkers = p.LocalWorkers, IsSme = p.IsSme,
                CraftVillage = p.CraftVillage, GreenValueChain = p.GreenValueChain, ExportMarkets = p.ExportMarkets,
                FinancialYears = p.FinancialYears.OrderBy(y => y.Year).Select(y => new YearRow { Year = y.Year, Revenue = y.Revenue, Profit = y.Profit }).ToList(),
                Certifications = p.Certifications.Select(c => new CertRow { Kind = c.Kind, Number = c.Number, Issuer = c.Issuer, ValidFrom = c.ValidFrom, ValidTo = c.ValidTo }).ToList(),
                RawMaterialAreas = p.RawMaterialAreas.Select(a => new AreaRow { Name = a.Name, AreaHa = a.AreaHa, Certification = a.Certification }).ToList(),
                SalesChannels = p.SalesChannels.Select(c => new ChannelRow { Kind = c.Kind, Name = c.Name, Url = c.Url }).ToList(),
            };
        }
        else Form.CommuneCode = scope.CommuneCode;
        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var scope = UserScope.From(User);
        if (Id is null && scope.Kind == ScopeKind.Producer) return Forbid();
        Producer? producer = null;
        if (Id is int id && (producer = await ProducerEndpoints.LoadAsync(db, scope, id, ct, tracking: true)) is null) return NotFound();
        if (ModelState.IsValid)
        {
            var input = Form.ToInput(Version);
            var (unit, errors) = await rules.ValidateAsync(input, scope, ct);
            FormErrors.AddTo(ModelState, nameof(Form), errors);
            if (errors.Count == 0)
            {
                if (producer is null) db.Producers.Add(producer = new Producer());
                else db.Entry(producer).Property(p => p.Version).OriginalValue = Version ?? -1;
                rules.Apply(producer, input, unit!);
                try
                {
                    await db.SaveChangesAsync(ct);
                    return RedirectToPage("Details", new { id = producer.Id });
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
        Communes = await ScopeChoices.CommunesAsync(db, UserScope.From(User), ct);
        // One spare row per list, so a row can be added without JavaScript.
        Form.FinancialYears.RemoveAll(y => y.Year is null); Form.FinancialYears.Add(new());
        Form.Certifications.RemoveAll(c => string.IsNullOrEmpty(c.Kind)); Form.Certifications.Add(new());
        Form.RawMaterialAreas.RemoveAll(a => string.IsNullOrWhiteSpace(a.Name) && a.AreaHa is null); Form.RawMaterialAreas.Add(new());
        Form.SalesChannels.RemoveAll(c => string.IsNullOrEmpty(c.Kind)); Form.SalesChannels.Add(new());
    }
}
