using System.Text.Json.Nodes;
using OcopHub.Core.Criteria;

namespace OcopHub.Core.Tests.Criteria;

/// <summary>Makes deliberately broken copies of a committed rulebook file, to prove the checks can fail.</summary>
internal static class RulebookTampering
{
    public static Rulebook Edit(string id, Action<JsonNode> edit)
    {
        var root = JsonNode.Parse(RulebookFiles.ReadText(id))!;
        edit(root);
        return RulebookJson.Parse(root.ToJsonString());
    }

    public static JsonNode Sheet(JsonNode root, int setNo) =>
        root["sheets"]!.AsArray().First(s => (int)s!["setNo"]! == setNo)!;

    public static IEnumerable<JsonNode> Criteria(JsonNode root, int setNo) =>
        Sheet(root, setNo)["parts"]!.AsArray().SelectMany(p => p!["groups"]!.AsArray())
            .SelectMany(g => g!["criteria"]!.AsArray()).Select(c => c!);

    public static JsonNode Criterion(JsonNode root, int setNo, string code) =>
        Criteria(root, setNo).First(c => (string)c["code"]! == code);

    public static JsonNode Option(JsonNode root, int setNo, string optionId) =>
        Criteria(root, setNo).SelectMany(c => c["options"]!.AsArray()).First(o => (string)o!["id"]! == optionId)!;
}
