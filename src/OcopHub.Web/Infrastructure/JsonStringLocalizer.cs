using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace OcopHub.Web.Infrastructure;

/// <summary>
/// Vietnamese is the source language: a key is the Vietnamese text itself. English comes from Resources/en.json
/// (Vietnamese → English); a missing entry falls back to the Vietnamese text, never to an empty string.
/// </summary>
public sealed class JsonStringLocalizer : IStringLocalizer<SharedResource>
{
    private readonly FrozenDictionary<string, string> _english;

    public JsonStringLocalizer()
    {
        using var stream = typeof(JsonStringLocalizer).Assembly.GetManifestResourceStream("OcopHub.Web.Resources.en.json")
            ?? throw new InvalidOperationException("Embedded resource Resources/en.json is missing.");
        _english = (JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? []).ToFrozenDictionary();
    }

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public LocalizedString this[string name] =>
        IsEnglish && _english.TryGetValue(name, out var en) ? new(name, en) : new(name, name, resourceNotFound: IsEnglish);

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var s = this[name];
            return new(name, string.Format(CultureInfo.CurrentCulture, s.Value, arguments), s.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        _english.Select(kv => IsEnglish ? new LocalizedString(kv.Key, kv.Value) : new LocalizedString(kv.Key, kv.Key));

    /// <summary>All keys with an English text, for the completeness test.</summary>
    public IReadOnlyCollection<string> Keys => _english.Keys;
}
