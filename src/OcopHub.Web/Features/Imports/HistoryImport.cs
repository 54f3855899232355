using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Recognition;
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
/// Each row, merged with what is stored for the columns the file lacks, must follow the procedure of its rulebook
/// (Core HistoricalProcedure): a district ("huyện", before 1/7/2025) recognised 3★ under 148 only, 5★ only the centre…
/// The level and rulebook are kept as the file states them, never rewritten to today's rules.
/// </summary>
public sealed class HistoryImport(OcopDbContext db, UserScope scope, TimeProvider clock, RulebookCatalog rulebooks) : ImportPlanner(db, scope, clock)
{
    private readonly HistoricalResults _results = new(db, rulebooks, clock);
    private HistoricalDistricts _districts = null!;

    /// <summary>Core field → import column key, for the row's error messages.</summary>
    private static string Column(string field) => field switch
    {
        HistoricalFields.EvaluationYear => "year",
        HistoricalFields.RulebookId => "rulebook",
        HistoricalFields.DistrictCode => "district",
        _ => field,
    };

    private ProducerLookup _producers = null!;
    private Dictionary<string, Product> _byCode = [];
    private Dictionary<(string, int), Product> _byName = [];
    private readonly Dictionary<(int, int, int), int> _rows = [];
    private readonly Dictionary<int, List<ProductOcopRecord>> _added = [];
    private readonly DateOnly _today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    protected override async Task LoadAsync(CancellationToken ct)
    {
        _producers = new ProducerLookup(await Db.Producers.AsNoTracking().InScope(Scope).ToListAsync(ct));
        _districts = await HistoricalDistricts.LoadAsync(Db, ct);
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
        var (level, levelError) = HistoricalResults.ReadLevel(row.Get("level"), council: false);
        if (levelError is not null) row.Error("level", levelError);
        var (council, councilError) = HistoricalResults.ReadLevel(row.Get("councilLevel"), council: true);
        if (councilError is not null) row.Error("councilLevel", councilError);
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
        var certificate = row.Get("certificateNumber");
        // New results stay out of the tracked product's History (saving would insert them twice): they are kept
        // beside it, and matching and the current stars look at both.
        var added = _added.TryGetValue(product.Id, out var list) ? list : _added[product.Id] = [];
        var all = product.History.Concat(added).ToList();
        var found = all.FirstOrDefault(h => h.EvaluationYear == year && h.Stars == stars)
            ?? (decision is null ? null : all.FirstOrDefault(h => h.EvaluationYear == year && h.DecisionNumber == decision));

        // The record as it will be (the file's columns over what is stored), checked before anything is changed.
        T Merged<T>(string key, T value, Func<ProductOcopRecord, T> stored) => row.Mapped(key) || found is null ? value : stored(found);
        var merged = new HistoricalRecord(year.Value, stars.Value, Merged("points", points, h => h.Points), Merged("rulebook", rulebookId, h => h.RulebookId),
            Merged("level", level, h => RecognitionLevels.FromId(h.Level)), null, Merged("councilLevel", council, h => RecognitionLevels.FromId(h.CouncilLevel)),
            Merged("decisionNumber", decision, h => h.DecisionNumber), Merged("decisionDate", decisionDate, h => h.DecisionDate),
            Merged("certificateNumber", certificate, h => h.CertificateNumber), Merged("issuedOn", issued, h => h.IssuedOn), Merged("expiresOn", expires, h => h.ExpiresOn));
        var checkedRecord = _results.Check(merged, Merged("district", row.Get("district"), h => h.DistrictCode), product.ProvinceCode, _districts,
            (field, message) => row.Error(Column(field), message));
        if (checkedRecord is null) return (ImportRowStatus.Error, label);

        var isNew = found is null;
        var record = found ?? new ProductOcopRecord { ProductId = product.Id };
        if (isNew)
        {
            added.Add(record);
            all.Add(record);
        }
        record.EvaluationYear = year.Value;
        record.Stars = stars.Value;
        Set(row, "points", points, v => record.Points = v);
        Set(row, "rulebook", rulebookId, v => record.RulebookId = v);
        Set(row, "level", level?.Id(), v => record.Level = v);
        Set(row, "district", checkedRecord.District, d =>
        {
            record.DistrictCode = d?.Code;
            record.DistrictName = d is null ? null : HistoricalDistricts.FullName(d);
        });
        Set(row, "councilLevel", council?.Id(), v => record.CouncilLevel = v);
        Set(row, "decisionNumber", decision, v => record.DecisionNumber = v);
        Set(row, "decisionDate", decisionDate, v => record.DecisionDate = v);
        Set(row, "certificateNumber", certificate, v => record.CertificateNumber = v);
        Set(row, "issuedOn", issued, v => record.IssuedOn = v);
        Set(row, "expiresOn", expires, v => record.ExpiresOn = v);
        var status = isNew ? Create(record) : StatusOf(record);
        var stars0 = product.CurrentStars;
        product.CurrentStars = ProductRules.CurrentStars(all, _today);
        if (status != ImportRowStatus.Unchanged || stars0 != product.CurrentStars) product.UpdatedAt = Now;
        return (status, label);
    }
}
