namespace OcopHub.Web.Data.Entities;

/// <summary>Sản phẩm OCOP: a product of a producer, classified in a product set of a rulebook version.</summary>
public class Product : IAudited, IVersioned, IRegionScoped
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>Folded name (no diacritics, lower case): name matches rank first.</summary>
    public string SearchName { get; set; } = "";
    /// <summary>Folded name + producer + commune + description: what the search box matches.</summary>
    public string SearchText { get; set; } = "";
    /// <summary>Rulebook version id (e.g. "26-2026") and the product set (bộ sản phẩm) number in it.</summary>
    public string RulebookId { get; set; } = "";
    public int ProductSetNo { get; set; }
    /// <summary>Sector (ngành) code of the set, copied from the rulebook so lists can filter by it.</summary>
    public string SectorCode { get; set; } = "";
    public int ProducerId { get; set; }
    public Producer? Producer { get; set; }
    /// <summary>Commune of production (current unit); scopes the product.</summary>
    public int CommuneUnitId { get; set; }
    public AdministrativeUnit? CommuneUnit { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    /// <summary>Mã số sản phẩm OCOP, as generated or, for historical codes, as written. Unique.</summary>
    public string OcopCode { get; set; } = "";
    /// <summary>Parts of a current-shape code ((tỉnh)-(xã)-(STT)-(năm)); the sequence is per commune.</summary>
    public string? CodeCommune { get; set; }
    public int? CodeSequence { get; set; }
    public int CodeYear { get; set; }
    public string? Gtin { get; set; }
    public string? Description { get; set; }
    /// <summary>Câu chuyện sản phẩm.</summary>
    public string? Story { get; set; }
    public string? Packaging { get; set; }
    public string? Label { get; set; }
    public int? ShelfLifeDays { get; set; }
    /// <summary>Tiêu chuẩn áp dụng (TCCS, TCVN …).</summary>
    public string? Standards { get; set; }
    public string? TrademarkNumber { get; set; }
    public string? GeographicalIndication { get; set; }
    public string? CollectiveMark { get; set; }
    public ProductStatus Status { get; set; } = ProductStatus.Active;
    /// <summary>Stars of the latest recognition in <see cref="History"/>; recomputed whenever history is saved.</summary>
    public int? CurrentStars { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    /// <summary>Set on every save, so a change to child rows alone still bumps <see cref="Version"/>.</summary>
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
    public long Version { get; set; }

    public List<ProductOcopRecord> History { get; set; } = [];
    public List<ProductPhoto> Photos { get; set; } = [];
}

/// <summary>Written as its name in JSON ("Active"), as the API accepts it.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ProductStatus>))]
public enum ProductStatus { Active, Suspended, Discontinued }

/// <summary>One OCOP recognition of the product (kết quả đánh giá, phân hạng).</summary>
public class ProductOcopRecord : IAudited
{
    public int Id { get; set; }
    public int ProductId { get; set; }
    public int EvaluationYear { get; set; }
    public int Stars { get; set; }
    public decimal? Points { get; set; }
    public string? RulebookId { get; set; }
    /// <summary>
    /// Who recognised: "district" (UBND cấp huyện, before 1/7/2025 only), "province" (cấp tỉnh) or "national" (cấp trung
    /// ương); kept as recorded, whatever today's rules say. Checked against Core <c>HistoricalProcedure</c> when written.
    /// </summary>
    public string? Level { get; set; }
    /// <summary>The pre-2025 district (AdministrativeUnit of level District) that recognised, or whose council scored.</summary>
    public string? DistrictCode { get; set; }
    /// <summary>Its name then, with its type ("Huyện Ba Bể", "Thành phố Bắc Kạn"): a record quotes the signer as it was.</summary>
    public string? DistrictName { get; set; }
    /// <summary>Whose council's score <see cref="Points"/> is: "district", "province" or "national" (hội đồng cấp …).</summary>
    public string? CouncilLevel { get; set; }
    public string? DecisionNumber { get; set; }
    public DateOnly? DecisionDate { get; set; }
    public string? CertificateNumber { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    /// <summary>Set when the certificate of this recognition is revoked (Art. 8): it no longer counts for CurrentStars.</summary>
    public DateOnly? RevokedOn { get; set; }
}

/// <summary>A product photo stored privately under the data folder (never in wwwroot).</summary>
public class ProductPhoto : IAudited
{
    public int Id { get; set; }
    public int ProductId { get; set; }
    /// <summary>File name on disk (a GUID and the extension of the detected type), never the uploaded name.</summary>
    public string StoredName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long SizeBytes { get; set; }
    public string? Caption { get; set; }
    public DateTime UploadedAt { get; set; } = DateTime.UtcNow;
}
