using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Gs1;
using OcopHub.Core.Products;
using OcopHub.Core.Recognition;
using OcopHub.Core.Text;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Features.Producers;
using OcopHub.Web.Features.Rulebooks;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Products;

/// <summary>
/// One OCOP result as the product form and API send it. Level and CouncilLevel: "district" (before 1/7/2025, with the
/// pre-2025 district's code), "province" or "national".
/// </summary>
public sealed record OcopRecordInput(int EvaluationYear, int Stars, decimal? Points, string? RulebookId, string? Level,
    string? DecisionNumber, DateOnly? DecisionDate, string? CertificateNumber, DateOnly? IssuedOn, DateOnly? ExpiresOn,
    string? DistrictCode = null, string? CouncilLevel = null);

/// <summary>What the API and the form send for a product. A null <c>History</c> leaves the stored history alone.</summary>
public sealed record ProductInput(string? Name, int? ProducerId, string? CommuneCode, string? RulebookId, int? ProductSetNo,
    long? Version = null, string? OcopCode = null, int? CodeYear = null, string? Gtin = null, string? Description = null,
    string? Story = null, string? Packaging = null, string? Label = null, int? ShelfLifeDays = null, string? Standards = null,
    string? TrademarkNumber = null, string? GeographicalIndication = null, string? CollectiveMark = null, string? Status = null,
    IReadOnlyList<OcopRecordInput>? History = null);

/// <summary>Validation, applying input, and the concurrency-safe OCOP code on creation.</summary>
public sealed class ProductRules(OcopDbContext db, RulebookCatalog rulebooks, HistoricalResults results, TimeProvider clock)
{
    public sealed record Checked(AdministrativeUnit Unit, Producer Producer, string RulebookId, string SectorCode, OcopProductCode? GivenCode)
    {
        /// <summary>District code → name ("Huyện Ba Bể") for the history rows that name one.</summary>
        public IReadOnlyDictionary<string, string> DistrictNames { get; init; } = new Dictionary<string, string>();
    }

