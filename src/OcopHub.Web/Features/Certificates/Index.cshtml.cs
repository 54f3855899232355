using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Features.Registry;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Certificates;

/// <summary>Giấy chứng nhận trong phạm vi, with the after-recognition filters (due, closing, overdue, expired, revoked).</summary>
public sealed class IndexModel(OcopDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    public List<Certificate> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public DateOnly Today { get; private set; }
    public bool CanRecord => CertificateService.LevelFor(User) is not null;

    private IQueryable<Certificate> Query()
    {
        Today = VietnamTime.Today(clock);
        var q = CertificateViews.Filter(db.Certificates.InScope(UserScope.From(User)), Status, Today);
        if (!string.IsNullOrWhiteSpace(Q)) q = q.Where(c => c.Number.Contains(Q) || c.ProductName.Contains(Q) || c.ProducerName.Contains(Q));
        return q.OrderBy(c => c.ExpiresOn).ThenBy(c => c.Id);
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var q = Query();
        Total = await q.CountAsync(ct);
        Rows = await q.Take(500).AsNoTracking().ToListAsync(ct);
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var rows = await Query().Take(TableExport.MaxRows).AsNoTracking().ToListAsync(ct);
        string[] headers = ["Số giấy chứng nhận", "Sản phẩm", "Chủ thể", "Số sao", "Điểm", "Ngày cấp", "Hết hạn", "Mở nộp đánh giá lại", "Hạn nộp đánh giá lại", "Trạng thái", "Thu hồi ngày", "Căn cứ thu hồi"];
        return TableExport.File("xlsx", "giay-chung-nhan-ocop", headers, rows.Select(c =>
        {
            var life = c.Lifecycle();
            return new object?[] { c.Number, c.ProductName, c.ProducerName, c.Stars, c.Points, c.IssuedOn, c.ExpiresOn, life.Window.Opens, life.Window.Closes,
                CertificateViews.StatusVi(c.StatusOn(Today)), c.RevokedOn, c.RevocationGround is { } g ? OcopHub.Core.Certificates.Revocation.Letter(g) : null };
        }));
    }
}
