using System.Text;
using System.Text.RegularExpressions;
using OcopHub.Core.Text;

namespace OcopHub.Core.AdminUnits;

/// <summary>
/// Reads merge-history.csv and turns each free-text "before_merge" into structured <see cref="MergePart"/>s.
/// The texts are official but irregular (Hà Nội's especially): lists with and without type words,
/// "một phần diện tích TN, quy mô dân số của các phường A, B", doubled types ("phường Phường X"),
/// and qualifiers in parentheses. The parser keeps what it cannot read in <see cref="MergeText.Unparsed"/>.
/// </summary>
public static partial class MergeHistoryParser
{
    /// <summary>Parses the CSV (header code,name,province_code,before_merge; RFC 4180 quoting).</summary>
    public static IReadOnlyList<MergeHistoryRow> ParseCsv(string csv)
    {
        var records = CsvRecords(csv).ToList();
        if (records.Count == 0) return [];
        var header = records[0].Select(h => h.Trim()).ToList();
        int Col(string name) => header.IndexOf(name) is var i and >= 0
            ? i : throw new FormatException($"merge-history.csv: missing column '{name}'");
        var (code, name, province, before) = (Col("code"), Col("name"), Col("province_code"), Col("before_merge"));
        return records.Skip(1)
            .Where(r => r.Count > 1 || r[0].Length > 0)   // blank trailing line
            .Select(r => new MergeHistoryRow(r[code].Trim(), r[name].Trim(),
                string.IsNullOrWhiteSpace(r[province]) ? null : r[province].Trim(), r[before].Trim()))
            .ToList();
    }

