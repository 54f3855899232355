using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OcopHub.Web.Data;
using OcopHub.Web.Features.Registry;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Producers;

/// <summary>Producers within the user's scope (a producer login sees only its own record): search, filters, paging, export.</summary>
public sealed class IndexModel(OcopDbContext db, RegistryReference reference, IStringLocalizer<SharedResource> L) : PageModel
{
    public sealed record Row(int Id, string Name, string LegalForm, string? Representative, string CommuneName, string? Phone, string? TaxCode, string ProvinceCode, string CommuneCode);
    [BindProperty(SupportsGet = true)] public ProducerFilter Filter { get; set; } = new();
    public string? Q => Filter.Q;
    public List<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageNumber { get; private set; }
    public int PageSize { get; private set; }
    public List<ScopeChoices.Choice> Provinces { get; private set; } = [];
    public List<ScopeChoices.Choice> Communes { get; private set; } = [];
    public RegistryReference Reference => reference;
    public bool CanCreate => User.IsInRole(Roles.Admin) || User.IsInRole(Roles.ProvinceOffice) || User.IsInRole(Roles.CommuneOfficer);

    private IQueryable<Data.Entities.Producer> Query() => ProducerSearch.Apply(db.Producers.InScope(UserScope.From(User)), Filter);

    private static IQueryable<Row> Rows_(IQueryable<Data.Entities.Producer> q) =>
        q.Select(p => new Row(p.Id, p.Name, p.LegalForm, p.Representative, p.CommuneUnit!.FullName, p.Phone, p.TaxCode, p.ProvinceCode, p.CommuneCode));

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = UserScope.From(User);
        (PageNumber, PageSize) = Filter.Paging();
        var query = Query();
        Rows = await Rows_(ProducerSearch.Order(query, Filter).Skip((PageNumber - 1) * PageSize).Take(PageSize)).ToListAsync(ct);
        Total = await PagedTotal.ResolveAsync(Rows.Count, PageNumber, PageSize, () => query.CountAsync(ct));
        Provinces = await ScopeChoices.ProvincesAsync(db, scope, ct);
        Communes = await ScopeChoices.CommunesAsync(db, scope, ct);
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        var rows = await Rows_(ProducerSearch.Order(Query(), Filter).Take(TableExport.MaxRows)).ToListAsync(ct);
        string[] headers = [L["Tên chủ thể"], L["Loại hình"], L["Mã số thuế"], L["Người đại diện"], L["Điện thoại"], L["Mã tỉnh"], L["Mã xã"], L["Xã/phường"]];
        var english = System.Globalization.CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.Ordinal);
        return TableExport.File(format == "csv" ? "csv" : "xlsx", "chu-the-ocop", headers, rows.Select(r => new object?[]
        {
            r.Name, RegistryReference.NameOf(reference.LegalForms, r.LegalForm, english), r.TaxCode, r.Representative, r.Phone, r.ProvinceCode, r.CommuneCode, r.CommuneName,
        }));
    }

    public string PageUrl(int page) => Url.Page("Index", null, Values(page, null))!;
    public string ExportUrl(string format) => Url.Page("Index", "Export", Values(null, format))!;

    private Dictionary<string, object?> Values(int? page, string? format) => new()
    {
        ["q"] = Filter.Q, ["province"] = Filter.Province, ["commune"] = Filter.Commune, ["legalForm"] = Filter.LegalForm,
        ["certification"] = Filter.Certification, ["page"] = page, ["pageSize"] = Filter.PageSize, ["format"] = format,
    };
}
