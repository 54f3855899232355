namespace OcopHub.Web.Data.Entities;

/// <summary>Which version (content hash) of a reference data file is loaded, so start-up reloads only what changed.</summary>
public class ReferenceDataset
{
    public string Name { get; set; } = "";
    public string Hash { get; set; } = "";
    public DateTime LoadedAt { get; set; }
}
