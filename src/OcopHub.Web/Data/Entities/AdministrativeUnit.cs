namespace OcopHub.Web.Data.Entities;

/// <summary>
/// A province, district or commune as valid over a period. Units are never deleted: a record made under the
/// pre-July-2025 units keeps pointing at them. Codes repeat across periods, so identity is (Code, ValidFrom).
/// </summary>
public class AdministrativeUnit
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string FullName { get; set; } = "";
    public string? NameEn { get; set; }
    public UnitLevel Level { get; set; }
    public string Type { get; set; } = "";
    public string? ParentCode { get; set; }
    public string ProvinceCode { get; set; } = "";
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    /// <summary>Folded name (no diacritics, lower case) for indexed search.</summary>
    public string SearchName { get; set; } = "";
}

public enum UnitLevel { Province = 1, District = 2, Commune = 3 }

/// <summary>Old unit → new unit (the 2025 reorganisation). Partial: only part of the old unit went into the new one.</summary>
public class UnitSuccession
{
    public int Id { get; set; }
    public int OldUnitId { get; set; }
    public AdministrativeUnit? OldUnit { get; set; }
    public int NewUnitId { get; set; }
    public AdministrativeUnit? NewUnit { get; set; }
    public bool Partial { get; set; }
}