    public async Task<(Checked? Ok, Dictionary<string, string[]> Errors)> ValidateAsync(ProductInput input, UserScope scope, int? existingId, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors[field] = errors.TryGetValue(field, out var old) ? [.. old, message] : [message];

        if (string.IsNullOrWhiteSpace(input.Name)) Add("name", "Vui lòng nhập tên sản phẩm.");
        else if (input.Name.Length > 300) Add("name", "Tên sản phẩm tối đa 300 ký tự.");

        var rulebookId = string.IsNullOrWhiteSpace(input.RulebookId) ? rulebooks.Current.Id : input.RulebookId.Trim();
        string sector = "";
        if (rulebooks.Find(rulebookId) is null) Add("rulebookId", $"Không có bộ tiêu chí '{rulebookId}'.");
        else if (input.ProductSetNo is null) Add("productSetNo", "Vui lòng chọn bộ sản phẩm.");
        else if (rulebooks.FindSet(rulebookId, input.ProductSetNo.Value) is { } found) sector = found.Sector.Code;
        else Add("productSetNo", $"Bộ sản phẩm số {input.ProductSetNo} không có trong bộ tiêu chí {rulebooks.Find(rulebookId)!.Name}.");

        Producer? producer = null;
        if (input.ProducerId is null) Add("producerId", "Vui lòng chọn chủ thể.");
        else if ((producer = await db.Producers.InScope(scope).FirstOrDefaultAsync(p => p.Id == input.ProducerId, ct)) is null)
            Add("producerId", $"Không có chủ thể số {input.ProducerId} trong phạm vi của bạn.");

        AdministrativeUnit? unit = null;
        if (string.IsNullOrWhiteSpace(input.CommuneCode)) Add("communeCode", "Vui lòng chọn xã/phường sản xuất.");
        else if ((unit = await db.AdministrativeUnits.FirstOrDefaultAsync(u => u.Code == input.CommuneCode && u.Level == UnitLevel.Commune && u.ValidTo == null, ct)) is null)
            Add("communeCode", $"Không có xã/phường mã '{input.CommuneCode}'.");
        else if (scope.Kind == ScopeKind.Producer ? unit.ProvinceCode != scope.ProvinceCode : !scope.Covers(unit.ProvinceCode, unit.Code))
            Add("communeCode", "Xã/phường nằm ngoài phạm vi quản lý của bạn.");

        if (!string.IsNullOrWhiteSpace(input.Gtin) && !Gtin.TryParse(input.Gtin, out _, out var gtinError)) Add("gtin", gtinError!);

        OcopProductCode? given = null;
        if (!string.IsNullOrWhiteSpace(input.OcopCode))
        {
            if (!OcopProductCode.TryParse(input.OcopCode, out given, out var codeError)) Add("ocopCode", codeError!);
            else if (await db.Products.AnyAsync(p => p.OcopCode == given!.AsWritten && p.Id != existingId, ct))
                Add("ocopCode", $"Mã số sản phẩm OCOP '{given!.AsWritten}' đã được dùng cho sản phẩm khác.");
        }
        if (input.CodeYear is { } y && (y < OcopProductCode.FirstCurrentYear || y > OcopProductCode.LastYear))
            Add("codeYear", $"Năm trong mã số phải từ {OcopProductCode.FirstCurrentYear} đến {OcopProductCode.LastYear}.");
        if (input.Status is { Length: > 0 } s && !Enum.TryParse<ProductStatus>(s, ignoreCase: true, out _))
            Add("status", "Trạng thái là Active (đang sản xuất), Suspended (tạm dừng) hoặc Discontinued (ngừng sản xuất).");
        if (input.ShelfLifeDays is < 0) Add("shelfLifeDays", "Hạn sử dụng (ngày) không được âm.");

        var history = input.History ?? [];
        for (var i = 0; i < history.Count; i++)
        {
            var h = history[i];
            if (h.Stars is < 1 or > 5) Add($"history[{i}].stars", $"Số sao {h.Stars} không hợp lệ (1–5).");
            if (h.EvaluationYear is < 2013 or > 2100) Add($"history[{i}].evaluationYear", $"Năm đánh giá {h.EvaluationYear} không hợp lệ.");
            if (h.Points is < 0 or > 100) Add($"history[{i}].points", "Điểm phải từ 0 đến 100.");
            if (h.RulebookId is { Length: > 0 } r && rulebooks.Find(r) is null) Add($"history[{i}].rulebookId", $"Không có bộ tiêu chí '{r}'.");
            if (h.Level is { Length: > 0 } l && RecognitionLevels.FromId(l) is null) Add($"history[{i}].level", "Cấp công nhận là 'district' (cấp huyện, trước 01/7/2025), 'province' (tỉnh) hoặc 'national' (trung ương).");
            if (h.CouncilLevel is { Length: > 0 } cl && RecognitionLevels.FromId(cl) is null) Add($"history[{i}].councilLevel", "Hội đồng chấm điểm là 'district', 'province' hoặc 'national'.");
            if (h.ExpiresOn < h.IssuedOn) Add($"history[{i}].expiresOn", "Ngày hết hạn phải sau ngày cấp.");
        }
        var districtNames = new Dictionary<string, string>(StringComparer.Ordinal);
        if (errors.Count == 0 && history.Count > 0 && unit is not null)
            await CheckProcedureAsync(history, unit.ProvinceCode, existingId, districtNames, Add, ct);
        return errors.Count > 0 ? (null, errors) : (new Checked(unit!, producer!, rulebookId, sector, given) { DistrictNames = districtNames }, errors);
    }

