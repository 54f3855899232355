using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Recognition;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Features.Producers;
using OcopHub.Web.Features.Rulebooks;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Products;

/// <summary>
/// A past OCOP result entered by hand (Thêm kết quả OCOP trước đây). Level and council: "district", "province",
/// "national" or the Vietnamese words ("cấp huyện" …); District: the pre-2025 district by code or name.
/// </summary>
public sealed record HistoricalResultInput(int? EvaluationYear, int? Stars, decimal? Points, string? RulebookId, string? Level, string? District,
    string? CouncilLevel, string? DecisionNumber, DateOnly? DecisionDate, string? CertificateNumber, DateOnly? IssuedOn, DateOnly? ExpiresOn);

/// <summary>
/// Checks historical OCOP results against Core <see cref="HistoricalProcedure"/> (levels, stars, dates, rulebook) and
/// the product's province (the district must be one of its pre-2025 districts), and records them. Shared by the
/// manual entry (page and API), the product edit and the history import, so all three refuse the same things.
/// </summary>
public sealed class HistoricalResults(OcopDbContext db, RulebookCatalog rulebooks, TimeProvider clock)
{
    /// <summary>A checked record: the Core view, and the district it names (null when none).</summary>
    public sealed record Checked(HistoricalRecord Record, AdministrativeUnit? District);

    public HistoricalProcedure Procedure { get; } = new(rulebooks.Rulebooks);

    public DateOnly Today => VietnamTime.Today(clock);

    /// <summary>
    /// Reads a level or council text into its id; an error message when it is none of the three. Empty → null.
    /// </summary>
    public static (RecognitionLevel? Level, string? Error) ReadLevel(string? text, bool council)
    {
        if (string.IsNullOrWhiteSpace(text)) return (null, null);
        if (RecognitionLevels.TryRead(text, out var level)) return (level, null);
        return (null, council
            ? $"'{text.Trim()}' không phải cấp hội đồng: district (cấp huyện), province (cấp tỉnh) hoặc national (cấp trung ương)."
            : $"'{text.Trim()}' không phải cấp công nhận: district (cấp huyện, trước 01/7/2025), province (cấp tỉnh) hoặc national (cấp trung ương).");
    }

    /// <summary>
    /// Checks one record for a product of <paramref name="provinceCode"/>. Errors are added under the Core field keys
    /// ("level", "districtCode", …) through <paramref name="add"/>; the result is null when any was added.
    /// </summary>
    public Checked? Check(HistoricalRecord record, string? districtText, string provinceCode, HistoricalDistricts districts, Action<string, string> add)
    {
        var failed = false;
        void Add(string field, string message) { failed = true; add(field, message); }
        AdministrativeUnit? district = null;
        if (!string.IsNullOrWhiteSpace(districtText))
        {
            var (unit, error) = districts.Find(provinceCode, districtText);
            if (error is not null) Add(HistoricalFields.DistrictCode, error);
            district = unit;
        }
        var core = record with { DistrictCode = district?.Code ?? (string.IsNullOrWhiteSpace(districtText) ? null : districtText.Trim()) };
        foreach (var e in Procedure.Validate(core, Today))
            if (!(e.Field == HistoricalFields.DistrictCode && district is null && core.DistrictCode is not null)) Add(e.Field, e.Message);
        return failed ? null : new Checked(core with { DistrictCode = district?.Code }, district);
    }

    /// <summary>Writes a checked record onto the entity (every field: a manual entry states them all).</summary>
    public static void Apply(ProductOcopRecord r, Checked c)
    {
        var x = c.Record;
        r.EvaluationYear = x.EvaluationYear;
        r.Stars = x.Stars;
        r.Points = x.Points;
        r.RulebookId = ProducerRules.Clean(x.RulebookId);
        r.Level = x.Level?.Id();
        r.DistrictCode = c.District?.Code;
        r.DistrictName = c.District is null ? null : HistoricalDistricts.FullName(c.District);
        r.CouncilLevel = x.ScoredBy?.Id();
        r.DecisionNumber = ProducerRules.Clean(x.DecisionNumber);
        r.DecisionDate = x.DecisionDate;
        r.CertificateNumber = ProducerRules.Clean(x.CertificateNumber);
        r.IssuedOn = x.IssuedOn;
        r.ExpiresOn = x.ExpiresOn;
    }

