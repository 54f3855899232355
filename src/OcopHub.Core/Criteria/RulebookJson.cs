using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace OcopHub.Core.Criteria;

/// <summary>
/// Reads and writes rulebook data files (data/reference/rulebooks/*.json). Core does no file I/O:
/// callers pass the text or a stream. Reading is strict (unknown members, missing required members and
/// nulls in non-nullable members are errors) because a silently dropped field in a rulebook is a wrong score.
/// </summary>
public static class RulebookJson
{
    public static readonly JsonSerializerOptions Options = CreateOptions();

    public static Rulebook Parse(string json) =>
        JsonSerializer.Deserialize<Rulebook>(json, Options) ?? throw new JsonException("The rulebook file is empty (null).");

    public static Rulebook Parse(Stream utf8Json) =>
        JsonSerializer.Deserialize<Rulebook>(utf8Json, Options) ?? throw new JsonException("The rulebook file is empty (null).");

    public static string Serialize(Rulebook rulebook) => JsonSerializer.Serialize(rulebook, Options);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNameCaseInsensitive = false,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { DropComputedMembers } },
        };
        options.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
        options.MakeReadOnly();
        return options;
    }

    /// <summary>
    /// Computed members (AllSets, Max, AllCriteria) are derived from the data and must not be written back.
    /// IgnoreReadOnlyProperties would not do: it still writes get-only collections such as AllSets.
    /// </summary>
    private static void DropComputedMembers(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object) return;
        for (var i = info.Properties.Count - 1; i >= 0; i--)
            if (info.Properties[i] is { Set: null, AssociatedParameter: null }) info.Properties.RemoveAt(i);
    }
}
