using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OcopHub.Core.Councils;
using OcopHub.Web.Features.Dossiers;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Councils;

/// <summary>
/// Creates (no id) or edits a council: the provincial office its province's councils, the Ministry the central council.
/// Members are rows of user name and department; the chair and the secretary are chosen among the rows. No JavaScript:
/// "Thêm dòng" posts back with more empty rows, a row is removed by ticking "Bỏ" (or clearing the user name).
/// </summary>
public sealed class EditModel(CouncilService councils, TimeProvider clock) : PageModel
{
    public sealed class MemberRow
    {
        public string? UserName { get; set; }
        public string? Department { get; set; }
        public bool Remove { get; set; }
    }

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public DateOnly? TermFrom { get; set; }
    [BindProperty] public DateOnly? TermTo { get; set; }
    [BindProperty] public List<MemberRow> Rows { get; set; } = [];
    /// <summary>Index of the chair's row, of the secretary's row.</summary>
    [BindProperty] public int? Chair { get; set; }
    [BindProperty] public int? Secretary { get; set; }
    [BindProperty] public int QuorumNumerator { get; set; } = 3;
    [BindProperty] public int QuorumDenominator { get; set; } = 4;
    [BindProperty] public decimal SpreadLimit { get; set; } = 10m;
    [BindProperty] public long Version { get; set; }

    public int? CouncilId { get; private set; }
    public CouncilLevel Level { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        if (id is null)
        {
            Level = CouncilService.DefaultLevel(User);
            if (!CouncilService.CanKeep(User, Level)) return Forbid();
            var today = VietnamTime.Today(clock);
            TermFrom = new DateOnly(today.Year, 1, 1);
            TermTo = new DateOnly(today.Year + 4, 12, 31);
            Pad(5);
            return Page();
        }
        var (c, result) = await councils.GetAsync(id.Value, User, ct);
        if (c is null) return NotFound();
        CouncilId = c.Id;
        Level = CouncilLevels.Parse(c.Level);
        if (!CouncilService.CanKeep(User, Level)) return Forbid();
        Name = c.Name; TermFrom = c.TermFrom; TermTo = c.TermTo;
        QuorumNumerator = c.QuorumNumerator; QuorumDenominator = c.QuorumDenominator; SpreadLimit = c.SpreadLimit; Version = c.Version;
        Rows = c.Members.Select(m => new MemberRow { UserName = m.UserName, Department = m.Department }).ToList();
        Chair = c.Members.ToList().FindIndex(m => m.IsChair) is >= 0 and var ci ? ci : null;
        Secretary = c.Members.ToList().FindIndex(m => m.IsSecretary) is >= 0 and var si ? si : null;
        Pad(2);
        return Page();
    }

    /// <summary>More empty member rows, keeping what was typed.</summary>
    public async Task<IActionResult> OnPostAddRowAsync(int? id, CancellationToken ct)
    {
        if (await LevelAsync(id, ct) is { } refusal) return refusal;
        ModelState.Clear();
        Pad(3);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        if (await LevelAsync(id, ct) is { } refusal) return refusal;
        string? At(int? i) => i is { } n && n >= 0 && n < Rows.Count ? Rows[n].UserName?.Trim() : null;
        var members = Rows.Where(r => !r.Remove && !string.IsNullOrWhiteSpace(r.UserName))
            .Select(r => new CouncilMemberInput(r.UserName!.Trim(), r.Department)).ToList();
        var input = new CouncilInput(null, Name, TermFrom, TermTo, At(Chair), At(Secretary), members, QuorumNumerator, QuorumDenominator, SpreadLimit,
            id is null ? null : Version, id is null ? Level.Code() : null);
        var (council, result) = await councils.SaveAsync(id, input, User, ct);
        if (council is not null)
        {
            TempData["Message"] = id is null ? $"Đã lập {council.Name}." : $"Đã lưu {council.Name}.";
            return Redirect("/Councils");
        }
        if (result.Status == 403) return Forbid();
        if (result.Status == 404) return NotFound();
        if (result.Status == 409 && result.Title == WorkflowResult.Stale().Title) ModelState.AddModelError("", StaleEdit.PageMessage);
        else if (result.Errors is { } errors)
            foreach (var (field, messages) in errors) foreach (var m in messages) ModelState.AddModelError(field, m);
        else ModelState.AddModelError("", result.Message);
        Response.StatusCode = result.Status is 400 or 409 ? result.Status : 400;
        Pad(Math.Max(0, 2 - Rows.Count(r => string.IsNullOrWhiteSpace(r.UserName))));
        return Page();
    }

    /// <summary>Null when the user keeps councils of this one's level (or of their default level for a new one).</summary>
    private async Task<IActionResult?> LevelAsync(int? id, CancellationToken ct)
    {
        CouncilId = id;
        if (id is null) Level = CouncilService.DefaultLevel(User);
        else
        {
            var (c, _) = await councils.GetAsync(id.Value, User, ct);
            if (c is null) return NotFound();
            Level = CouncilLevels.Parse(c.Level);
        }
        return CouncilService.CanKeep(User, Level) ? null : Forbid();
    }

    private void Pad(int blanks)
    {
        for (var i = 0; i < blanks; i++) Rows.Add(new MemberRow());
    }
}
