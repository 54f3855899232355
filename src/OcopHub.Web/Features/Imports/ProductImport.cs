using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Gs1;
using OcopHub.Core.Producers;
using OcopHub.Core.Products;
using OcopHub.Core.Text;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Features.Rulebooks;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Imports;

/// <summary>Finds the producer a product or result row names: by tax code, else by folded name (within the scope).</summary>
public sealed class ProducerLookup
{
    private readonly Dictionary<string, Producer> _byTax;
    private readonly Dictionary<string, List<Producer>> _byName;

    public ProducerLookup(IEnumerable<Producer> producers)
    {
        var list = producers.ToList();
        _byTax = list.Where(p => p.TaxCode is not null).GroupBy(p => p.TaxCode!).ToDictionary(g => g.Key, g => g.First());
        _byName = list.GroupBy(p => p.SearchName).ToDictionary(g => g.Key, g => g.ToList());
    }

    public Producer? Find(RowValues row, string? communeCode, bool required)
    {
        if (row.Get("producerTaxCode") is { } taxText)
        {
            var t = taxText.All(char.IsAsciiDigit) && taxText.Length == 9 ? "0" + taxText : taxText;
            if (!VietnamTaxCode.TryParse(t, out var tax, out var error)) { row.Error("producerTaxCode", error!); return null; }
            if (_byTax.TryGetValue(tax!.Value, out var p)) return p;
            row.Error("producerTaxCode", $"không có chủ thể mã số thuế {tax.Value} trong phạm vi của bạn (hãy nhập danh sách chủ thể trước).");
            return null;
        }
        if (row.Get("producer") is not { } name)
        {
            if (required) row.Error("Thiếu chủ thể: hãy ghi mã số thuế hoặc tên chủ thể.");
            return null;
        }
        var found = _byName.GetValueOrDefault(VietnameseText.Fold(name)) ?? [];
        if (found.Count > 1) found = found.Where(p => p.CommuneCode == communeCode).ToList();
        if (found.Count == 1) return found[0];
        row.Error("producer", found.Count == 0
            ? $"không có chủ thể '{name}' trong phạm vi của bạn (hãy nhập danh sách chủ thể trước)."
            : $"có nhiều chủ thể tên '{name}'; hãy ghi mã số thuế.");
        return null;
    }
}

/// <summary>Products: matched by OCOP code, else by folded name + producer. New products without a code get the next one of their commune.</summary>
public sealed class ProductImport(OcopDbContext db, UserScope scope, TimeProvider clock, RulebookCatalog rulebooks) : ImportPlanner(db, scope, clock)
{
    private ProducerLookup _producers = null!;
    private Dictionary<string, Product> _byCode = [];
    private Dictionary<(string, int), Product> _byName = [];
    private HashSet<string> _codesOutside = [];
    private Dictionary<string, int> _nextSequence = [];
    private readonly Dictionary<string, int> _codeRows = [];
    private readonly Dictionary<(string, int), int> _nameRows = [];
    private readonly Dictionary<int, Producer> _producerById = [];

    protected override async Task LoadAsync(CancellationToken ct)
    {
        var producers = await Db.Producers.AsNoTracking().InScope(Scope).ToListAsync(ct);
        foreach (var p in producers) _producerById[p.Id] = p;
        _producers = new ProducerLookup(producers);
        var mine = await Db.Products.InScope(Scope).ToListAsync(ct);
        _byCode = mine.GroupBy(p => p.OcopCode).ToDictionary(g => g.Key, g => g.First());
        _byName = mine.GroupBy(p => (p.SearchName, p.ProducerId)).ToDictionary(g => g.Key, g => g.First());
        var all = await Db.Products.Select(p => new { p.OcopCode, p.CodeCommune, p.CodeSequence }).ToListAsync(ct);
        _codesOutside = all.Select(p => p.OcopCode).Where(c => !_byCode.ContainsKey(c)).ToHashSet();
        _nextSequence = all.Where(p => p.CodeCommune != null).GroupBy(p => p.CodeCommune!).ToDictionary(g => g.Key, g => (g.Max(p => p.CodeSequence) ?? 0) + 1);
    }

