using System.Globalization;
using System.Text;

namespace OcopHub.Core.Text;

/// <summary>Diacritic- and case-insensitive forms of Vietnamese text, for search keys and matching.</summary>
public static class VietnameseText
{
    /// <summary>"Bí xanh thơm Ba Bể" → "bi xanh thom ba be"; "Đồng" → "dong". Collapses white space.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return string.Empty;
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var ch in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            // Ð/ð (U+00D0/U+00F0, Eth) stand in for Đ in text converted from legacy encodings (TCVN3, VNI) and look
            // identical in print; without this, "ÐỒNG THÁP" would never match "Đồng Tháp".
            var c = ch switch { 'đ' or 'Đ' or 'Ð' or 'ð' => 'd', _ => char.ToLowerInvariant(ch) };
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace) sb.Append(' ');
                lastWasSpace = true;
                continue;
            }
            sb.Append(c);
            lastWasSpace = false;
        }
        return sb.ToString().TrimEnd();
    }
}
