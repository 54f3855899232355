using System.Text.Json;
using System.Text.RegularExpressions;

namespace OcopHub.Web.Tests.Features;

/// <summary>Every Vietnamese UI string written as L["…"] in a page or page model has an English text.</summary>
public sealed partial class LocalizationCompletenessTests
{
    private static string WebProject()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "OcopHub.slnx"))) return Path.Combine(dir.FullName, "src", "OcopHub.Web");
        throw new DirectoryNotFoundException("repository root not found");
    }

    [Fact]
    public void Every_ui_string_has_an_english_translation()
    {
        var root = WebProject();
        var english = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(root, "Resources", "en.json")))!;
        var keys = Directory.EnumerateFiles(Path.Combine(root, "Features"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cshtml") || f.EndsWith(".cs"))
            .SelectMany(f => Key().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value.Replace("\\\"", "\"")))
            .ToHashSet();
        Assert.True(keys.Count > 100, $"only {keys.Count} strings found: is the pattern still right?");
        var missing = keys.Where(k => !english.ContainsKey(k)).Order().ToList();
        Assert.True(missing.Count == 0, "No English for: " + string.Join(" | ", missing));
    }

    [GeneratedRegex("""L\["((?:[^"\\]|\\.)*)"[\],]""")]
    private static partial Regex Key();
}
