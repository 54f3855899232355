using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OcopHub.Core.Rounds;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Rounds;

/// <summary>Đợt đánh giá of the province: the statutory rounds with the dates of Art. 5.1 by default, and extra rounds.</summary>
public sealed class IndexModel(RoundService rounds, TimeProvider clock) : PageModel
{
    [BindProperty] public int PlanYear { get; set; }
    [BindProperty] public int? Number { get; set; }
    [BindProperty] public DateOnly? ProposedBefore { get; set; }
    [BindProperty] public DateOnly? DecideBefore { get; set; }
    [BindProperty] public string? Basis { get; set; }

    public List<RoundDto> Rows { get; private set; } = [];
    public bool CanCreate => User.IsInRole(Roles.ProvinceOffice);
    public IReadOnlyList<EvaluationRound> Defaults => RoundCalendar.StatutoryRounds(RoundLevel.Province, PlanYear);

    public async Task OnGetAsync(CancellationToken ct)
    {
        PlanYear = VietnamTime.Today(clock).Year;
        Rows = await rounds.ListAsync(UserScope.From(User), null, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (round, result) = await rounds.CreateAsync(new RoundInput(PlanYear, Number, ProposedBefore, DecideBefore, Basis), User, ct);
        if (round is not null)
        {
            TempData["Message"] = $"Đã lập {round.ToCore().NameVi}.";
            return Redirect("/Rounds");
        }
        if (result.Status == 403) return Forbid();
        ModelState.AddModelError("", result.Message);
        Rows = await rounds.ListAsync(UserScope.From(User), null, ct);
        return Page();
    }
}
