using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Features.Rulebooks;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.SelfAssessments;

/// <summary>The self-assessments in the user's scope, and starting a new one on the rulebook in force.</summary>
public sealed class IndexModel(OcopDbContext db, RulebookCatalog catalog, TimeProvider clock) : PageModel
{
    public sealed record Row(int Id, string ProductName, string ProducerName, int SetNo, int Answered, int Criteria, decimal? Total, int? PredictedStars, DateTime UpdatedAt);
    public sealed record Choice(int Id, string Name);

    [BindProperty] public int ProducerId { get; set; }
    [BindProperty, Required(ErrorMessage = "Vui lòng nhập tên sản phẩm."), StringLength(300, ErrorMessage = "Tên sản phẩm tối đa 300 ký tự.")]
    public string ProductName { get; set; } = "";
    [BindProperty] public int SetNo { get; set; }

    public List<Row> Rows { get; private set; } = [];
    public List<Choice> Producers { get; private set; } = [];
    public List<RulebookDtos.SetDto> Sets { get; private set; } = [];
    public string RulebookName { get; private set; } = "";

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var scope = UserScope.From(User);
        var producer = await db.Producers.InScope(scope).FirstOrDefaultAsync(p => p.Id == ProducerId);
        if (producer is null) ModelState.AddModelError(nameof(ProducerId), "Chủ thể không tồn tại hoặc ngoài phạm vi của bạn.");
        var rulebook = await catalog.InForceOnAsync(VietnamTime.Today(clock));
        if (rulebook is null || rulebook.Rulebook.FindSheet(SetNo) is null) ModelState.AddModelError(nameof(SetNo), "Bộ sản phẩm không có phiếu đánh giá.");
        if (!ModelState.IsValid) { await LoadAsync(); return Page(); }

        var now = clock.GetUtcNow().UtcDateTime;
        var draft = new SelfAssessment
        {
            ProducerId = producer!.Id, ProductName = ProductName.Trim(), RulebookId = rulebook!.Rulebook.Id, SetNo = SetNo,
            Criteria = rulebook.Rulebook.FindSheet(SetNo)!.AllCriteria.Count(), ProvinceCode = producer.ProvinceCode,
            CommuneCode = producer.CommuneCode, CreatedBy = User.Identity!.Name!, CreatedAt = now, UpdatedAt = now,
        };
        db.SelfAssessments.Add(draft);
        await db.SaveChangesAsync();
        return Redirect($"/SelfAssessments/Edit/{draft.Id}");
    }

    private async Task LoadAsync()
    {
        var scope = UserScope.From(User);
        Rows = await Scoped(db, scope).OrderByDescending(a => a.UpdatedAt).Take(200)
            .Select(a => new Row(a.Id, a.ProductName, a.Producer!.Name, a.SetNo, a.Answered, a.Criteria, a.Total, a.PredictedStars, a.UpdatedAt)).ToListAsync();
        Producers = await db.Producers.InScope(scope).OrderBy(p => p.Name).Take(1000).Select(p => new Choice(p.Id, p.Name)).ToListAsync();
        if (await catalog.InForceOnAsync(VietnamTime.Today(clock)) is { } current)
        {
            RulebookName = current.Rulebook.Name;
            Sets = RulebookDtos.Sets(current.Rulebook).Where(s => s.HasSheet).ToList();
        }
    }

    /// <summary>Self-assessments the user may see: producers their own, officers their region.</summary>
    public static IQueryable<SelfAssessment> Scoped(OcopDbContext db, UserScope scope) => scope.Kind == ScopeKind.Producer
        ? db.SelfAssessments.Where(a => a.ProducerId == scope.ProducerId)
        : db.SelfAssessments.InScope(scope);
}
