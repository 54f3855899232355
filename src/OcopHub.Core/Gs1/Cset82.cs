namespace OcopHub.Core.Gs1;

/// <summary>
/// GS1 AI encodable character set 82 (GS1 General Specifications, Figure 7.11-1): the only characters a lot,
/// serial or variant may hold. Vietnamese letters with diacritics are NOT in it, which is why lots must be ASCII.
/// </summary>
public static class Cset82
{
    private const string Symbols = "!\"%&'()*+,-./:;<=>?_";

    public static bool Contains(char c) =>
        c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' || Symbols.Contains(c);

    /// <summary>The first character outside the set, or null when all are inside.</summary>
    public static char? FirstInvalid(string text)
    {
        foreach (var c in text)
            if (!Contains(c)) return c;
        return null;
    }

    public static bool IsValid(string? text) => !string.IsNullOrEmpty(text) && FirstInvalid(text) is null;
}
