using OcopHub.Core.Criteria;

namespace OcopHub.Core.Tests.Criteria;

/// <summary>The rulebook data files as committed in the repository (found by walking up to OcopHub.slnx).</summary>
internal static class RulebookFiles
{
    private static readonly Lazy<string> Root = new(FindRepoRoot);
    private static readonly Dictionary<string, Rulebook> Cache = [];
    private static readonly Lock Gate = new();

    public static string Folder => Path.Combine(Root.Value, "data", "reference", "rulebooks");

    public static string LegalText26 => File.ReadAllText(Path.Combine(Folder, "source", "qd-26-2026-QD-TTg.txt"));

    public static Rulebook Load(string id)
    {
        lock (Gate)
        {
            if (!Cache.TryGetValue(id, out var rulebook))
            {
                using var stream = File.OpenRead(Path.Combine(Folder, id + ".json"));
                Cache[id] = rulebook = RulebookJson.Parse(stream);
            }
            return rulebook;
        }
    }

    public static string ReadText(string id) => File.ReadAllText(Path.Combine(Folder, id + ".json"));

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "OcopHub.slnx"))) return dir.FullName;
        throw new InvalidOperationException($"No OcopHub.slnx above {AppContext.BaseDirectory}.");
    }
}
