using System.Text.RegularExpressions;
using OcopHub.Core.Criteria;

namespace OcopHub.Core.Tests.Criteria;

/// <summary>The committed 26-2026 data file: classification, bands and the arithmetic of every sheet.</summary>
public partial class Rulebook26DataTests
{
    private static Rulebook Rulebook => RulebookFiles.Load("26-2026");

    public static TheoryData<int> SetNumbers() => [.. Enumerable.Range(1, 26)];

    private static ScoreSheet Sheet(int setNo) => Rulebook.FindSheet(setNo) ?? throw new Xunit.Sdk.XunitException($"no sheet {setNo}");

    [Fact]
    public void Identity_and_period()
    {
        Assert.Equal("26-2026", Rulebook.Id);
        Assert.Equal("Quyết định 26/2026/QĐ-TTg", Rulebook.Name);
        Assert.Equal(new DateOnly(2026, 5, 22), Rulebook.EffectiveFrom);
        Assert.Null(Rulebook.EffectiveTo);
        Assert.True(Rulebook.IsInForceOn(new DateOnly(2026, 11, 23)));
        Assert.False(Rulebook.IsInForceOn(new DateOnly(2026, 5, 21)));
    }

    [Fact]
    public void The_validator_finds_nothing() => Assert.Empty(RulebookValidator.Validate(Rulebook));

    [Fact]
    public void Classification_is_6_sectors_17_groups_26_sets()
    {
        Assert.Equal(["I", "II", "III", "IV", "V", "VI"], Rulebook.Sectors.Select(s => s.Code));
        Assert.Equal(Enumerable.Range(1, 17), Rulebook.Sectors.SelectMany(s => s.Groups).Select(g => g.No));
        Assert.Equal(Enumerable.Range(1, 26), Rulebook.AllSets.Select(s => s.No));
        int[][] setsBySector = [[.. Enumerable.Range(1, 13)], [14, 15, 16, 17], [18, 19, 20], [21, 22], [23, 24, 25], [26]];
        Assert.Equal(setsBySector, Rulebook.Sectors.Select(s => s.Groups.SelectMany(g => g.Sets).Select(x => x.No).ToArray()));
        Assert.All(Rulebook.AllSets, s => Assert.False(string.IsNullOrWhiteSpace(s.NameEn)));
        Assert.Equal("Bộ Y tế", Rulebook.FindSet(16)!.LeadMinistry);
        Assert.Equal("Bộ Công Thương", Rulebook.FindSet(14)!.LeadMinistry);
    }

    [Fact]
    public void Star_bands_are_those_of_article_3_3()
    {
        var bands = Rulebook.Bands.OrderByDescending(b => b.Stars).Select(b => (b.Stars, b.MinInclusive, b.MaxExclusive));
        Assert.Equal([(5, 90m, (decimal?)null), (4, 70m, 90m), (3, 50m, 70m), (2, 30m, 50m), (1, 0m, 30m)], bands);
        Assert.Contains("Bộ trưởng", Rulebook.Bands.Single(b => b.Stars == 5).RecognisedBy);
        Assert.Contains("UBND cấp tỉnh", Rulebook.Bands.Single(b => b.Stars == 3).RecognisedBy);
    }

    [Theory]
    [MemberData(nameof(SetNumbers))]
    public void Sheet_adds_up_to_100_in_parts_of_40_25_35(int setNo)
    {
        var sheet = Sheet(setNo);
        Assert.Equal(100m, sheet.Max);
        Assert.Equal([("A", 40m), ("B", 25m), ("C", 35m)], sheet.Parts.Select(p => (p.Code, p.Max)));
        Assert.All(sheet.Parts, p => Assert.Equal(p.Max, p.Groups.Sum(g => g.Max)));
        Assert.All(sheet.Parts.SelectMany(p => p.Groups), g => Assert.Equal(g.Max, g.Criteria.Sum(c => c.Max)));
    }