    /// <summary>The Core view of a stored record.</summary>
    public static HistoricalRecord ToCore(ProductOcopRecord r) => new(r.EvaluationYear, r.Stars, r.Points, r.RulebookId,
        RecognitionLevels.FromId(r.Level), r.DistrictCode, RecognitionLevels.FromId(r.CouncilLevel), r.DecisionNumber, r.DecisionDate,
        r.CertificateNumber, r.IssuedOn, r.ExpiresOn);

    /// <summary>
    /// Adds a result to a product loaded with its history and tracked. Returns the new record, or the errors by field
    /// (API names; "conflict" for a result the product already has). Nothing is written unless everything is valid.
    /// </summary>
    public async Task<(ProductOcopRecord? Record, Dictionary<string, string[]> Errors)> AddAsync(Product product, HistoricalResultInput input, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors[field] = errors.TryGetValue(field, out var old) ? [.. old, message] : [message];

        if (input.EvaluationYear is null) Add(HistoricalFields.EvaluationYear, "Vui lòng nhập năm đánh giá.");
        if (input.Stars is null) Add(HistoricalFields.Stars, "Vui lòng chọn số sao.");
        if (string.IsNullOrWhiteSpace(input.RulebookId)) Add(HistoricalFields.RulebookId, "Vui lòng chọn bộ tiêu chí đã áp dụng.");
        var (level, levelError) = ReadLevel(input.Level, council: false);
        if (levelError is not null) Add(HistoricalFields.Level, levelError);
        var (council, councilError) = ReadLevel(input.CouncilLevel, council: true);
        if (councilError is not null) Add(HistoricalFields.CouncilLevel, councilError);
        if (input.Stars is >= 3)
        {
            if (level is null && levelError is null) Add(HistoricalFields.Level, "Vui lòng chọn cấp công nhận.");
            if (input.DecisionDate is null) Add(HistoricalFields.DecisionDate, "Vui lòng nhập ngày quyết định công nhận.");
            if (string.IsNullOrWhiteSpace(input.DecisionNumber)) Add(HistoricalFields.DecisionNumber, "Vui lòng nhập số quyết định công nhận.");
        }
        if (input.DecisionNumber?.Trim().Length > 100) Add(HistoricalFields.DecisionNumber, "Số quyết định tối đa 100 ký tự.");
        if (input.CertificateNumber?.Trim().Length > 100) Add("certificateNumber", "Số giấy chứng nhận tối đa 100 ký tự.");
        if (errors.Count > 0) return (null, Renamed(errors));

        var record = new HistoricalRecord(input.EvaluationYear!.Value, input.Stars!.Value, input.Points, input.RulebookId!.Trim(), level, null, council,
            input.DecisionNumber, input.DecisionDate, input.CertificateNumber, input.IssuedOn, input.ExpiresOn);
        var districts = await HistoricalDistricts.LoadAsync(db, ct);
        var ok = Check(record, input.District, product.ProvinceCode, districts, Add);
        if (ok is null) return (null, Renamed(errors));
        if (product.History.FirstOrDefault(h => h.EvaluationYear == ok.Record.EvaluationYear && h.Stars == ok.Record.Stars) is { } same)
            return (null, new() { ["conflict"] = [$"Sản phẩm đã có kết quả năm {same.EvaluationYear}, {same.Stars} sao{(same.DecisionNumber is { } n ? $" (quyết định {n})" : "")}."] });

        var entity = new ProductOcopRecord { ProductId = product.Id };
        Apply(entity, ok);
        product.History.Add(entity);
        product.CurrentStars = ProductRules.CurrentStars(product.History, Today);
        product.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return (entity, errors);
    }

    /// <summary>The API and the form call the district field "district" (code or name), not "districtCode".</summary>
    private static Dictionary<string, string[]> Renamed(Dictionary<string, string[]> errors) =>
        errors.ToDictionary(e => e.Key == HistoricalFields.DistrictCode ? "district" : e.Key, e => e.Value);
}
