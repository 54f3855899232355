using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OcopHub.Web.Data;
using OcopHub.Web.Features.Registry;
using OcopHub.Web.Features.Rulebooks;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Products;

/// <summary>Products in the user's scope: one search box (no diacritics needed), filters, paging, export of what is shown.</summary>
public sealed class IndexModel(OcopDbContext db, RulebookCatalog rulebooks, RegistryReference reference, IStringLocalizer<SharedResource> L) : PageModel
{
    [BindProperty(SupportsGet = true)] public ProductFilter Filter { get; set; } = new();
    public List<ProductSearch.Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageNumber { get; private set; }
    public int PageSize { get; private set; }
    public List<ScopeChoices.Choice> Provinces { get; private set; } = [];
    public List<ScopeChoices.Choice> Communes { get; private set; } = [];
    public RulebookCatalog Rulebooks => rulebooks;
    public RegistryReference Reference => reference;
    public bool CanEdit => User.IsInRole(Roles.Admin) || User.IsInRole(Roles.ProvinceOffice) || User.IsInRole(Roles.CommuneOfficer) || User.IsInRole(Roles.Producer);

    private IQueryable<Data.Entities.Product> Query()
    {
        var scope = UserScope.From(User);
        return ProductSearch.Apply(db, db.Products.InScope(scope), Filter, ProductSearch.NarrowScope(scope));
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = UserScope.From(User);
        (PageNumber, PageSize) = Filter.Paging();
        (Rows, Total) = await ProductSearch.PageAndTotalAsync(db, scope, Filter, ct);
        Provinces = await ScopeChoices.ProvincesAsync(db, scope, ct);
        Communes = await ScopeChoices.CommunesAsync(db, scope, ct);
    }

    /// <summary>The same filters and scope as the list, every page of it.</summary>
    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        var rows = await ProductSearch.Rows(ProductSearch.Order(Query(), Filter).Take(TableExport.MaxRows)).ToListAsync(ct);
        string[] headers = [L["Mã số OCOP"], L["Tên sản phẩm"], L["Số sao"], L["Bộ tiêu chí"], L["Bộ sản phẩm"], L["Chủ thể"], L["Mã tỉnh"], L["Mã xã"], L["Xã/phường"], "GTIN", L["Trạng thái"]];
        return TableExport.File(format == "csv" ? "csv" : "xlsx", "san-pham-ocop", headers, rows.Select(r => new object?[]
        {
            r.OcopCode, r.Name, r.CurrentStars, r.RulebookId, r.ProductSetNo, r.ProducerName, r.ProvinceCode, r.CommuneCode, r.CommuneName, r.Gtin, L[StatusText(r.Status)].Value,
        }));
    }

    public static string StatusText(Data.Entities.ProductStatus s) => s switch
    {
        Data.Entities.ProductStatus.Suspended => "Tạm dừng",
        Data.Entities.ProductStatus.Discontinued => "Ngừng sản xuất",
        _ => "Đang sản xuất",
    };

    public string PageUrl(int page) => Url.Page("Index", null, Query(page, null))!;

    public string ExportUrl(string format) => Url.Page("Index", "Export", Query(null, format))!;

    private Dictionary<string, object?> Query(int? page, string? format) => new()
    {
        ["q"] = Filter.Q, ["province"] = Filter.Province, ["commune"] = Filter.Commune, ["sector"] = Filter.Sector, ["set"] = Filter.Set,
        ["star"] = Filter.Star, ["legalForm"] = Filter.LegalForm, ["certification"] = Filter.Certification, ["producer"] = Filter.Producer,
        ["status"] = Filter.Status, ["page"] = page, ["pageSize"] = Filter.PageSize, ["format"] = format,
    };
}
