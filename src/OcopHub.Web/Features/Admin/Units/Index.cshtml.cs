using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Features.AdminUnits;

namespace OcopHub.Web.Features.Admin.Units;

/// <summary>Browse and search administrative units of today or of the pre-2025 period, with the succession between them.</summary>
public sealed class IndexModel(OcopDbContext db) : PageModel
{
    public const int Limit = 500;
    private static readonly DateOnly Pre2025Day = new(2025, 6, 30);

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string Period { get; set; } = "current";
    [BindProperty(SupportsGet = true)] public string? Parent { get; set; }
    public AdministrativeUnit? ParentUnit { get; private set; }
    public List<AdministrativeUnit> Rows { get; private set; } = [];
    public List<string> Predecessors { get; private set; } = [];
    public List<string> Successors { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var day = Period == "pre2025" ? Pre2025Day : DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var units = db.AdministrativeUnits.ValidOn(day);
        if (!string.IsNullOrEmpty(Parent))
        {
            ParentUnit = await units.Where(u => u.Code == Parent).OrderBy(u => u.Level).FirstOrDefaultAsync();
            if (ParentUnit is not null)
            {
                units = units.Where(u => u.ParentCode == ParentUnit.Code && u.Level > ParentUnit.Level);
                Predecessors = await db.UnitSuccessions.Where(s => s.NewUnitId == ParentUnit.Id)
                    .Select(s => s.OldUnit!.FullName + (s.Partial ? " (một phần)" : "")).ToListAsync();
                Successors = await db.UnitSuccessions.Where(s => s.OldUnitId == ParentUnit.Id)
                    .Select(s => s.NewUnit!.FullName + (s.Partial ? " (một phần)" : "")).ToListAsync();
            }
        }
        else if (string.IsNullOrWhiteSpace(Q)) units = units.Where(u => u.Level == UnitLevel.Province);
        Rows = await units.Search(Q).OrderBy(u => u.Level).ThenBy(u => u.Code).Take(Limit).ToListAsync();
    }
}
