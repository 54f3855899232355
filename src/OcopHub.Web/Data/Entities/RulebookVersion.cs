namespace OcopHub.Web.Data.Entities;

/// <summary>
/// A rulebook version (bộ tiêu chí) as loaded from data/reference/rulebooks: the curated JSON is kept whole so
/// every evaluation can point at exactly what it was scored against (Id + Hash).
/// </summary>
public class RulebookVersion
{
    public string Id { get; set; } = "";          // "26-2026"
    public string Name { get; set; } = "";
    public string LegalBasis { get; set; } = "";
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public string Json { get; set; } = "";
    public string Hash { get; set; } = "";
    public DateTime LoadedAt { get; set; }
}
