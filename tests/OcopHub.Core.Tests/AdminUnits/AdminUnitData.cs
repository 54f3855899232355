using OcopHub.Core.AdminUnits;

namespace OcopHub.Core.Tests.AdminUnits;

/// <summary>Loads the repo's data/reference/admin-units files once per test run (they are 4 MB).</summary>
public sealed class AdminUnitData
{
    public IReadOnlyList<AdminUnit> Units2025 { get; }
    public IReadOnlyList<AdminUnit> UnitsPre2025 { get; }
    public IReadOnlyList<MergeHistoryRow> History { get; }
    public AdminUnitMapping Mapping { get; }

    public AdminUnitData()
    {
        var dir = Path.Combine(RepoRoot(), "data", "reference", "admin-units");
        Units2025 = AdminUnitSources.Parse2025(File.ReadAllText(Path.Combine(dir, "vn-units-2025.json")));
        UnitsPre2025 = AdminUnitSources.ParsePre2025(File.ReadAllText(Path.Combine(dir, "dvhcvn-2025-03-01.json")));
        History = MergeHistoryParser.ParseCsv(File.ReadAllText(Path.Combine(dir, "merge-history.csv")));
        Mapping = AdminUnitMapper.Map(UnitsPre2025, Units2025, History);
    }

    /// <summary>The folder holding OcopHub.slnx, found by walking up from the test binaries.</summary>
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "OcopHub.slnx"))) return dir.FullName;
        throw new InvalidOperationException("OcopHub.slnx not found above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class AdminUnitDataCollection : ICollectionFixture<AdminUnitData>
{
    public const string Name = "admin unit data";
}
