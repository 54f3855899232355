using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Certificates;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Features.Products;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Certificates;

/// <summary>One product of a recognition decision. <c>DossierId</c>/<c>EvaluationId</c> link the council step when it drives this.</summary>
public sealed record RecognitionItem(int ProductId, int Stars, decimal? Points, string? RulebookId = null, int? DossierId = null, int? EvaluationId = null);

/// <summary>A recognition decision as recorded by an officer (from a paper council result or an import).</summary>
public sealed record DecisionInput(string? Number, DateOnly? DecisionDate, string? Level, string? SignerName, string? SignerTitle,
    string? Note, IReadOnlyList<RecognitionItem>? Items);

public sealed record RevocationInput(string? Ground, DateOnly? TriggeredOn, string? DecisionNumber, DateOnly? DecidedOn,
    string? SignerName, string? SignerTitle, string? Note, long? Version, int? InspectionId = null);

/// <summary>
/// Công nhận, cấp giấy chứng nhận, thay thế và thu hồi. The one place that writes certificates, so pages, the API and
/// (later) the council step keep the same rules: who may sign, numbering, supersession, the product's history.
/// </summary>
public sealed class CertificateService(OcopDbContext db, TimeProvider clock)
{
    public const string ProvinceLevel = "province";
    public const string NationalLevel = "national";

    public sealed class Errors : Dictionary<string, string[]>
    {
        public void Add(string field, string message) => this[field] = TryGetValue(field, out var old) ? [.. old, message] : [message];
    }

    /// <summary>Which level the signed-in user may record: the provincial office for its province, the Ministry nationally.</summary>
    public static string? LevelFor(System.Security.Claims.ClaimsPrincipal user) =>
        user.IsInRole(Roles.Ministry) ? NationalLevel : user.IsInRole(Roles.ProvinceOffice) ? ProvinceLevel : null;

    /// <summary>The decision's own fields (number, date, signer), shared by the paper record and the council-result pages.</summary>
    public static void ValidateHeader(string? number, DateOnly? date, string? signerName, string? signerTitle, DateOnly today, Errors errors)
    {
        if (string.IsNullOrWhiteSpace(number)) errors.Add("number", "Vui lòng nhập số quyết định.");
        else if (number.Trim().Length > 100) errors.Add("number", "Số quyết định tối đa 100 ký tự.");
        if (date is null) errors.Add("decisionDate", "Vui lòng nhập ngày quyết định.");
        else if (date.Value.Year < 2000 || date > today.AddDays(1))
            errors.Add("decisionDate", "Ngày quyết định không hợp lệ (không được sau hôm nay).");
        if (string.IsNullOrWhiteSpace(signerName)) errors.Add("signerName", "Vui lòng nhập họ tên người ký.");
        if (string.IsNullOrWhiteSpace(signerTitle)) errors.Add("signerTitle", "Vui lòng nhập chức vụ người ký.");
    }