    /// <summary>
    /// New or changed history rows must follow the procedure of their rulebook (Core <c>HistoricalProcedure</c>) and
    /// name a district of the product's province. Rows sent back exactly as stored are not judged again: a record
    /// made before these checks existed must not block editing the product's other details.
    /// </summary>
    private async Task CheckProcedureAsync(IReadOnlyList<OcopRecordInput> history, string provinceCode, int? existingId,
        Dictionary<string, string> districtNames, Action<string, string> add, CancellationToken ct)
    {
        var stored = existingId is null ? [] : await db.Products.Where(p => p.Id == existingId).SelectMany(p => p.History).AsNoTracking().ToListAsync(ct);
        foreach (var s in stored.Where(s => s.DistrictCode is not null && s.DistrictName is not null)) districtNames[s.DistrictCode!] = s.DistrictName!;
        HistoricalDistricts? districts = null;
        for (var i = 0; i < history.Count; i++)
        {
            var h = history[i];
            if (stored.Any(s => Same(s, h))) continue;
            districts ??= await HistoricalDistricts.LoadAsync(db, ct);
            var record = new Core.Recognition.HistoricalRecord(h.EvaluationYear, h.Stars, h.Points, ProducerRules.Clean(h.RulebookId),
                RecognitionLevels.FromId(h.Level), null, RecognitionLevels.FromId(h.CouncilLevel), h.DecisionNumber, h.DecisionDate,
                h.CertificateNumber, h.IssuedOn, h.ExpiresOn);
            var index = i;
            var ok = results.Check(record, ProducerRules.Clean(h.DistrictCode), provinceCode, districts, (field, message) => add($"history[{index}].{field}", message));
            if (ok?.District is { } d) districtNames[d.Code] = HistoricalDistricts.FullName(d);
        }
    }

    private static bool Same(ProductOcopRecord s, OcopRecordInput h) =>
        s.EvaluationYear == h.EvaluationYear && s.Stars == h.Stars && s.Points == h.Points && s.RulebookId == ProducerRules.Clean(h.RulebookId)
        && s.Level == ProducerRules.Clean(h.Level) && s.DistrictCode == ProducerRules.Clean(h.DistrictCode) && s.CouncilLevel == ProducerRules.Clean(h.CouncilLevel)
        && s.DecisionNumber == ProducerRules.Clean(h.DecisionNumber) && s.DecisionDate == h.DecisionDate
        && s.CertificateNumber == ProducerRules.Clean(h.CertificateNumber) && s.IssuedOn == h.IssuedOn && s.ExpiresOn == h.ExpiresOn;

