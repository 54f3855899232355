using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Features.Rulebooks;
using OcopHub.Web.Features.SelfAssessments;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Dossiers;

/// <summary>The draft: Mẫu 01 fields, the Mẫu 02 sheet (the self-assessment partial) and evidence per criterion.</summary>
public sealed class EditModel(OcopDbContext db, DossierDrafts drafts, RulebookCatalog catalog, DossierRecognition recognition, TimeProvider clock) : PageModel
{
    public sealed class Form01
    {
        public string? UnitName { get; set; }
        public string? Address { get; set; }
        public string? LegalRepresentative { get; set; }
        public string? RepresentativePosition { get; set; }
        public string? Phone { get; set; }
        public string? Email { get; set; }
        public string? ProductName { get; set; }
        public int SampleCount { get; set; }
        public string? Attachments { get; set; }
        public string? ChangesSinceRecognition { get; set; }
    }

    [BindProperty] public Form01 F { get; set; } = new();
    [BindProperty(Name = "a")] public Dictionary<string, string> Posted { get; set; } = [];
    [BindProperty] public long Version { get; set; }
    [BindProperty] public int? CopyFrom { get; set; }

    public Dossier Dossier { get; private set; } = null!;
    public RulebookDtos.SheetDto Sheet { get; private set; } = null!;
    public IReadOnlyDictionary<string, string> Answers { get; private set; } = new Dictionary<string, string>();
    public SelfAssessmentScorer.Outcome Outcome { get; private set; } = null!;
    public List<(int Id, string Name)> SelfAssessments { get; private set; } = [];
    /// <summary>The recognition an upgrade or re-evaluation starts from (null for first time, or when none is in force).</summary>
    public Core.Dossiers.RecognitionInForce? Recognition { get; private set; }
    /// <summary>Re-evaluation: when it may be filed (Art. 7.6.a).</summary>
    public FilingWindowDto? Window { get; private set; }
    public int RequiredSamples => Core.Dossiers.DossierRules.RequiredSamples(DossierDrafts.IsTourism(Dossier.SectorCode));

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!DossierDrafts.CanEdit(User, Dossier)) return Redirect($"/Dossiers/Details/{id}");
        F = new Form01
        {
            UnitName = Dossier.UnitName, Address = Dossier.Address, LegalRepresentative = Dossier.LegalRepresentative, RepresentativePosition = Dossier.RepresentativePosition,
            Phone = Dossier.Phone, Email = Dossier.Email, ProductName = Dossier.ProductName, SampleCount = Dossier.SampleCount,
            Attachments = Dossier.Attachments, ChangesSinceRecognition = Dossier.ChangesSinceRecognition,
        };
        Version = Dossier.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var input = new DossierInput(UnitName: F.UnitName ?? "", Address: F.Address ?? "", LegalRepresentative: F.LegalRepresentative ?? "",
            RepresentativePosition: F.RepresentativePosition ?? "", Phone: F.Phone ?? "", Email: F.Email ?? "", ProductName: F.ProductName ?? "",
            SampleCount: F.SampleCount, Attachments: F.Attachments ?? "", ChangesSinceRecognition: F.ChangesSinceRecognition ?? "",
            Answers: CopyFrom is null ? Posted : null, CopyFromSelfAssessmentId: CopyFrom, Version: Version);
        var result = await drafts.UpdateAsync(id, input, User, ct);
        if (result.Status == 404) return NotFound();
        if (result.Ok)
        {
            TempData["Message"] = "Đã lưu hồ sơ.";
            return Redirect($"/Dossiers/Edit/{id}");
        }
        ModelState.AddModelError("", result.Message);
        if (!await LoadAsync(id, ct)) return NotFound();
        Answers = Posted;
        return Page();
    }

    public async Task<IActionResult> OnPostEvidenceAsync(int id, IFormFile? file, string? criterionCode, CancellationToken ct)
    {
        var (_, result) = await drafts.AddEvidenceAsync(id, criterionCode, file, User, ct);
        if (result.Status == 404) return NotFound();
        TempData[result.Ok ? "Message" : "Error"] = result.Ok ? "Đã tải minh chứng." : result.Message;
        return Redirect($"/Dossiers/Edit/{id}#evidence");
    }

    public async Task<IActionResult> OnPostDeleteEvidenceAsync(int id, int evidenceId, CancellationToken ct)
    {
        var result = await drafts.DeleteEvidenceAsync(id, evidenceId, User, ct);
        if (result.Status == 404) return NotFound();
        TempData[result.Ok ? "Message" : "Error"] = result.Ok ? "Đã xoá minh chứng." : result.Message;
        return Redirect($"/Dossiers/Edit/{id}#evidence");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var d = await db.Dossiers.AsNoTracking().InScope(UserScope.From(User)).Include(x => x.Evidence).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (d is null || catalog.Find(d.RulebookId) is not { } rulebook) return false;
        Dossier = d;
        var set = RulebookDtos.Sets(rulebook).First(s => s.No == d.SetNo);
        Sheet = RulebookDtos.ToDto(rulebook, set, rulebook.FindSheet(d.SetNo)!);
        Answers = Features.SelfAssessments.EditModel.Read(d.AnswersJson);
        Outcome = drafts.Score(d);
        var today = VietnamTime.Today(clock);
        if (await recognition.BehindAsync(d, today, ct) is var (behind, _))
        {
            Recognition = behind;
            if (d.Type == Core.Dossiers.DossierType.ReEvaluation) Window = recognition.Window(behind, today);
        }
        SelfAssessments = (await db.SelfAssessments.AsNoTracking()
                .Where(a => a.ProducerId == d.ProducerId && a.RulebookId == d.RulebookId && a.SetNo == d.SetNo)
                .OrderByDescending(a => a.UpdatedAt).Select(a => new { a.Id, a.ProductName, a.Answered, a.Criteria }).ToListAsync(ct))
            .Select(a => (a.Id, $"{a.ProductName} ({a.Answered}/{a.Criteria})")).ToList();
        return true;
    }
}
