using System.Globalization;
using OcopHub.Core.Criteria;

namespace OcopHub.Core.Tests.Criteria;

/// <summary>
/// Compares a rulebook's sheets with the printed sheets read by <see cref="PrintedSheets"/>: every numbered
/// heading's points, every tick-box's text, points and star marker. Differences the curation made on purpose
/// are listed in <see cref="KnownDeviations"/>; anything else is reported.
/// </summary>
internal static class LegalTextComparison
{
    /// <summary>(set, code or option id) → (as printed, as recorded). Each is explained in the sheet's curationNotes.</summary>
    public static readonly IReadOnlyDictionary<(int Set, string Key), (string Printed, string Recorded)> KnownDeviations =
        new Dictionary<(int, string), (string, string)>
        {
            [(4, "7.c")] = ("13", "3"),       // typing error: above the group maximum of 3
            [(11, "6.1.1.b")] = ("11", "1"),  // typing error: above the criterion maximum of 2
            [(23, "9")] = ("4 1", "4"),       // two numbers in one points cell
            [(4, "1.2.a")] = ("", "0"),       // tick-box printed with an empty points cell
            [(7, "1.2.a")] = ("", "0"),
            [(10, "1.2.a")] = ("", "0"),
            [(11, "1.2.a")] = ("", "0"),
        };

    public static List<string> Compare(Rulebook rulebook, PrintedSheets.PrintedSheet printed)
    {
        var errors = new List<string>();
        var set = printed.SetNo;
        if (rulebook.FindSheet(set) is not { } sheet) return [$"Set {set}: no sheet in the rulebook."];

        var recorded = RecordedHeadings(sheet);
        var printedHeadings = new Dictionary<string, PrintedSheets.PrintedItem>();
        foreach (var item in printed.Items) printedHeadings.TryAdd(item.Code, item);

        foreach (var code in recorded.Keys.Except(printedHeadings.Keys)) errors.Add($"Set {set}: {code} is recorded but not printed.");
        foreach (var code in printedHeadings.Keys.Except(recorded.Keys)) errors.Add($"Set {set}: {code} is printed but not recorded.");
        foreach (var (code, max) in recorded)
            if (printedHeadings.TryGetValue(code, out var item)) Check(errors, set, code, item.Points, max, "maximum");

        var criteria = sheet.AllCriteria.ToDictionary(c => c.Code);
        foreach (var item in printed.Items.Where(i => char.IsDigit(i.Code[0])))
        {
            if (!criteria.TryGetValue(item.Code, out var criterion)) continue; // a group or a sub-criteria heading
            if (item.Options.Count == 0)
            {
                if (criterion.Kind != CriterionKind.YesNo) errors.Add($"Set {set}: {item.Code} prints no tick-boxes but is recorded as {criterion.Kind}.");
                continue;
            }
            if (criterion.Kind != CriterionKind.SingleChoice || criterion.Options.Count != item.Options.Count)
            {
                errors.Add($"Set {set}: {item.Code} prints {item.Options.Count} tick-boxes, recorded {criterion.Options.Count} ({criterion.Kind}).");
                continue;
            }
            for (var i = 0; i < item.Options.Count; i++)
            {
                var (p, o) = (item.Options[i], criterion.Options[i]);
                Check(errors, set, o.Id, p.Points, o.Points, "points");
                if (p.Stars != o.MinimumForStars) errors.Add($"Set {set}: {o.Id} star marker printed {p.Stars}, recorded {o.MinimumForStars}.");
                if (PrintedSheets.Normalize(p.Text) != o.Text) errors.Add($"Set {set}: {o.Id} text differs: printed '{p.Text}', recorded '{o.Text}'.");
            }
        }
        return errors;
    }

    /// <summary>Every heading the printed sheet numbers: parts, groups, criteria and sub-criteria headings.</summary>
    private static Dictionary<string, decimal> RecordedHeadings(ScoreSheet sheet)
    {
        var headings = new Dictionary<string, decimal>();
        foreach (var part in sheet.Parts)
        {
            headings[part.Code] = part.Max;
            foreach (var group in part.Groups)
            {
                headings[group.No.ToString(CultureInfo.InvariantCulture)] = group.Max;
                foreach (var c in group.Criteria)
                {
                    headings[c.Code] = c.Max;
                    if (c.Parent is not null)
                        headings[c.Parent] = group.Criteria.Where(x => x.Parent == c.Parent).Sum(x => x.Max);
                }
            }
        }
        return headings;
    }

    private static void Check(List<string> errors, int set, string key, string printed, decimal recorded, string what)
    {
        var recordedText = recorded.ToString(CultureInfo.InvariantCulture);
        if (KnownDeviations.TryGetValue((set, key), out var known))
        {
            if (printed != known.Printed || recordedText != known.Recorded)
                errors.Add($"Set {set}: {key} {what} was a known deviation ({known.Printed} → {known.Recorded}) but is now printed '{printed}', recorded {recordedText}.");
            return;
        }
        if (printed != recordedText) errors.Add($"Set {set}: {key} {what} printed '{printed}', recorded {recordedText}.");
    }
}
