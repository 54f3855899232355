using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Features.Registry;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Certificates;

/// <summary>A recognition decision and the certificates it issued (in the user's scope), with the list as PDF or Excel.</summary>
public sealed class DecisionModel(OcopDbContext db, TimeProvider clock) : PageModel
{
    public RecognitionDecision Decision { get; private set; } = null!;
    public List<Certificate> Certificates { get; private set; } = [];
    public DateOnly Today { get; private set; }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var scope = UserScope.From(User);
        if (await db.RecognitionDecisions.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct) is not { } d) return false;
        Certificates = await db.Certificates.InScope(scope).AsNoTracking().Where(c => c.DecisionId == id).OrderBy(c => c.Sequence).ToListAsync(ct);
        if (!scope.IsNational && Certificates.Count == 0 && d.ProvinceCode != scope.ProvinceCode) return false;
        foreach (var c in Certificates) c.Decision = d;
        Decision = d;
        Today = VietnamTime.Today(clock);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetPdfAsync(int id, CancellationToken ct) => await LoadAsync(id, ct)
        ? File(CertificatePdf.DecisionList(Decision, Certificates), "application/pdf", $"danh-sach-quyet-dinh-{Decision.Id}.pdf")
        : NotFound();

    public async Task<IActionResult> OnGetExcelAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        string[] headers = ["STT", "Tên sản phẩm", "Chủ thể", "Địa chỉ", "Số sao", "Điểm", "Số giấy chứng nhận", "Ngày cấp", "Hết hạn"];
        return TableExport.File("xlsx", $"quyet-dinh-{Decision.Id}", headers, Certificates.Select((c, i) =>
            new object?[] { i + 1, c.ProductName, c.ProducerName, c.ProducerAddress, c.Stars, c.Points, c.Number, c.IssuedOn, c.ExpiresOn }));
    }
}