    public override (ImportRowStatus, string) Apply(RowValues row)
    {
        var name = row.Required("name");
        if (name is { Length: > 300 }) row.Error("name", "tối đa 300 ký tự.");
        var label = name ?? "";
        var unit = Commune(row, "commune");
        var rulebookId = row.Get("rulebook") ?? rulebooks.Current.Id;
        var setNo = row.Int("productSet");
        string? sector = null;
        if (rulebooks.Find(rulebookId) is null) row.Error("rulebook", $"không có bộ tiêu chí '{rulebookId}' (26-2026, 148-2023, 1048-2019).");
        else if (setNo is null) { if (row.Get("productSet") is null) row.Required("productSet"); }
        else if (rulebooks.FindSet(rulebookId, setNo.Value) is { } found) sector = found.Sector.Code;
        else row.Error("productSet", $"không có bộ sản phẩm số {setNo} trong bộ tiêu chí {rulebookId}.");
        OcopProductCode? code = null;
        if (row.Get("ocopCode") is { } codeText && !OcopProductCode.TryParse(codeText, out code, out var codeError)) row.Error("ocopCode", codeError!);
        string? gtin = null;
        if (row.Get("gtin") is { } gtinText)
        {
            if (Gtin.TryParse(gtinText, out var g, out var gtinError)) gtin = g!.Value;
            else row.Error("gtin", gtinError!);
        }
        var shelfLife = row.Int("shelfLifeDays");
        if (shelfLife is < 0) row.Error("shelfLifeDays", "không được âm.");
        var status = StatusFrom(row);
        var producer = _producers.Find(row, unit?.Current.Code, required: true);
        if (row.Errors.Count > 0) return (ImportRowStatus.Error, label);

        var folded = VietnameseText.Fold(name);
        var nameKey = (folded, producer!.Id);
        if (code is not null)
        {
            if (_codeRows.TryGetValue(code.AsWritten, out var first)) { row.Error("ocopCode", $"{code.AsWritten} trùng với dòng {first}."); return (ImportRowStatus.Error, label); }
            if (_codesOutside.Contains(code.AsWritten)) { row.Error("ocopCode", $"{code.AsWritten} đã được dùng cho sản phẩm ngoài phạm vi của bạn."); return (ImportRowStatus.Error, label); }
        }
        if (_nameRows.TryGetValue(nameKey, out var firstName)) { row.Error($"Sản phẩm '{name}' của '{producer.Name}' trùng với dòng {firstName}."); return (ImportRowStatus.Error, label); }
        var product = (code is not null ? _byCode.GetValueOrDefault(code.AsWritten) : null) ?? _byName.GetValueOrDefault(nameKey);
        if (code is not null && product is not null && product.OcopCode != code.AsWritten)
        {
            row.Error("ocopCode", $"sản phẩm '{name}' đã có mã {product.OcopCode}; không đổi mã qua nhập tệp.");
            return (ImportRowStatus.Error, label);
        }
        if (code is not null) _codeRows[code.AsWritten] = row.Number;
        _nameRows[nameKey] = row.Number;

        var isNew = product is null;
        if (product is null)
        {
            product = new Product { CreatedAt = Now };
            if (code is null)
            {
                var seq = _nextSequence.GetValueOrDefault(unit!.Current.Code, 1);
                _nextSequence[unit.Current.Code] = seq + 1;
                code = OcopProductCode.Create(unit.Current.ProvinceCode, unit.Current.Code, seq, Now.Year);
            }
            product.OcopCode = code.AsWritten;
            product.CodeYear = code.Year;
            var current = code.Shape == OcopProductCodeShape.Current;
            product.CodeCommune = current ? code.CommuneCode : null;
            product.CodeSequence = current ? code.Sequence : null;
            if (current && product.CodeSequence >= _nextSequence.GetValueOrDefault(code.CommuneCode, 1)) _nextSequence[code.CommuneCode] = product.CodeSequence.Value + 1;
        }
        var before = (product.Name, product.ProducerId, product.CommuneUnitId, product.Description);
        product.Name = name!;
        product.SearchName = folded;
        product.RulebookId = rulebookId;
        product.ProductSetNo = setNo!.Value;
        product.SectorCode = sector!;
        product.ProducerId = producer.Id;
        product.CommuneUnitId = unit!.Current.Id;
        product.CommuneCode = unit.Current.Code;
        product.ProvinceCode = unit.Current.ProvinceCode;
        Set(row, "gtin", gtin, v => product.Gtin = v);
        Set(row, "description", row.Get("description"), v => product.Description = v);
        Set(row, "standards", row.Get("standards"), v => product.Standards = v);
        Set(row, "shelfLifeDays", shelfLife, v => product.ShelfLifeDays = v);
        Set(row, "story", row.Get("story"), v => product.Story = v);
        Set(row, "packaging", row.Get("packaging"), v => product.Packaging = v);
        Set(row, "label", row.Get("label"), v => product.Label = v);
        Set(row, "trademarkNumber", row.Get("trademarkNumber"), v => product.TrademarkNumber = v);
        Set(row, "geographicalIndication", row.Get("geographicalIndication"), v => product.GeographicalIndication = v);
        Set(row, "collectiveMark", row.Get("collectiveMark"), v => product.CollectiveMark = v);
        // An empty status cell keeps the stored status (a new product is in production).
        if (status is { } s) product.Status = s;
        // The search text is rebuilt only when what it is made of changed, so a re-import leaves records untouched.
        if (product.Id == 0 || before != (product.Name, product.ProducerId, product.CommuneUnitId, product.Description))
        {
            var text = VietnameseText.Fold(string.Join(' ', product.Name, producer.Name, unit.Current.FullName, product.OcopCode, product.Description));
            product.SearchText = text.Length > 4000 ? text[..4000] : text;
        }
        var result = isNew ? Create(product) : StatusOf(product);
        if (result == ImportRowStatus.Updated) product.UpdatedAt = Now;
        return (result, $"{product.OcopCode} {label}");
    }

