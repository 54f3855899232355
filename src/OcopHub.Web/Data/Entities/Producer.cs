namespace OcopHub.Web.Data.Entities;

/// <summary>Chủ thể OCOP: a cooperative, enterprise, household … that makes OCOP products.</summary>
public class Producer : IAudited, IVersioned, IRegionScoped
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string SearchName { get; set; } = "";
    /// <summary>Legal form code (hợp tác xã, doanh nghiệp …), from reference data.</summary>
    public string LegalForm { get; set; } = "";
    public string? TaxCode { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Representative { get; set; }
    /// <summary>The commune the producer is registered in, as the unit valid at registration (may be a pre-2025 unit).</summary>
    public int CommuneUnitId { get; set; }
    public AdministrativeUnit? CommuneUnit { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public long Version { get; set; }
}

/// <summary>A record that belongs to a commune of a province (current 2025 codes), for region-scoped access.</summary>
public interface IRegionScoped
{
    string ProvinceCode { get; }
    string CommuneCode { get; }
}