    /// <summary>Minimal RFC 4180 reader: quoted fields may hold commas, newlines and doubled quotes.</summary>
    /// <remarks>Hand-written because Core takes no packages; the file is small (0.3 MB).</remarks>
    internal static IEnumerable<List<string>> CsvRecords(string csv)
    {
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else quoted = false;
            }
            else if (c == '"' && field.Length == 0) quoted = true;   // a quote mid-field is just a character
            else if (c == ',') { record.Add(field.ToString()); field.Clear(); }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n') i++;
                record.Add(field.ToString()); field.Clear();
                yield return record;
                record = [];
            }
            else field.Append(c);
        }
        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            yield return record;
        }
    }

    // Type words that start a unit mention, longest first so "thị xã" wins over "xã".
    [GeneratedRegex(@"(?<![\p{L}\p{Mn}])(thị trấn|thị xã|thành phố|đặc khu|phường|xã|huyện|quận|tỉnh|thôn|xóm)(?![\p{L}\p{Mn}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TypeWord();

    // "… sau khi sắp xếp" and "… sau khi sắp xếp theo quy định tại khoản 99 Điều này": the rest is legal boilerplate.
    [GeneratedRegex(@"\s+sau khi s[aắ]p x[eế]p.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AfterArrangement();

    [GeneratedRegex(@"\(([^()]*)\)")]
    private static partial Regex Parenthesis();

    /// <summary>Parses one before_merge text.</summary>
    public static MergeText ParseBeforeMerge(string text)
    {
        // About 1 in 10 rows is in decomposed Unicode (NFD); the type words and " và " are matched in NFC.
        var t = text.Normalize(NormalizationForm.FormC).Trim();
        if (VietnameseText.Fold(t).TrimEnd('.') == "giu nguyen") return new MergeText(true, [], []);

        var unparsed = new List<string>();
        // Đồng Nai's row adds a later event after the list ("… tỉnh Đồng Nai. Từ ngày 30/04/2026, …"): keep it as a note.
        var sentence = Regex.Match(t, @"\.\s+(?=\p{Lu})");
        if (sentence.Success)
        {
            unparsed.Add(t[(sentence.Index + 1)..].Trim());
            t = t[..sentence.Index];
        }

        var parts = new List<MergePart>();
        var extent = MergeExtent.Whole;      // persists along a list: "một phần … của các phường A, B, C"
        string? listType = null;             // type of the previous item, for bare names
        var afterMarker = false;             // previous segment was "một phần diện tích TN" on its own
        foreach (var raw in SplitTopLevel(t))
        {
            var segment = AfterArrangement().Replace(raw, "").Trim().TrimEnd('.').Trim();
            if (segment.Length == 0) continue;

            // Parenthesised remarks qualify this item only.
            var itemExtent = (MergeExtent?)null;
            string? district = null, districtType = null, province = null;
            foreach (Match m in Parenthesis().Matches(segment))
                ReadRemark(m.Groups[1].Value, ref itemExtent, ref district, ref districtType, ref province);
            var bare = Parenthesis().Replace(segment, " ").Trim();

            var type = TypeWord().Match(bare);
            string prefix, typeText, name;
            bool inferred;
            if (type.Success)
            {
                (prefix, typeText, name, inferred) = (bare[..type.Index], type.Value, bare[(type.Index + type.Length)..], false);
            }
            else if (IsMarkerOnly(bare))
            {
                // "một phần diện tích TN" alone: a prefix for the items that follow.
                var marked = ExtentOf(bare);
                extent = marked ?? extent;
                afterMarker = marked is MergeExtent.Part or MergeExtent.Remainder;
                continue;
            }
            else if (IsHoChiMinhCity(bare))
            {
                (prefix, typeText, name, inferred) = ("", "Thành phố", "Hồ Chí Minh", false);
            }
            else if (bare.Length > 0 && (char.IsUpper(bare[0]) || char.IsDigit(bare[0])))
            {
                // A bare name: in a list it has the previous item's type; alone ("Krông Na") its type is unknown ("").
                (prefix, typeText, name, inferred) = ("", listType ?? "", bare, true);
            }
            else
            {
                unparsed.Add(segment);
                continue;
            }

            var announced = ExtentOf(prefix);
            // "một phần diện tích TN, toàn bộ quy mô dân số của X": all the people but only part of the land — still a part.
            if (announced is MergeExtent.Whole && afterMarker) announced = null;
            extent = announced ?? extent;
            afterMarker = false;
            name = CleanName(name);
            if (name.Length == 0) { unparsed.Add(segment); continue; }
            var normalType = SentenceCase(typeText);
            if (normalType.Length > 0) listType = normalType;
            parts.Add(new MergePart(normalType, name, itemExtent ?? extent, inferred, district, districtType, province, segment));
        }
        return new MergeText(false, parts, unparsed);
    }

    /// <summary>Splits on commas, semicolons and " và " outside parentheses.</summary>
    internal static IEnumerable<string> SplitTopLevel(string text)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '(') depth++;
            else if (c == ')') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && (c is ',' or ';'))
            {
                yield return text[start..i];
                start = i + 1;
            }
            else if (depth == 0 && IsWordAt(text, i, "và"))
            {
                yield return text[start..i];
                start = i + 2;
            }
        }
        yield return text[start..];
    }

    static bool IsWordAt(string text, int i, string word) =>
        string.CompareOrdinal(text, i, word, 0, word.Length) == 0
        && (i == 0 || char.IsWhiteSpace(text[i - 1]))
        && (i + word.Length == text.Length || char.IsWhiteSpace(text[i + word.Length]));

    /// <summary>Reads "(huyện X)", "(huyện X, tỉnh Y)", "(Quận 6)", "(phần còn lại …)", "(một phần)"; ignores the rest.</summary>
    static void ReadRemark(string remark, ref MergeExtent? extent, ref string? district, ref string? districtType, ref string? province)
    {
        var folded = VietnameseText.Fold(remark);
        if (folded.Contains("phan con lai")) { extent = MergeExtent.Remainder; return; }
        if (folded.StartsWith("mot phan")) { extent = MergeExtent.Part; return; }
        foreach (var piece in remark.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var m = TypeWord().Match(piece);
            if (!m.Success || m.Index != 0) continue;
            var word = VietnameseText.Fold(m.Value);
            var value = piece[m.Length..].Trim();
            if (value.Length == 0) continue;
            if (word == "tinh") province = value;
            else if (word is "huyen" or "quan" or "thi xa" or "thanh pho")
            {
                // A second district-type word in the same remark would be a province ("thành phố Cần Thơ") — rare; first wins.
                if (district is null) { district = value; districtType = SentenceCase(m.Value); }
                else province ??= value;
            }
        }
    }

    /// <summary>The province rows write Hồ Chí Minh City as "TPHCM".</summary>
    static bool IsHoChiMinhCity(string text) =>
        VietnameseText.Fold(text).Replace(".", "").Replace(" ", "") is "tphcm" or "thanhphohochiminh";

    static bool IsMarkerOnly(string text)
    {
        var f = VietnameseText.Fold(text);
        return f.StartsWith("mot phan") || f.StartsWith("toan bo") || f.StartsWith("phan con lai")
            || f.StartsWith("sap xep") || f.StartsWith("quy mo") || f.Length == 0;
    }

    /// <summary>The extent a prefix announces, or null when it says nothing about extent.</summary>
    static MergeExtent? ExtentOf(string prefix)
    {
        var f = VietnameseText.Fold(prefix);
        if (f.Contains("mot phan")) return MergeExtent.Part;      // also "một phần diện tích, toàn bộ quy mô dân số"
        if (f.Contains("phan con lai")) return MergeExtent.Remainder;
        if (f.Contains("toan bo")) return MergeExtent.Whole;     // also the typo "toàn bố"
        return null;
    }

    /// <summary>Removes a repeated type word ("phường Phường Tiên Nội") and doubled names ("Yên Định  Xã Yên Định").</summary>
    static string CleanName(string name)
    {
        var n = Regex.Replace(name, @"\s+", " ").Trim().TrimEnd('.', ',').Trim();
        var again = TypeWord().Match(n);
        if (again.Success && again.Index == 0) n = n[again.Length..].Trim();   // "các phường Phường X" → "X"
        var inner = TypeWord().Match(n);
        if (inner.Success && inner.Index > 0)
        {
            var before = n[..inner.Index].Trim();
            var after = n[(inner.Index + inner.Length)..].Trim();
            if (VietnameseText.Fold(before) == VietnameseText.Fold(after)) n = before;   // "Yên Định Xã Yên Định"
        }
        return n;
    }

    static string SentenceCase(string typeText)
    {
        var lower = typeText.Trim().ToLowerInvariant();
        return lower.Length == 0 ? lower : char.ToUpperInvariant(lower[0]) + lower[1..];
    }
}
