using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;

namespace OcopHub.Web.Features.Admin.Audit;

/// <summary>The audit trail, newest first, filtered by entity type, record and user.</summary>
public sealed class IndexModel(OcopDbContext db) : PageModel
{
    private const int PageSize = 50;
    [BindProperty(SupportsGet = true)] public string? Entity { get; set; }
    [BindProperty(SupportsGet = true)] public string? EntityId { get; set; }
    [BindProperty(SupportsGet = true, Name = "user")] public string? UserFilter { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;
    public List<string> EntityTypes { get; private set; } = [];
    public List<AuditEntry> Rows { get; private set; } = [];
    public bool HasMore { get; private set; }

    public async Task OnGetAsync()
    {
        PageNumber = Math.Max(1, PageNumber);
        EntityTypes = await db.AuditEntries.Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync();
        var q = db.AuditEntries.AsQueryable();
        if (!string.IsNullOrWhiteSpace(Entity)) q = q.Where(a => a.EntityType == Entity);
        if (!string.IsNullOrWhiteSpace(EntityId)) q = q.Where(a => a.EntityId == EntityId.Trim());
        if (!string.IsNullOrWhiteSpace(UserFilter)) q = q.Where(a => a.UserName == UserFilter.Trim());
        var rows = await q.OrderByDescending(a => a.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync();
        HasMore = rows.Count > PageSize;
        Rows = rows.Take(PageSize).ToList();
    }
}
