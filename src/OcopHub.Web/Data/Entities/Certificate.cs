using OcopHub.Core.Certificates;

namespace OcopHub.Web.Data.Entities;

/// <summary>
/// Quyết định công nhận kết quả đánh giá, phân hạng sản phẩm OCOP. Province level (3★/4★, signed for the provincial
/// chairman) or national level (5★, the Ministry). Recording it issues one <see cref="Certificate"/> per product.
/// </summary>
public class RecognitionDecision : IAudited, IVersioned
{
    public int Id { get; set; }
    public string Number { get; set; } = "";
    public DateOnly DecisionDate { get; set; }
    /// <summary>
    /// "province" (cấp tỉnh) or "national" (cấp trung ương), as <see cref="ProductOcopRecord.Level"/>. Never "district":
    /// districts issue nothing since 1/7/2025; their past recognitions are kept on the product's history only.
    /// </summary>
    public string Level { get; set; } = "province";
    /// <summary>The issuing province for province-level decisions; null for national ones (the issuer is "TW").</summary>
    public string? ProvinceCode { get; set; }
    public string SignerName { get; set; } = "";
    public string SignerTitle { get; set; } = "";
    public string? Note { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public long Version { get; set; }
    public List<Certificate> Certificates { get; set; } = [];
}

/// <summary>
/// Giấy chứng nhận sản phẩm OCOP. Status is never stored: it is computed by <see cref="CertificateLifecycle"/> from the
/// dates below (issue, revocation, supersession, re-evaluation filing) and the day asked about.
/// </summary>
public class Certificate : IAudited, IVersioned, IRegionScoped
{
    public int Id { get; set; }
    /// <summary>As printed: <c>{seq:000}/{year}/OCOP-{province|TW}</c> (Core <see cref="CertificateNumber"/>). Unique.</summary>
    public string Number { get; set; } = "";
    public int Sequence { get; set; }
    public int Year { get; set; }
    /// <summary>2-digit province code or "TW"; (Issuer, Year, Sequence) is unique so concurrent issuers retry.</summary>
    public string Issuer { get; set; } = "";
    public int DecisionId { get; set; }
    public RecognitionDecision? Decision { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }
    public int ProducerId { get; set; }
    /// <summary>Where the product is made: scopes the certificate like its product.</summary>
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    /// <summary>Names as printed on the certificate (a later rename of the product does not change a legal document).</summary>
    public string ProductName { get; set; } = "";
    public string ProducerName { get; set; } = "";
    public string? ProducerAddress { get; set; }
    public int Stars { get; set; }
    public decimal? Points { get; set; }
    public string? RulebookId { get; set; }
    public DateOnly IssuedOn { get; set; }
    public DateOnly ExpiresOn { get; set; }
    /// <summary>Hooks for the council step: the dossier and evaluation that led here (null for paper/imported results).</summary>
    public int? DossierId { get; set; }
    public int? EvaluationId { get; set; }

    /// <summary>Nộp hồ sơ đánh giá lại: set by the dossier step; stops reminders and can extend validity (Art. 12.3).</summary>
    public DateOnly? ReEvaluationFiledOn { get; set; }

    // Thay thế (nâng hạng / đánh giá lại): the certificate that replaced this one.
    public DateOnly? SupersededOn { get; set; }
    public int? SupersededById { get; set; }
    public string? SupersededByNumber { get; set; }

    // Thu hồi (Art. 8): one revocation per certificate, recorded with its decision.
    public DateOnly? RevokedOn { get; set; }
    public RevocationGround? RevocationGround { get; set; }
    public string? RevocationDecisionNumber { get; set; }
    public string? RevocationSignerName { get; set; }
    public string? RevocationSignerTitle { get; set; }
    public string? RevocationNote { get; set; }
    /// <summary>The conclusion (or commune confirmation for ground đ) that started the 15 days (Art. 8.4).</summary>
    public DateOnly? RevocationTriggeredOn { get; set; }
    public DateOnly? RevocationDeadline { get; set; }
    public int? RevocationInspectionId { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public long Version { get; set; }

    public List<CertificateInspection> Inspections { get; set; } = [];

    public IEnumerable<CertificateEvent> Events()
    {
        if (ReEvaluationFiledOn is { } f) yield return new ReEvaluationFiled(f);
        if (SupersededOn is { } s) yield return new CertificateSuperseded(s, SupersededByNumber);
        if (RevokedOn is { } r) yield return new CertificateRevoked(r, RevocationGround ?? Core.Certificates.RevocationGround.E, RevocationDecisionNumber);
    }

    public CertificateLifecycle Lifecycle() => new(IssuedOn, Stars);

    /// <summary>The status on <paramref name="day"/>; a certificate dated in the future counts as active from now.</summary>
    public CertificateStatus StatusOn(DateOnly day) => Lifecycle().StatusOn(day < IssuedOn ? IssuedOn : day, Events());
}

/// <summary>Kiểm tra sau công nhận (hậu kiểm, Art. 9): periodic or ad-hoc, with findings and a conclusion.</summary>
public class CertificateInspection : IAudited, IVersioned, IRegionScoped
{
    public int Id { get; set; }
    public int CertificateId { get; set; }
    public InspectionKind Kind { get; set; }
    public DateOnly InspectedOn { get; set; }
    public string Inspector { get; set; } = "";
    public string? Unit { get; set; }
    public string? Findings { get; set; }
    /// <summary>Kết luận: the criteria still met, and the OCOP mark used correctly. Either false opens a revocation case.</summary>
    public bool CriteriaStillMet { get; set; } = true;
    public bool MarkUsedCorrectly { get; set; } = true;
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public long Version { get; set; }

    public bool MeetsCriteria => CriteriaStillMet && MarkUsedCorrectly;
}

/// <summary>Chính sách khen thưởng của tỉnh: the amount (VND) per product per star level in a year.</summary>
public class RewardPolicy : IAudited, IVersioned
{
    public int Id { get; set; }
    public string ProvinceCode { get; set; } = "";
    public int Year { get; set; }
    public decimal Amount3Stars { get; set; }
    public decimal Amount4Stars { get; set; }
    public decimal Amount5Stars { get; set; }
    public string? Basis { get; set; }
    public long Version { get; set; }

    public decimal AmountFor(int stars) => stars switch { 3 => Amount3Stars, 4 => Amount4Stars, 5 => Amount5Stars, _ => 0 };
}