    /// <summary>Validates and records a decision, issuing a certificate per product. Returns the decision or field errors.</summary>
    public async Task<(RecognitionDecision? Decision, Errors Errors)> RecordDecisionAsync(DecisionInput input, UserScope scope, string? userLevel, CancellationToken ct)
    {
        var errors = new Errors();
        var level = string.IsNullOrWhiteSpace(input.Level) ? userLevel : input.Level.Trim();
        if (userLevel is null) errors.Add("level", "Chỉ Văn phòng OCOP tỉnh (3, 4 sao) hoặc Bộ Nông nghiệp và Môi trường (5 sao) được ghi nhận quyết định công nhận.");
        else if (level != userLevel) errors.Add("level", level == NationalLevel
            ? "Chỉ Bộ Nông nghiệp và Môi trường được công nhận sản phẩm 5 sao (cấp trung ương)."
            : "Quyết định cấp tỉnh do Văn phòng OCOP tỉnh ghi nhận.");
        ValidateHeader(input.Number, input.DecisionDate, input.SignerName, input.SignerTitle, VietnamTime.Today(clock), errors);
        var items = input.Items ?? [];
        if (items.Count == 0) errors.Add("items", "Quyết định phải có ít nhất một sản phẩm.");
        if (items.Select(i => i.ProductId).Distinct().Count() != items.Count) errors.Add("items", "Một sản phẩm chỉ xuất hiện một lần trong quyết định.");

        var ids = items.Select(i => i.ProductId).ToList();
        var products = await db.Products.InScope(scope).Include(p => p.Producer).ThenInclude(p => p!.CommuneUnit).Include(p => p.History)
            .Where(p => ids.Contains(p.Id)).AsSplitQuery().ToListAsync(ct);
        for (var i = 0; i < items.Count; i++)
        {
            var it = items[i];
            if (products.All(p => p.Id != it.ProductId)) errors.Add($"items[{i}].productId", $"Không có sản phẩm số {it.ProductId} trong phạm vi của bạn.");
            if (it.Stars is < 3 or > 5) errors.Add($"items[{i}].stars", "Chỉ sản phẩm đạt 3, 4 hoặc 5 sao được công nhận và cấp giấy chứng nhận.");
            else if (level == ProvinceLevel && it.Stars == 5) errors.Add($"items[{i}].stars", "Sản phẩm 5 sao do Bộ Nông nghiệp và Môi trường công nhận (cấp trung ương).");
            else if (level == NationalLevel && it.Stars != 5) errors.Add($"items[{i}].stars", "Quyết định cấp trung ương chỉ công nhận sản phẩm 5 sao.");
            if (it.Points is < 0 or > 100) errors.Add($"items[{i}].points", "Điểm phải từ 0 đến 100.");
        }
        await RefuseMidProcedureAsync(items, errors, ct);
        if (errors.Count > 0) return (null, errors);

        var decision = new RecognitionDecision
        {
            Number = input.Number!.Trim(), DecisionDate = input.DecisionDate!.Value, Level = level!,
            ProvinceCode = level == ProvinceLevel ? scope.ProvinceCode : null,
            SignerName = input.SignerName!.Trim(), SignerTitle = input.SignerTitle!.Trim(), Note = Clean(input.Note),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.RecognitionDecisions.Add(decision);
        foreach (var it in items)
            await RecogniseAsync(products.Single(p => p.Id == it.ProductId), it.Stars, it.Points, it.RulebookId, decision, it.DossierId, it.EvaluationId, ct);
        await SaveWithNumbersAsync(ct);
        return (decision, errors);
    }

    /// <summary>
    /// A paper decision is for paper or imported results: a product whose dossier waits for the province's or the
    /// Minister's decision is recognised from its evaluation on the decision pages, not re-typed here.
    /// </summary>
    private async Task RefuseMidProcedureAsync(IReadOnlyList<RecognitionItem> items, Errors errors, CancellationToken ct)
    {
        var ids = items.Select(i => i.ProductId).ToList();
        var pending = await db.Dossiers.Where(d => ids.Contains(d.ProductId)
                && (d.State == Core.Dossiers.DossierState.ProvincialDecision || d.State == Core.Dossiers.DossierState.CentralReview))
            .Select(d => new { d.ProductId, d.ProductName, d.State }).ToListAsync(ct);
        for (var i = 0; i < items.Count; i++)
            if (pending.FirstOrDefault(d => d.ProductId == items[i].ProductId) is { } d)
                errors.Add($"items[{i}].productId", $"Sản phẩm \"{d.ProductName}\" có hồ sơ đang ở bước \"{Core.Dossiers.DossierLabels.Vi(d.State)}\": " +
                    $"ghi nhận theo kết quả Hội đồng tại trang Quyết định công nhận ({Dossiers.DossierWorkflow.ResultPagePath(d.State)}), không nhập lại tại đây.");
    }

    /// <summary>
    /// The council hook: recognises <paramref name="product"/> (tracked, with History) with <paramref name="stars"/> in
    /// <paramref name="decision"/>. Adds the certificate (numbered on save), supersedes the product's certificates still
    /// in force, appends the OCOP history row and recomputes CurrentStars. Nothing is saved: call
    /// <see cref="SaveWithNumbersAsync"/> once for the whole decision so it is one transaction.
    /// </summary>
    public async Task<Certificate> RecogniseAsync(Product product, int stars, decimal? points, string? rulebookId, RecognitionDecision decision,
        int? dossierId, int? evaluationId, CancellationToken ct)
    {
        var lifecycle = new CertificateLifecycle(decision.DecisionDate, stars); // Art. 4.3: 36 months from the decision
        var producer = product.Producer ?? await db.Producers.Include(p => p.CommuneUnit).SingleAsync(p => p.Id == product.ProducerId, ct);
        var certificate = new Certificate
        {
            Decision = decision, ProductId = product.Id, ProducerId = product.ProducerId,
            ProvinceCode = product.ProvinceCode, CommuneCode = product.CommuneCode,
            ProductName = product.Name, ProducerName = producer.Name,
            ProducerAddress = await AddressAsync(producer, ct),
            Stars = stars, Points = points, RulebookId = rulebookId ?? product.RulebookId,
            IssuedOn = lifecycle.IssuedOn, ExpiresOn = lifecycle.ExpiresOn,
            Issuer = stars == 5 ? CertificateNumber.CentralIssuer : product.ProvinceCode, Year = decision.DecisionDate.Year,
            DossierId = dossierId, EvaluationId = evaluationId, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Certificates.Add(certificate);

        // Nâng hạng / đánh giá lại: the new certificate replaces those of the product still in force on its date.
        var previous = await db.Certificates.Where(c => c.ProductId == product.Id && c.SupersededOn == null && c.RevokedOn == null).ToListAsync(ct);
        foreach (var old in previous.Where(c => c.ExpiresOn >= decision.DecisionDate))
        {
            old.SupersededOn = decision.DecisionDate;
            old.SupersededByNumber = null; // filled once the new number is known
            pendingSupersede.Add((old, certificate));
        }

        var record = new ProductOcopRecord
        {
            EvaluationYear = decision.DecisionDate.Year, Stars = stars, Points = points, RulebookId = certificate.RulebookId,
            Level = decision.Level, DecisionNumber = decision.Number, DecisionDate = decision.DecisionDate,
            IssuedOn = certificate.IssuedOn, ExpiresOn = certificate.ExpiresOn,
        };
        product.History.Add(record);
        pendingHistory.Add((record, certificate));
        product.CurrentStars = ProductRules.CurrentStars(product.History, VietnamTime.Today(clock));
        product.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        return certificate;
    }

    /// <summary>Street/village, commune, province as printed; parts already written in the address are not repeated.</summary>
    private async Task<string> AddressAsync(Producer producer, CancellationToken ct)
    {
        var province = await db.AdministrativeUnits.Where(u => u.Code == producer.ProvinceCode && u.Level == UnitLevel.Province && u.ValidTo == null)
            .Select(u => u.FullName).FirstOrDefaultAsync(ct);
        var parts = new List<string>();
        foreach (var part in new[] { producer.Address, producer.CommuneUnit?.FullName, province })
            if (!string.IsNullOrWhiteSpace(part) && !parts.Any(p => p.Contains(part.Trim(), StringComparison.OrdinalIgnoreCase))) parts.Add(part.Trim());
        return string.Join(", ", parts);
    }

    private readonly List<(Certificate Old, Certificate New)> pendingSupersede = [];
    private readonly List<(ProductOcopRecord Record, Certificate Certificate)> pendingHistory = [];

    /// <summary>
    /// Numbers the new certificates (max + 1 per issuer and year) and saves. Two officers saving at once may take the
    /// same number; the unique index refuses the second, which renumbers and tries again.
    /// </summary>
    public async Task SaveWithNumbersAsync(CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var added = db.ChangeTracker.Entries<Certificate>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
            foreach (var group in added.GroupBy(c => (c.Issuer, c.Year)))
            {
                var max = await db.Certificates.Where(c => c.Issuer == group.Key.Issuer && c.Year == group.Key.Year).MaxAsync(c => (int?)c.Sequence, ct) ?? 0;
                foreach (var c in group.OrderBy(c => c.ProductName, StringComparer.Ordinal))
                {
                    c.Sequence = ++max;
                    c.Number = new CertificateNumber(c.Sequence, c.Year, c.Issuer).ToString();
                }
            }
            foreach (var (record, cert) in pendingHistory) record.CertificateNumber = cert.Number;
            foreach (var (old, cert) in pendingSupersede) old.SupersededByNumber = cert.Number;
            try
            {
                await db.SaveChangesAsync(ct);
                break;
            }
            catch (DbUpdateException ex) when (attempt < 10 && IsUniqueViolation(ex))
            {
                foreach (var e in db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).ToList()) e.State = EntityState.Detached;
                await Task.Delay(Random.Shared.Next(5, 30) * attempt, ct);
            }
        }
        // The ids exist now: link the superseded certificates to their successors.
        if (pendingSupersede.Count > 0)
        {
            foreach (var (old, cert) in pendingSupersede) old.SupersededById = cert.Id;
            await db.SaveChangesAsync(ct);
        }
        pendingSupersede.Clear();
        pendingHistory.Clear();
    }

