using OcopHub.Core.Criteria;

namespace OcopHub.Core.Tests.Criteria;

/// <summary>148-2023 and 1048-2019: classification, bands and periods (their sheets are not transcribed).</summary>
public class OlderRulebookTests
{
    private static Rulebook R148 => RulebookFiles.Load("148-2023");
    private static Rulebook R1048 => RulebookFiles.Load("1048-2019");
    private static Rulebook R26 => RulebookFiles.Load("26-2026");

    [Fact]
    public void Rulebooks_follow_each_other_without_gaps()
    {
        Assert.Equal(new DateOnly(2019, 8, 21), R1048.EffectiveFrom);
        Assert.Equal(R148.EffectiveFrom.AddDays(-1), R1048.EffectiveTo);
        Assert.Equal(new DateOnly(2023, 2, 24), R148.EffectiveFrom);
        // 148 overlaps 26/2026 for 60 days (26/2026 Art. 11.2): dossiers filed before 22/05/2026 finish under it.
        Assert.Equal(new DateOnly(2026, 7, 21), R148.EffectiveTo);
        Assert.True(R148.IsInForceOn(R26.EffectiveFrom) && R26.IsInForceOn(R26.EffectiveFrom));
    }

    [Fact]
    public void The_1489_amendment_is_a_period_of_148()
    {
        Assert.Equal([(new DateOnly(2023, 2, 24), (DateOnly?)new DateOnly(2025, 7, 5)), (new DateOnly(2025, 7, 6), new DateOnly(2026, 7, 21))],
            R148.Periods.Select(p => (p.From, p.To)));
        Assert.Contains("1489", R148.Periods[1].LegalBasis);
        Assert.Contains("781", R1048.Periods[1].LegalBasis);
    }

    [Fact]
    public void Classification_of_148_has_26_sets_under_the_agriculture_ministry_of_the_time()
    {
        Assert.Equal(26, R148.AllSets.Count());
        Assert.Equal(6, R148.Sectors.Count);
        Assert.DoesNotContain(R148.AllSets, s => s.LeadMinistry.Contains("Môi trường"));
        Assert.Equal("Bộ Nông nghiệp và Phát triển nông thôn", R148.FindSet(1)!.LeadMinistry);
    }

    [Fact]
    public void Classification_of_1048_has_its_own_six_sectors()
    {
        Assert.Equal(["Thực phẩm", "Đồ uống", "Thảo dược", "Vải và may mặc", "Lưu niệm - nội thất - trang trí", "Dịch vụ du lịch nông thôn, bán hàng"],
            R1048.Sectors.Select(s => s.Name));
    }

    [Theory]
    [InlineData("148-2023")]
    [InlineData("1048-2019")]
    public void Bands_are_90_70_50_30_and_sheets_are_not_transcribed(string id)
    {
        var rb = RulebookFiles.Load(id);
        Assert.Equal([90m, 70m, 50m, 30m, 0m], rb.Bands.OrderByDescending(b => b.Stars).Select(b => b.MinInclusive));
        Assert.Empty(rb.Sheets);
        Assert.Contains(rb.CurationNotes, n => n.StartsWith("SOURCED"));
        Assert.Contains(rb.CurationNotes, n => n.StartsWith("NOT SOURCED"));
    }
}
