namespace OcopHub.Web.Data.Entities;

/// <summary>Chủ thể OCOP: a cooperative, enterprise, household … that makes OCOP products.</summary>
public class Producer : IAudited, IVersioned, IRegionScoped
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>The name folded (no diacritics, lower case) for search; kept in step by <c>ProducerRules.Apply</c>.</summary>
    public string SearchName { get; set; } = "";
    /// <summary>Legal form code (loại hình: cooperative, sme …) from data/reference/registry/legal-forms.json.</summary>
    public string LegalForm { get; set; } = "";
    /// <summary>Số đăng ký kinh doanh / HTX and its date.</summary>
    public string? RegistrationNumber { get; set; }
    public DateOnly? RegistrationDate { get; set; }
    public string? TaxCode { get; set; }
    /// <summary>Street, village (thôn, bản) — the commune itself is <see cref="CommuneUnit"/>.</summary>
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    /// <summary>Người đại diện theo pháp luật. Gender, ethnicity and disability earn points in criterion 3.2.</summary>
    public string? Representative { get; set; }
    /// <summary>"female" or "male".</summary>
    public string? RepresentativeGender { get; set; }
    public string? RepresentativeEthnicity { get; set; }
    public bool RepresentativeHasDisability { get; set; }
    public int? Workers { get; set; }
    /// <summary>Workers who live in the commune (lao động địa phương).</summary>
    public int? LocalWorkers { get; set; }
    /// <summary>Doanh nghiệp nhỏ và vừa.</summary>
    public bool IsSme { get; set; }
    /// <summary>Làng nghề truyền thống the producer belongs to, if any.</summary>
    public string? CraftVillage { get; set; }
    /// <summary>Takes part in a circular / green ("OCOP xanh") value chain.</summary>
    public bool GreenValueChain { get; set; }
    /// <summary>Export markets, comma separated (e.g. "Nhật Bản, EU").</summary>
    public string? ExportMarkets { get; set; }
    /// <summary>The commune the producer is registered in, as the unit valid at registration (may be a pre-2025 unit).</summary>
    public int CommuneUnitId { get; set; }
    public AdministrativeUnit? CommuneUnit { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    /// <summary>Set on every save, so a change to child rows alone still bumps <see cref="Version"/> (concurrency check).</summary>
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
    public long Version { get; set; }

    public List<ProducerFinancialYear> FinancialYears { get; set; } = [];
    public List<ProducerCertification> Certifications { get; set; } = [];
    public List<RawMaterialArea> RawMaterialAreas { get; set; } = [];
    public List<ProducerSalesChannel> SalesChannels { get; set; } = [];
}

/// <summary>One year of a producer's accounts (doanh thu, lợi nhuận), in VND.</summary>
public class ProducerFinancialYear : IAudited
{
    public int Id { get; set; }
    public int ProducerId { get; set; }
    public int Year { get; set; }
    public decimal? Revenue { get; set; }
    public decimal? Profit { get; set; }
}

/// <summary>A certification held (VietGAP, ISO 22000 …) with its validity.</summary>
public class ProducerCertification : IAudited
{
    public int Id { get; set; }
    public int ProducerId { get; set; }
    /// <summary>Code from data/reference/registry/certification-kinds.json.</summary>
    public string Kind { get; set; } = "";
    public string? Number { get; set; }
    public string? Issuer { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
}

/// <summary>Vùng nguyên liệu: a raw-material area, with the certification of the area if any.</summary>
public class RawMaterialArea : IAudited
{
    public int Id { get; set; }
    public int ProducerId { get; set; }
    public string Name { get; set; } = "";
    public decimal? AreaHa { get; set; }
    /// <summary>Certification kind code (e.g. vietgap, organic-vn) or null.</summary>
    public string? Certification { get; set; }
}

/// <summary>Kênh phân phối: where the producer sells.</summary>
public class ProducerSalesChannel : IAudited
{
    public int Id { get; set; }
    public int ProducerId { get; set; }
    /// <summary>Code from data/reference/registry/sales-channel-kinds.json.</summary>
    public string Kind { get; set; } = "";
    public string? Name { get; set; }
    public string? Url { get; set; }
}

/// <summary>A record that belongs to a commune of a province (current 2025 codes), for region-scoped access.</summary>
public interface IRegionScoped
{
    string ProvinceCode { get; }
    string CommuneCode { get; }
}
