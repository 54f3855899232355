using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Data;
using OcopHub.Web.Features.Registry;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Certificates;

/// <summary>Khen thưởng: the province's reward amounts for a year and the list of rewarded products, exportable to Excel.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class RewardsModel(OcopDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Province { get; set; }
    [BindProperty] public RewardPolicyInput Policy { get; set; } = new(null, null, null, null, null);
    public RewardList? List { get; private set; }
    public Dictionary<string, string[]> Errors { get; private set; } = [];
    public bool CanEdit => CertificateService.LevelFor(User) is not null;

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Year ??= VietnamTime.Today(clock).Year;
        if (Rewards.ProvinceOf(UserScope.From(User), Province) is not { } p) return false;
        Province = p;
        List = await Rewards.ListAsync(db, p, Year.Value, null, ct);
        return true;
    }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        string[] headers = ["Số giấy chứng nhận", "Sản phẩm", "Chủ thể", "Số sao", "Quyết định", "Ngày cấp", "Mức thưởng (VND)"];
        var rows = List!.Rows.Select(r => new object?[] { r.CertificateNumber, r.ProductName, r.ProducerName, r.Stars, r.DecisionNumber, r.IssuedOn, r.Amount })
            .Append(["Tổng cộng", null, null, null, null, null, List.Total]);
        return TableExport.File("xlsx", $"khen-thuong-ocop-{Province}-{Year}", headers, rows);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanEdit) return Forbid();
        if (!await LoadAsync(ct)) return NotFound();
        try
        {
            var (saved, errors) = await Rewards.SaveAsync(db, Province!, Year!.Value, Policy, ct);
            if (saved is not null) return RedirectToPage(new { Year, Province });
            Errors = errors;
        }
        catch (DbUpdateConcurrencyException)
        {
            Errors = new() { ["version"] = ["Chính sách đã bị người khác thay đổi. Vui lòng tải lại trang."] };
        }
        Response.StatusCode = 400;
        return Page();
    }
}
