using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Features.Rulebooks;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.SelfAssessments;

/// <summary>Answer the sheet, see the predicted score and star with the gap analysis, save the draft, export it.</summary>
public sealed class EditModel(OcopDbContext db, RulebookCatalog catalog, TimeProvider clock) : PageModel
{
    /// <summary>Posted answers: a[criterion code] = option letter / yes / no / none.</summary>
    [BindProperty(Name = "a")] public Dictionary<string, string> Posted { get; set; } = [];
    [BindProperty] public long Version { get; set; }

    public SelfAssessment Draft { get; private set; } = null!;
    public string ProducerName { get; private set; } = "";
    public string RulebookName { get; private set; } = "";
    public RulebookDtos.SheetDto Sheet { get; private set; } = null!;
    public Dictionary<string, string> Answers { get; private set; } = [];
    public SelfAssessmentScorer.Outcome Outcome { get; private set; } = null!;
    public IReadOnlySet<string> ProblemCodes => Outcome.Problems.Select(p => p.CriterionCode ?? "").ToHashSet();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        Answers = Read(Draft.AnswersJson);
        Version = Draft.Version;
        Score();
        return Page();
    }

    /// <summary>Recompute without saving: htmx swaps the result panel; without JavaScript the whole page re-renders.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        Answers = Clean(Posted);
        Score();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        Answers = Clean(Posted);
        Score();
        if (Outcome.Problems.Count > 0)
        {
            ModelState.AddModelError("", "Có câu trả lời không hợp lệ; bản nháp chưa được lưu.");
            return Page();
        }
        db.Entry(Draft).Property(d => d.Version).OriginalValue = Version;
        Draft.AnswersJson = JsonSerializer.Serialize(Answers);
        Draft.Answered = Outcome.Answered;
        Draft.Total = Outcome.Result?.AverageRounded;
        Draft.PredictedStars = Outcome.Result?.AwardedStars;
        Draft.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "Bản tự đánh giá đã được người khác lưu trong lúc bạn chấm. Hãy tải lại trang; các lựa chọn của bạn chưa được lưu.");
            return Page();
        }
        TempData["Message"] = $"Đã lưu bản nháp ({Outcome.Answered}/{Outcome.Criteria} tiêu chí).";
        return Redirect($"/SelfAssessments/Edit/{id}");
    }

    public async Task<IActionResult> OnGetExcelAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        Answers = Read(Draft.AnswersJson);
        Score();
        var bytes = SelfAssessmentExport.Xlsx(Draft, ProducerName, RulebookName, Sheet, Answers, Outcome);
        return File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"tu-danh-gia-{Draft.Id}.xlsx");
    }

    public async Task<IActionResult> OnGetPdfAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        Answers = Read(Draft.AnswersJson);
        Score();
        var bytes = SelfAssessmentExport.Pdf(Draft, ProducerName, RulebookName, Sheet, Answers, Outcome);
        return File(bytes, "application/pdf", $"tu-danh-gia-{Draft.Id}.pdf");
    }

    private async Task<bool> LoadAsync(int id)
    {
        var draft = await IndexModel.Scoped(db, UserScope.From(User)).Include(a => a.Producer).FirstOrDefaultAsync(a => a.Id == id);
        if (draft is null || await catalog.FindAsync(draft.RulebookId) is not { } entry) return false;
        var set = RulebookDtos.Sets(entry.Rulebook).First(s => s.No == draft.SetNo);
        Draft = draft;
        ProducerName = draft.Producer!.Name;
        RulebookName = entry.Rulebook.Name;
        Sheet = RulebookDtos.ToDto(entry.Rulebook, set, entry.Rulebook.FindSheet(draft.SetNo)!);
        _rulebook = entry.Rulebook;
        return true;
    }

    private Core.Criteria.Rulebook? _rulebook;

    private void Score() => Outcome = SelfAssessmentScorer.Score(_rulebook!, Draft.SetNo, Answers);

    private static Dictionary<string, string> Clean(Dictionary<string, string> posted) =>
        posted.Where(kv => !string.IsNullOrWhiteSpace(kv.Value)).ToDictionary(kv => kv.Key.Trim(), kv => kv.Value.Trim().ToLowerInvariant());

    internal static Dictionary<string, string> Read(string json) => JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
}
