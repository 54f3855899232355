namespace OcopHub.Core.Tests.Producers;

/// <summary>Finds the repository's data files from the test binary, so the real data is what gets tested.</summary>
internal static class RepoFiles
{
    public static string Read(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "OcopHub.slnx")))
                return File.ReadAllText(Path.Combine(dir.FullName, relativePath));
        throw new InvalidOperationException("Repository root (OcopHub.slnx) not found above " + AppContext.BaseDirectory);
    }

    public static string Registry(string file) => Read(Path.Combine("data", "reference", "registry", file));
}