    private static bool IsUniqueViolation(DbUpdateException ex) => ex.InnerException switch
    {
        Npgsql.PostgresException pg => pg.SqlState == "23505",
        Microsoft.Data.Sqlite.SqliteException lite => lite.SqliteErrorCode == 19,
        _ => false,
    };

    /// <summary>Art. 8.2: the role that records a revocation for the signing authority of this star level.</summary>
    public static string RoleFor(RevocationAuthority authority) => authority == RevocationAuthority.Minister ? Roles.Ministry : Roles.ProvinceOffice;

    public static bool MayRevoke(System.Security.Claims.ClaimsPrincipal user, Certificate c) =>
        user.IsInRole(RoleFor(Revocation.AuthorityFor(c.Stars)));

    public static bool TryParseGround(string? text, out RevocationGround ground)
    {
        ground = default;
        var t = text?.Trim().ToLowerInvariant();
        foreach (var g in Enum.GetValues<RevocationGround>())
            if (t == g.Letter() || t == g.ToString().ToLowerInvariant() || (g == RevocationGround.DD && t == "d-")) { ground = g; return true; }
        return false;
    }

    /// <summary>Validates and records a revocation. The caller has checked scope and authority.</summary>
    public async Task<Errors> RevokeAsync(Certificate c, RevocationInput input, CancellationToken ct)
    {
        var errors = new Errors();
        if (c.RevokedOn is not null) errors.Add("certificate", "Giấy chứng nhận đã bị thu hồi.");
        if (!TryParseGround(input.Ground, out var ground)) errors.Add("ground", "Chọn một căn cứ thu hồi theo khoản 1 Điều 8: a, b, c, d, đ hoặc e.");
        if (input.TriggeredOn is null) errors.Add("triggeredOn", ground == RevocationGround.DD
            ? "Vui lòng nhập ngày UBND cấp xã xác nhận chủ thể không còn sản xuất."
            : "Vui lòng nhập ngày có kết luận của cơ quan có thẩm quyền.");
        if (string.IsNullOrWhiteSpace(input.DecisionNumber)) errors.Add("decisionNumber", "Vui lòng nhập số quyết định thu hồi.");
        if (input.DecidedOn is null) errors.Add("decidedOn", "Vui lòng nhập ngày quyết định thu hồi.");
        else if (input.DecidedOn < c.IssuedOn) errors.Add("decidedOn", "Ngày thu hồi không được trước ngày cấp giấy chứng nhận.");
        else if (input.DecidedOn > VietnamTime.Today(clock).AddDays(1)) errors.Add("decidedOn", "Ngày thu hồi không được sau hôm nay.");
        if (input.TriggeredOn > input.DecidedOn) errors.Add("triggeredOn", "Ngày kết luận không được sau ngày quyết định thu hồi.");
        if (string.IsNullOrWhiteSpace(input.SignerName)) errors.Add("signerName", "Vui lòng nhập họ tên người ký.");
        if (input.Version is null) errors.Add("version", "Thiếu version (lấy từ lần đọc gần nhất) để phát hiện sửa đồng thời.");
        if (input.InspectionId is { } iid && !await db.CertificateInspections.AnyAsync(i => i.Id == iid && i.CertificateId == c.Id, ct))
            errors.Add("inspectionId", "Không có biên bản kiểm tra này cho giấy chứng nhận.");
        if (errors.Count > 0) return errors;

        db.Entry(c).Property(x => x.Version).OriginalValue = input.Version!.Value;
        c.RevokedOn = input.DecidedOn;
        c.RevocationGround = ground;
        c.RevocationTriggeredOn = input.TriggeredOn;
        c.RevocationDeadline = Revocation.Deadline(input.TriggeredOn!.Value, Holidays.Calendar);
        c.RevocationDecisionNumber = input.DecisionNumber!.Trim();
        c.RevocationSignerName = input.SignerName!.Trim();
        c.RevocationSignerTitle = Clean(input.SignerTitle) ?? Revocation.AuthorityFor(c.Stars).Vi();
        c.RevocationNote = Clean(input.Note);
        c.RevocationInspectionId = input.InspectionId;

        // The product loses the stars of this certificate at once (its public status and CurrentStars).
        var product = await db.Products.Include(p => p.History).SingleAsync(p => p.Id == c.ProductId, ct);
        foreach (var h in product.History.Where(h => h.CertificateNumber == c.Number)) h.RevokedOn = c.RevokedOn;
        product.CurrentStars = ProductRules.CurrentStars(product.History, VietnamTime.Today(clock));
        product.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct); // a stale version throws DbUpdateConcurrencyException → 409
        return errors;
    }

    public static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
