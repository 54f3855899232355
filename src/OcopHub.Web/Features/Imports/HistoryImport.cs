using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Text;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Features.Products;
using OcopHub.Web.Features.Rulebooks;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Imports;

/// <summary>
/// OCOP results (kết quả đánh giá, phân hạng) of existing products: the product by OCOP code, else by folded name +
/// producer; the result by product + year + stars (or the same decision number, when the stars were corrected).
/// </summary>
public sealed class HistoryImport(OcopDbContext db, UserScope scope, TimeProvider clock, RulebookCatalog rulebooks) : ImportPlanner(db, scope, clock)
{
    private ProducerLookup _producers = null!;
    private Dictionary<string, Product> _byCode = [];
    private Dictionary<(string, int), Product> _byName = [];
    private readonly Dictionary<(int, int, int), int> _rows = [];
    private readonly Dictionary<int, List<ProductOcopRecord>> _added = [];
    private readonly DateOnly _today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    protected override async Task LoadAsync(CancellationToken ct)
    {
        _producers = new ProducerLookup(await Db.Producers.AsNoTracking().InScope(Scope).ToListAsync(ct));
        var mine = await Db.Products.InScope(Scope).Include(p => p.History).AsSplitQuery().ToListAsync(ct);
        _byCode = mine.GroupBy(p => p.OcopCode).ToDictionary(g => g.Key, g => g.First());
        _byName = mine.GroupBy(p => (p.SearchName, p.ProducerId)).ToDictionary(g => g.Key, g => g.First());
    }

    public override (ImportRowStatus, string) Apply(RowValues row)
    {
        var year = row.Int("year");
        if (year is null && row.Get("year") is null) row.Required("year");
        else if (year is < 2013 or > 2100) row.Error("year", $"{year} không hợp lệ.");
        var stars = row.Int("stars");
        if (stars is null && row.Get("stars") is null) row.Required("stars");
        else if (stars is < 1 or > 5) row.Error("stars", $"{stars} không hợp lệ (1–5).");
        var points = row.Decimal("points");
        if (points is < 0 or > 100) row.Error("points", "phải từ 0 đến 100.");
        var rulebookId = row.Get("rulebook");
        if (rulebookId is not null && rulebooks.Find(rulebookId) is null) row.Error("rulebook", $"không có bộ tiêu chí '{rulebookId}'.");
        var level = row.Get("level") is { } l ? (VietnameseText.Fold(l) switch { "tinh" or "cap tinh" => "province", "trung uong" or "cap trung uong" => "national", var x => x }) : null;
        if (level is not null and not ("province" or "national")) row.Error("level", "là 'province' (tỉnh) hoặc 'national' (trung ương).");
        var decisionDate = row.Date("decisionDate");
        var issued = row.Date("issuedOn");
        var expires = row.Date("expiresOn");
        if (expires < issued) row.Error("expiresOn", "phải sau ngày cấp.");

        Product? product = null;
        var label = row.Get("ocopCode") ?? row.Get("product") ?? "";
        if (row.Get("ocopCode") is { } code)
        {
            if ((product = _byCode.GetValueOrDefault(code.Trim())) is null) row.Error("ocopCode", $"không có sản phẩm mã {code} trong phạm vi của bạn.");
        }
        else if (row.Get("product") is { } name)
        {
            var producer = _producers.Find(row, null, required: true);
            if (producer is not null && (product = _byName.GetValueOrDefault((VietnameseText.Fold(name), producer.Id))) is null)
                row.Error("product", $"không có sản phẩm '{name}' của '{producer.Name}' trong phạm vi của bạn.");
        }
        else row.Error("Thiếu sản phẩm: hãy ghi mã số OCOP, hoặc tên sản phẩm và chủ thể.");
        if (row.Errors.Count > 0) return (ImportRowStatus.Error, label);
        label = $"{product!.OcopCode} {product.Name} ({year}, {stars}★)";

        var key = (product.Id, year!.Value, stars!.Value);
        if (_rows.TryGetValue(key, out var first)) { row.Error($"Kết quả năm {year}, {stars} sao của sản phẩm này trùng với dòng {first}."); return (ImportRowStatus.Error, label); }
        _rows[key] = row.Number;

        var decision = row.Get("decisionNumber");
        // New results stay out of the tracked product's History (saving would insert them twice): they are kept
        // beside it, and matching and the current stars look at both.
        var added = _added.TryGetValue(product.Id, out var list) ? list : _added[product.Id] = [];
        var all = product.History.Concat(added).ToList();
        var record = all.FirstOrDefault(h => h.EvaluationYear == year && h.Stars == stars)
            ?? (decision is null ? null : all.FirstOrDefault(h => h.EvaluationYear == year && h.DecisionNumber == decision));
        var isNew = record is null;
        if (record is null)
        {
            record = new ProductOcopRecord { ProductId = product.Id };
            added.Add(record);
            all.Add(record);
        }
        record.EvaluationYear = year.Value;
        record.Stars = stars.Value;
        Set(row, "points", points, v => record.Points = v);
        Set(row, "rulebook", rulebookId, v => record.RulebookId = v);
        Set(row, "level", level, v => record.Level = v);
        Set(row, "decisionNumber", decision, v => record.DecisionNumber = v);
        Set(row, "decisionDate", decisionDate, v => record.DecisionDate = v);
        Set(row, "certificateNumber", row.Get("certificateNumber"), v => record.CertificateNumber = v);
        Set(row, "issuedOn", issued, v => record.IssuedOn = v);
        Set(row, "expiresOn", expires, v => record.ExpiresOn = v);
        var status = isNew ? Create(record) : StatusOf(record);
        var stars0 = product.CurrentStars;
        product.CurrentStars = ProductRules.CurrentStars(all, _today);
        if (status != ImportRowStatus.Unchanged || stars0 != product.CurrentStars) product.UpdatedAt = Now;
        return (status, label);
    }
}