    public void Apply(Product p, ProductInput i, Checked c)
    {
        p.Name = i.Name!.Trim();
        p.SearchName = VietnameseText.Fold(p.Name);
        p.RulebookId = c.RulebookId;
        p.ProductSetNo = i.ProductSetNo!.Value;
        p.SectorCode = c.SectorCode;
        p.ProducerId = c.Producer.Id;
        p.CommuneUnitId = c.Unit.Id;
        p.CommuneCode = c.Unit.Code;
        p.ProvinceCode = c.Unit.ProvinceCode;
        // Historical codes are kept exactly as given (they may carry a district part); current-shape ones also
        // feed the commune's sequence so generated codes never reuse their number.
        if (c.GivenCode is { } code)
        {
            p.OcopCode = code.AsWritten;
            p.CodeYear = code.Year;
            var current = code.Shape == OcopProductCodeShape.Current;
            p.CodeCommune = current ? code.CommuneCode : null;
            p.CodeSequence = current ? code.Sequence : null;
        }
        p.Gtin = string.IsNullOrWhiteSpace(i.Gtin) ? null : Gtin.Parse(i.Gtin).Value;
        p.Description = ProducerRules.Clean(i.Description);
        p.Story = ProducerRules.Clean(i.Story);
        p.Packaging = ProducerRules.Clean(i.Packaging);
        p.Label = ProducerRules.Clean(i.Label);
        p.ShelfLifeDays = i.ShelfLifeDays;
        p.Standards = ProducerRules.Clean(i.Standards);
        p.TrademarkNumber = ProducerRules.Clean(i.TrademarkNumber);
        p.GeographicalIndication = ProducerRules.Clean(i.GeographicalIndication);
        p.CollectiveMark = ProducerRules.Clean(i.CollectiveMark);
        if (i.Status is { Length: > 0 } s) p.Status = Enum.Parse<ProductStatus>(s, ignoreCase: true);
        p.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        // Revocations are recorded by the certificates feature, not sent by clients: keep them with their certificate
        // number, since the rows below are matched by position and an edit may reorder them.
        var revoked = p.History.Where(h => h.RevokedOn is not null && h.CertificateNumber is not null)
            .GroupBy(h => h.CertificateNumber!).ToDictionary(g => g.Key, g => g.First().RevokedOn);
        // Stored rows in the order they are read (HistoryLabels.InOrder), so a history sent back as read maps row to row.
        if (i.History is not null) { var ordered = HistoryLabels.InOrder(p.History).ToList(); p.History.Clear(); p.History.AddRange(ordered); }
        ChildRows.Sync(db, p.History, i.History?.OrderBy(h => h.EvaluationYear).ToList(), (r, x) =>
        {
            r.EvaluationYear = x.EvaluationYear; r.Stars = x.Stars; r.Points = x.Points; r.RulebookId = ProducerRules.Clean(x.RulebookId);
            r.Level = ProducerRules.Clean(x.Level); r.CouncilLevel = ProducerRules.Clean(x.CouncilLevel);
            r.DistrictCode = ProducerRules.Clean(x.DistrictCode);
            r.DistrictName = r.DistrictCode is { } dc ? c.DistrictNames.GetValueOrDefault(dc) : null;
            r.DecisionNumber = ProducerRules.Clean(x.DecisionNumber); r.DecisionDate = x.DecisionDate;
            r.CertificateNumber = ProducerRules.Clean(x.CertificateNumber); r.IssuedOn = x.IssuedOn; r.ExpiresOn = x.ExpiresOn;
            r.RevokedOn = r.CertificateNumber is { } n && revoked.TryGetValue(n, out var on) ? on : null;
        });
        p.CurrentStars = CurrentStars(p.History, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var text = string.Join(' ', p.Name, c.Producer.Name, c.Unit.FullName, p.OcopCode, p.Description);
        p.SearchText = VietnameseText.Fold(text) is var folded && folded.Length > 4000 ? folded[..4000] : folded;
    }

    /// <summary>The stars of the latest recognition that has not expired; null when none is in force.</summary>
    public static int? CurrentStars(IEnumerable<ProductOcopRecord> history, DateOnly today) =>
        history.Where(h => (h.ExpiresOn is null || h.ExpiresOn >= today) && (h.RevokedOn is null || h.RevokedOn > today))
            .OrderByDescending(h => h.EvaluationYear).ThenByDescending(h => h.IssuedOn).Select(h => (int?)h.Stars).FirstOrDefault();

    /// <summary>
    /// Inserts a new product. Without a given code the next number of the commune's sequence is taken
    /// (max + 1); two concurrent creators may pick the same one, and the unique index on the code refuses the
    /// second, which then takes the next number. The whole product (history, audit) is one insert, so nothing is
    /// half-written.
    /// </summary>
    public async Task CreateAsync(Product product, int? codeYear, CancellationToken ct)
    {
        var generate = string.IsNullOrEmpty(product.OcopCode);
        var baseText = product.SearchText;
        for (var attempt = 1; ; attempt++)
        {
            if (generate)
            {
                var max = await db.Products.Where(p => p.CodeCommune == product.CommuneCode).MaxAsync(p => p.CodeSequence, ct) ?? 0;
                var year = codeYear ?? clock.GetUtcNow().Year;
                var code = OcopProductCode.Create(product.ProvinceCode, product.CommuneCode, max + 1, year);
                (product.OcopCode, product.CodeCommune, product.CodeSequence, product.CodeYear) = (code.Value, code.CommuneCode, code.Sequence, code.Year);
                product.SearchText = (baseText + " " + code.Value).Trim();
            }
            if (attempt == 1) db.Products.Add(product);
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException ex) when (generate && attempt < 10 && IsUniqueViolation(ex))
            {
                // The audit rows of the failed attempt are still pending; the next save writes fresh ones.
                foreach (var e in db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).ToList()) e.State = EntityState.Detached;
                await Task.Delay(Random.Shared.Next(5, 30) * attempt, ct);
            }
        }
    }

    private static bool IsUniqueViolation(DbUpdateException ex) => ex.InnerException switch
    {
        Npgsql.PostgresException pg => pg.SqlState == "23505",
        Microsoft.Data.Sqlite.SqliteException lite => lite.SqliteErrorCode == 19,
        _ => false,
    };
}
