using System.Globalization;
using System.Text;
using OcopHub.Core.Text;

namespace OcopHub.Core.AdminUnits;

/// <summary>
/// Keys for comparing unit names across the two sources, from strict to lenient. The sources differ in
/// tone-mark placement ("Hoà"/"Hòa"), spacing ("Ga Ri"/"Gari"), apostrophes and Unicode normalisation;
/// but some real, distinct units differ only by tone ("Hoa Lộc" and "Hòa Lộc" are neighbours in Hậu Lộc).
/// </summary>
internal static class NameKeys
{
    /// <summary>
    /// Lenient: folded (no diacritics), numbers without leading zeros ("Phường 03" = "Phường 3"), no spaces,
    /// hyphens, dots or apostrophes ("Ch'ơm" = "Ch’ơm", "P Rao" = "Prao"), "NT"/"N.T" = "Nông trường",
    /// Roman = Arabic numerals ("Phường IV" = "Phường 4").
    /// </summary>
    public static string Loose(string name) => LooseCache.GetOrAdd(name, ComputeLoose);

    /// <summary>Memoised: the mapper compares every part with every commune of a province (millions of calls).</summary>
    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> LooseCache = new();
    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> TonedCache = new();

    static string ComputeLoose(string name)
    {
        var f = VietnameseText.Fold(ArabicNumerals(name.Normalize(NormalizationForm.FormC)));
        if (f.Length > 0 && f.All(char.IsDigit)) return f.TrimStart('0');
        f = f.Replace("nong truong ", "nt ");
        return new string([.. f.Where(c => c is not (' ' or '-' or '–' or '.' or '\'' or '’' or '‘' or '`'))]);
    }

    static readonly string[] Roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

    /// <summary>"Phường IV" = "Phường 4", "Hòa Tú II" = "Hòa Tú 2": the sources mix the two. Upper-case words only.</summary>
    static string ArabicNumerals(string name) =>
        string.Join(' ', name.Split(' ').Select(w => Array.IndexOf(Roman, w) is var i and >= 0 ? (i + 1).ToString() : w));

    /// <summary>
    /// Lenient plus i = y: "Sỹ"/"Sĩ", "Qui"/"Quy" are accepted spellings of the same syllable. Used only when
    /// <see cref="Loose"/> finds nothing.
    /// </summary>
    public static string LooseIy(string name) => Loose(name).Replace('y', 'i');

    /// <summary>
    /// Strict: every syllable keeps its vowel marks and its tone, wherever the tone mark sits
    /// ("Hoà" = "Hòa", "Thuỵ" = "Thụy"), so "Hoa Lộc" ≠ "Hòa Lộc" and "Nghi Văn" ≠ "Nghi Vạn".
    /// </summary>
    public static string Toned(string name) => TonedCache.GetOrAdd(name, ComputeToned);

    static string ComputeToned(string name)
    {
        var sb = new StringBuilder();
        foreach (var syllable in name.Normalize(NormalizationForm.FormD).ToLowerInvariant()
                     .Split([' ', '-', '–'], StringSplitOptions.RemoveEmptyEntries))
        {
            var tone = '0';
            var bare = new StringBuilder();
            foreach (var ch in syllable)
            {
                switch (ch)
                {
                    case '\u0300': tone = '2'; break;   // huyền
                    case '\u0301': tone = '1'; break;   // sắc
                    case '\u0303': tone = '4'; break;   // ngã
                    case '\u0309': tone = '3'; break;   // hỏi
                    case '\u0323': tone = '5'; break;   // nặng
                    default:
                        if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark || char.IsLetterOrDigit(ch))
                            bare.Append(ch);
                        break;
                }
            }
            sb.Append(bare.ToString().Normalize(NormalizationForm.FormC)).Append(tone).Append(' ');
        }
        return sb.ToString().TrimEnd();
    }
}
