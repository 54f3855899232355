using System.Text.RegularExpressions;
using OcopHub.Core.Criteria;

namespace OcopHub.Core.Tests.Criteria;

/// <summary>The 26-2026 data file against the legal text it was converted from, read by an independent parser.</summary>
public class Rulebook26LegalTextTests
{
    private static readonly Lazy<IReadOnlyList<PrintedSheets.PrintedSheet>> Printed = new(() => PrintedSheets.Read(RulebookFiles.LegalText26));
    private static Rulebook Rulebook => RulebookFiles.Load("26-2026");
    private static string Text => PrintedSheets.Normalize(RulebookFiles.LegalText26);

    public static TheoryData<int> SetNumbers() => [.. Enumerable.Range(1, 26)];

    [Fact]
    public void The_text_prints_26_scoring_sheets() => Assert.Equal(26, Printed.Value.Count);

    [Theory]
    [MemberData(nameof(SetNumbers))]
    public void Sheet_matches_the_printed_sheet(int setNo)
    {
        var differences = LegalTextComparison.Compare(Rulebook, Printed.Value[setNo - 1]);
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    [Theory]
    [MemberData(nameof(SetNumbers))]
    public void Printed_sheet_has_its_headings_and_tick_boxes(int setNo)
    {
        // Guards the test parser itself: an empty reading would make the comparison vacuous.
        var printed = Printed.Value[setNo - 1];
        Assert.Equal(["A", "B", "C"], printed.Items.Where(i => !char.IsDigit(i.Code[0])).Select(i => i.Code));
        Assert.True(printed.Items.Sum(i => i.Options.Count) >= 80, $"only {printed.Items.Sum(i => i.Options.Count)} tick-boxes read");
        Assert.Contains(printed.Items, i => i.Code == "1.1");
    }

    [Theory]
    [MemberData(nameof(SetNumbers))]
    public void Every_printed_tick_box_and_star_marker_is_recorded(int setNo)
    {
        // Counted over the raw sheet text, whatever cell they sit in, so that none hides from the readers.
        var body = Printed.Value[setNo - 1].Body;
        var sheet = Rulebook.FindSheet(setNo)!;
        var options = sheet.AllCriteria.Where(c => c.Kind == CriterionKind.SingleChoice).SelectMany(c => c.Options).ToList();
        Assert.Equal(Regex.Count(body, @"□|\| o "), options.Count);
        Assert.Equal(Regex.Count(body, @"\*(\s*\*){2,4}"), options.Count(o => o.MinimumForStars is not null));
    }

    [Fact]
    public void Every_known_deviation_is_explained_in_its_sheets_curation_notes()
    {
        foreach (var ((set, key), (printed, recorded)) in LegalTextComparison.KnownDeviations)
        {
            var notes = string.Join(" ", Rulebook.FindSheet(set)!.CurationNotes);
            var criterion = key.Contains('.') ? key[..key.LastIndexOf('.')] : key;
            Assert.True(notes.Contains(criterion) || notes.Contains(key), $"set {set}: no curation note for {key} ({printed} → {recorded})");
        }
    }

    [Fact]
    public void Comparison_reports_changed_points_stars_text_and_maxima()
    {
        var broken = RulebookTampering.Edit("26-2026", root =>
        {
            RulebookTampering.Option(root, 8, "1.3.b")["points"] = 9;
            RulebookTampering.Option(root, 8, "2.3.a")["minimumForStars"] = 4;
            RulebookTampering.Option(root, 8, "4.2.a")["text"] = "Không có ai";
            RulebookTampering.Criterion(root, 8, "3.3")["max"] = 4;
        });
        var differences = string.Join("\n", LegalTextComparison.Compare(broken, Printed.Value[7]));
        Assert.Contains("1.3.b points printed", differences);
        Assert.Contains("2.3.a star marker printed 3, recorded 4", differences);
        Assert.Contains("4.2.a text differs", differences);
        Assert.Contains("3.3 maximum printed '3', recorded 4", differences);
    }

    [Fact]
    public void Comparison_reports_a_repaired_typing_error_that_is_undone()
    {
        var broken = RulebookTampering.Edit("26-2026", root => RulebookTampering.Option(root, 11, "6.1.1.b")["points"] = 11);
        Assert.Contains(LegalTextComparison.Compare(broken, Printed.Value[10]), d => d.Contains("6.1.1.b"));
    }

    [Fact]
    public void Set_names_are_those_of_the_annex_II_index() =>
        Assert.All(Rulebook.AllSets, set => Assert.Contains($"{set.No} | Bộ sản phẩm: {set.Name} |", Text));

    [Fact]
    public void Group_names_and_lead_ministries_are_those_of_annex_I()
    {
        var annex1 = Text[Text.IndexOf("PHỤ LỤC I DANH MỤC", StringComparison.Ordinal)..Text.IndexOf("PHỤ LỤC II", StringComparison.Ordinal)];
        Assert.All(Rulebook.Sectors.SelectMany(s => s.Groups), g => Assert.Contains($"Nhóm: {g.Name}", annex1));
        Assert.All(Rulebook.Sectors, s => Assert.Contains(s.Name.ToUpperInvariant(), annex1));
        Assert.All(Rulebook.AllSets.SelectMany(s => s.LeadMinistry.Split("; ")), m => Assert.Contains(m, annex1));
    }

    [Fact]
    public void Disqualifiers_are_printed_in_their_sheet_header()
    {
        foreach (var sheet in Rulebook.Sheets)
        {
            var header = Printed.Value[sheet.SetNo - 1].Header;
            Assert.All(sheet.Disqualifiers, d => Assert.Contains(d.Text, header));
            Assert.Equal(header.Contains("Bị loại khi", StringComparison.OrdinalIgnoreCase), sheet.Disqualifiers.Count > 0);
        }
    }

    [Fact]
    public void Notes_and_knock_out_conditions_are_printed_text() =>
        Assert.All(Rulebook.Sheets.SelectMany(s => s.AllCriteria), c =>
        {
            Assert.All(c.Notes, n => Assert.Contains(n, Text));
            Assert.All(c.KnockOuts, k => Assert.Contains(k.Condition, Text));
        });

    [Fact]
    public void Effective_date_is_the_one_in_article_11()
    {
        Assert.Contains("Quyết định này có hiệu lực thi hành từ ngày 22 tháng 5 năm 2026", Text);
        Assert.Equal(new DateOnly(2026, 5, 22), Rulebook.EffectiveFrom);
    }
}
