using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Certificates;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Certificates;

/// <summary>One certificate: its life (window, status), PDF, re-evaluation filing, inspections (Art. 9) and revocation (Art. 8).</summary>
public sealed class DetailsModel(OcopDbContext db, CertificateService service, TimeProvider clock, IConfiguration config) : PageModel
{
    public Certificate Certificate { get; private set; } = null!;
    public CertificateStatus Status { get; private set; }
    public RevocationDto? Revocation { get; private set; }
    public List<InspectionDto> Inspections { get; private set; } = [];
    public bool MayRevoke { get; private set; }
    public bool MayRecord => CertificateService.LevelFor(User) is not null;
    public Dictionary<string, string[]> Errors { get; private set; } = [];
    public string? Message { get; private set; }

    [BindProperty] public RevocationForm Revoke { get; set; } = new();
    [BindProperty] public InspectionForm Inspect { get; set; } = new();

    public sealed class RevocationForm
    {
        public string? Ground { get; set; }
        public DateOnly? TriggeredOn { get; set; }
        public string? DecisionNumber { get; set; }
        public DateOnly? DecidedOn { get; set; }
        public string? SignerName { get; set; }
        public string? SignerTitle { get; set; }
        public string? Note { get; set; }
        public int? InspectionId { get; set; }
        public long Version { get; set; }
    }

    public sealed class InspectionForm
    {
        public string Kind { get; set; } = "Periodic";
        public DateOnly? InspectedOn { get; set; }
        public string? Inspector { get; set; }
        public string? Unit { get; set; }
        public string? Findings { get; set; }
        public bool CriteriaStillMet { get; set; } = true;
        public bool MarkUsedCorrectly { get; set; } = true;
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct, bool tracking = false)
    {
        if (await CertificateEndpoints.Load(db, HttpContext, id, ct, tracking) is not { } c) return false;
        Certificate = c;
        Status = c.StatusOn(VietnamTime.Today(clock));
        Revocation = CertificateMapping.Revocation(c);
        Inspections = c.Inspections.OrderBy(i => i.InspectedOn).Select(i => CertificateMapping.Dto(i, c.Stars)).ToList();
        MayRevoke = c.RevokedOn is null && CertificateService.MayRevoke(User, c);
        Revoke.Version = c.Version;
        return true;
    }

    public async Task<IActionResult> OnGetAsync(int id, string? done, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Message = done;
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var bytes = await CertificateEndpoints.PdfOf(db, Certificate, HttpContext, config, ct);
        return File(bytes, "application/pdf", $"giay-chung-nhan-{CertificateViews.Slug(Certificate.Number)}.pdf");
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct, tracking: true)) return NotFound();
        if (!CertificateService.MayRevoke(User, Certificate)) return Forbid();
        var f = Revoke;
        try
        {
            Errors = await service.RevokeAsync(Certificate, new RevocationInput(f.Ground, f.TriggeredOn, f.DecisionNumber, f.DecidedOn, f.SignerName, f.SignerTitle, f.Note, f.Version, f.InspectionId), ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            Errors = new() { ["version"] = ["Giấy chứng nhận đã bị người khác thay đổi. Vui lòng tải lại trang."] };
        }
        if (Errors.Count > 0) { Response.StatusCode = 400; return Page(); }
        return RedirectToPage("Details", new { id, done = "revoked" });
    }

    public async Task<IActionResult> OnPostInspectAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!MayRecord) return Forbid();
        var f = Inspect;
        var (inspection, errors) = CertificateEndpoints.ValidateInspection(
            new CertificateEndpoints.InspectionInput(f.Kind, f.InspectedOn, f.Inspector, f.Unit, f.Findings, f.CriteriaStillMet, f.MarkUsedCorrectly), Certificate, clock);
        if (inspection is null) { Errors = errors; Response.StatusCode = 400; return Page(); }
        db.CertificateInspections.Add(inspection);
        await db.SaveChangesAsync(ct);
        return RedirectToPage("Details", new { id, done = "inspected" });
    }
}