    /// <summary>
    /// New products (each with its unique OCOP code) by multi-row INSERTs with their audit rows, not through the change
    /// tracker: the bulk of a large import's commit (bench/run-import.sh).
    /// </summary>
    protected override async Task<string?> InsertNewAsync() => Actor is null
        ? await base.InsertNewAsync()
        : await SqliteCache.WithLargeCacheAsync(Db, () =>
            AuditedBulkInsert.InsertAsync(Db, NewRecords.Cast<Product>().ToList(), nameof(Product.OcopCode), Actor, Clock, CancellationToken.None));

    /// <summary>"đang sản xuất" / "tạm dừng" / "ngừng sản xuất" (or the API's Active / Suspended / Discontinued).</summary>
    private static ProductStatus? StatusFrom(RowValues row)
    {
        if (row.Get("status") is not { } text) return null;
        ProductStatus? status = VietnameseText.Fold(text) switch
        {
            "dang san xuat" or "san xuat" or "hoat dong" or "dang hoat dong" or "active" => ProductStatus.Active,
            "tam dung" or "tam dung san xuat" or "tam ngung" or "suspended" => ProductStatus.Suspended,
            "ngung" or "ngung san xuat" or "da ngung" or "dung san xuat" or "discontinued" => ProductStatus.Discontinued,
            _ => null,
        };
        if (status is null) row.Error("status", $"'{text}' không hợp lệ: ghi 'đang sản xuất', 'tạm dừng' hoặc 'ngừng sản xuất'.");
        return status;
    }
}
