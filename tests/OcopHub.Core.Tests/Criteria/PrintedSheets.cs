using System.Text.RegularExpressions;

namespace OcopHub.Core.Tests.Criteria;

/// <summary>
/// A deliberately small reader of Phụ lục II of the legal text, independent of the converter in
/// tools/rulebook-extract: it only splits the flattened table into cells ("|" lines) and reads
/// "code cell → next cell is its points" and "tick-box cell → next cell is its points". Points stay
/// strings as printed so that typing errors in the decision show up instead of being repaired.
/// </summary>
internal static partial class PrintedSheets
{
    public sealed record PrintedOption(string Text, string Points, int? Stars);

    /// <summary>A numbered heading (group "7" or criterion "6.1.1") with its printed points and tick-boxes.</summary>
    public sealed record PrintedItem(string Code, string Title, string Points, List<PrintedOption> Options);

    public sealed record PrintedSheet(int SetNo, string Header, string Body, List<PrintedItem> Items);

    public static IReadOnlyList<PrintedSheet> Read(string legalText)
    {
        var lines = legalText.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var annex2 = lines.FindIndex(l => l.Trim() == "PHỤ LỤC II");
        var annex3 = lines.FindIndex(l => l.Trim() == "PHỤ LỤC III");
        var sheets = new List<PrintedSheet>();
        var headerStart = annex2;
        for (var i = annex2; i < annex3; i++)
        {
            if (lines[i].Trim() != "Các tiêu chí") continue;
            var end = lines.FindIndex(i, l => l.Trim() == "TỔNG CỘNG");
            var header = Normalize(string.Join(" ", lines.Skip(headerStart).Take(i - headerStart)));
            var body = lines.Skip(i).Take(end - i).ToList();
            sheets.Add(new PrintedSheet(sheets.Count + 1, header, Normalize(string.Join(" ", body)), ReadItems(Cells(body))));
            headerStart = end + 1;
            i = end;
        }
        return sheets;
    }

    public static string Normalize(string s) => Spaces().Replace(s.Replace('\u00a0', ' '), " ").Trim();

    private static List<string> Cells(IEnumerable<string> lines)
    {
        var cells = new List<string>();
        var current = new List<string>();
        foreach (var line in lines)
        {
            if (line.Trim() == "|") { cells.Add(Normalize(string.Join(" ", current))); current.Clear(); }
            else current.Add(line);
        }
        return cells;
    }

    private static List<PrintedItem> ReadItems(List<string> cells)
    {
        var items = new List<PrintedItem>();
        for (var i = 0; i < cells.Count; i++)
        {
            var next = i + 1 < cells.Count ? cells[i + 1] : "";
            var isPoints = PointsCell().IsMatch(next);
            var box = TickBox().Match(cells[i]);
            if (box.Success && items.Count > 0)
            {
                var text = box.Groups[1].Value;
                var noteAt = text.IndexOf("Ghi chú:", StringComparison.Ordinal);
                if (noteAt > 0) text = text[..noteAt].Trim();
                var stars = StarMark().Match(text);
                items[^1].Options.Add(new PrintedOption(StarMark().Replace(text, "").Trim(), isPoints ? next : "", stars.Success ? stars.Value.Count(c => c == '*') : null));
                continue;
            }
            var part = PartHeading().Match(cells[i]);
            if (part.Success && isPoints)
            {
                items.Add(new PrintedItem(part.Groups[1].Value, cells[i], next, []));
                continue;
            }
            var heading = Heading().Match(cells[i]);
            if (heading.Success && isPoints && next != "")
                items.Add(new PrintedItem(heading.Groups[1].Value, heading.Groups[2].Value, next, []));
        }
        return items;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^[\d ]*$")]
    private static partial Regex PointsCell();

    [GeneratedRegex(@"^(?:□|o )\s*(.*)$")]
    private static partial Regex TickBox();

    [GeneratedRegex(@"^(\d+(?:\.\d+)*)\.?\s+(.*)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?:Phần|PHẦN)\s*([ABC])\b")]
    private static partial Regex PartHeading();

    [GeneratedRegex(@"\s*(\*\s*){3,5}$")]
    private static partial Regex StarMark();
}