    [Theory]
    [MemberData(nameof(SetNumbers))]
    public void Each_criterions_best_option_is_its_maximum(int setNo) =>
        Assert.All(Sheet(setNo).AllCriteria, c => Assert.Equal(c.Max, c.Options.Max(o => o.Points)));

    [Theory]
    [MemberData(nameof(SetNumbers))]
    public void Option_ids_are_unique_and_follow_the_scheme(int setNo)
    {
        var sheet = Sheet(setNo);
        var ids = sheet.AllCriteria.SelectMany(c => c.Options).Select(o => o.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(sheet.AllCriteria, c =>
        {
            var letters = c.Options.Select(o => o.Letter);
            if (c.Kind == CriterionKind.YesNo) Assert.Equal(["yes", "no"], letters);
            else Assert.Equal(c.Options.Select((_, i) => ((char)('a' + i)).ToString()), letters);
            Assert.All(c.Options, o => Assert.Equal($"{c.Code}.{o.Letter}", o.Id));
            Assert.All(c.Options, o => Assert.Matches(OptionId(), o.Id));
        });
    }

    [Theory]
    [MemberData(nameof(SetNumbers))]
    public void Groups_are_numbered_in_printed_order_and_codes_belong_to_their_group(int setNo)
    {
        var groups = Sheet(setNo).Parts.SelectMany(p => p.Groups).ToList();
        Assert.Equal(Enumerable.Range(1, groups.Count), groups.Select(g => g.No));
        Assert.All(groups, g => Assert.All(g.Criteria, c => Assert.True(c.Code == $"{g.No}" || c.Code.StartsWith($"{g.No}."), c.Code)));
    }

    [Theory]
    [MemberData(nameof(SetNumbers))]
    public void Parts_groups_and_criteria_have_english_titles(int setNo)
    {
        var sheet = Sheet(setNo);
        Assert.All(sheet.Parts, p => Assert.False(string.IsNullOrWhiteSpace(p.TitleEn)));
        Assert.All(sheet.Parts.SelectMany(p => p.Groups), g => Assert.False(string.IsNullOrWhiteSpace(g.TitleEn)));
        Assert.All(sheet.AllCriteria, c => Assert.False(string.IsNullOrWhiteSpace(c.TitleEn)));
    }

    [Fact]
    public void Yes_no_criteria_the_extraction_lost_have_their_options()
    {
        foreach (var set in Enumerable.Range(1, 20))
            Assert.Equal(CriterionKind.YesNo, Sheet(set).AllCriteria.Single(c => c.Code == "2.4").Kind);
        foreach (var set in new[] { 21, 22 })
            Assert.Equal(CriterionKind.YesNo, Sheet(set).AllCriteria.Single(c => c.Code == "2.3").Kind);
        var bilingual = Sheet(1).AllCriteria.Single(c => c.Code == "2.4");
        Assert.Equal((1m, 0m), (bilingual.FindOption("yes")!.Points, bilingual.FindOption("no")!.Points));
    }

    [Theory]
    [InlineData(11)]
    [InlineData(13)]
    public void Sub_criteria_of_sets_11_and_13_are_separate_leaves(int setNo)
    {
        var sheet = Sheet(setNo);
        Assert.DoesNotContain(sheet.AllCriteria, c => c.Code == "6.1");
        var foreignMatter = sheet.AllCriteria.Single(c => c.Code == "6.1.1");
        Assert.Equal("6.1", foreignMatter.Parent);
        Assert.Equal(2m, foreignMatter.Max);
        Assert.Equal([0m, 1m, 2m], foreignMatter.Options.Select(o => o.Points));
    }

    [Fact]
    public void Criteria_without_a_zero_box_allow_none()
    {
        var labour = Sheet(1).AllCriteria.Single(c => c.Code == "3.3");
        Assert.True(labour.AllowsNone);
        Assert.False(Sheet(1).AllCriteria.Single(c => c.Code == "1.2").AllowsNone);
        Assert.All(Rulebook.Sheets.SelectMany(s => s.AllCriteria), c =>
            Assert.Equal(c.Kind == CriterionKind.SingleChoice && c.Options.All(o => o.Points != 0), c.AllowsNone));
    }

    [Fact]
    public void Star_minima_of_set_8_are_those_listed_in_the_rules()
    {
        var sheet = Sheet(8);
        string[] threeStar = ["3.5", "2.3", "2.2", "8", "9"];
        string[] fourStar = ["2.3", "4.1", "3.4", "9", "5.1"];
        var marked = (int stars) => sheet.AllCriteria.Where(c => c.Options.Any(o => o.MinimumForStars == stars)).Select(c => c.Code).ToHashSet();
        Assert.Superset(threeStar.ToHashSet(), marked(3));
        Assert.Superset(fourStar.ToHashSet(), marked(4));
        Assert.Contains("mã truy xuất nguồn gốc điện tử", sheet.AllCriteria.Single(c => c.Code == "2.3").Options.Single(o => o.MinimumForStars == 4).Text);
    }

    [Fact]
    public void Knock_out_notes_are_recorded_where_the_rules_say()
    {
        static bool Has(ScoreSheet s, string code, KnockOutEffect effect, string words) =>
            s.AllCriteria.Any(c => c.Code == code && c.KnockOuts.Any(k => k.Effect == effect && k.Condition.Contains(words)));
        foreach (var set in Enumerable.Range(7, 9).Concat([18, 19, 20]))
            Assert.True(Has(Sheet(set), "1.1", KnockOutEffect.Eliminated, "toàn bộ nguyên liệu"), $"set {set} 1.1");
        foreach (var set in Enumerable.Range(5, 10))
            Assert.True(Has(Sheet(set), "2.1", KnockOutEffect.Eliminated, "giống hệt"), $"set {set} 2.1");
        foreach (var set in new[] { 19, 20 })
            Assert.Contains(Sheet(set).AllCriteria.SelectMany(c => c.KnockOuts), k => k.Effect == KnockOutEffect.StopsEvaluation && k.Condition.Contains("công bố"));
        var sensory16 = Sheet(16).Parts.Single(p => p.Code == "C").Groups.Single(g => g.No == 6).Criteria;
        Assert.All(sensory16, c => Assert.All(c.Options.Where(o => o.Points == 0), o => Assert.True(o.KnockOut && o.KnockOutReason is not null, o.Id)));
        Assert.DoesNotContain(Sheet(1).AllCriteria.SelectMany(c => c.Options), o => o.KnockOut);
    }

    [Fact]
    public void Dossier_disqualifiers_and_text_inconsistencies_are_recorded()
    {
        Assert.All(Enumerable.Range(1, 25), set => Assert.Contains(Sheet(set).Disqualifiers, d => d.Code == "forged-dossier"));
        Assert.All(Enumerable.Range(1, 25), set => Assert.Contains(Sheet(set).Disqualifiers, d => d.Code == "registration-dossier"));
        Assert.Contains(Sheet(1).Disqualifiers, d => d.Code == "facility-certificate");
        Assert.All(new[] { 15, 17 }, set => Assert.Contains(Sheet(set).Disqualifiers, d => d.Code == "production-licence"));
        Assert.All(new[] { 19, 20 }, set => Assert.Contains(Sheet(set).Disqualifiers, d => d.Code == "product-declaration"));
        Assert.DoesNotContain(Rulebook.Sheets.SelectMany(s => s.Disqualifiers), d => d.Code.StartsWith("clause-"));
        Assert.Empty(Sheet(26).Disqualifiers);
        Assert.Contains(Sheet(26).CurationNotes, n => n.Contains("35 Điểm"));
        Assert.Contains(Sheet(23).CurationNotes, n => n.Contains("Group 9"));
        Assert.NotEmpty(Rulebook.CurationNotes);
    }

    [GeneratedRegex(@"^\d+(\.\d+)*\.([a-z]|yes|no)$")]
    private static partial Regex OptionId();
}
