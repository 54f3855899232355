using OcopHub.Core.Councils;

namespace OcopHub.Core.Tests.Councils;

public class CouncilRulesTests
{
    private static readonly CouncilDraft Valid = new("Hội đồng tỉnh", new DateOnly(2026, 1, 1), new DateOnly(2030, 12, 31),
        ["chu.tich", "thanh.vien2", "thanh.vien3"], "chu.tich", "thanh.vien3", 3, 4, 10m);

    [Fact]
    public void A_sensible_council_is_valid() => Assert.Empty(CouncilRules.Validate(Valid));

    [Fact]
    public void Name_and_term_are_required_and_the_term_cannot_end_before_it_starts()
    {
        var e = CouncilRules.Validate(Valid with { Name = " ", TermFrom = null, TermTo = null });
        Assert.Equal(["name", "termFrom", "termTo"], e.Keys.Order());
        var backwards = CouncilRules.Validate(Valid with { TermTo = new DateOnly(2025, 12, 31) });
        Assert.Equal("Ngày kết thúc nhiệm kỳ phải từ ngày bắt đầu trở đi.", Assert.Single(backwards["termTo"]));
        Assert.Empty(CouncilRules.Validate(Valid with { TermTo = Valid.TermFrom }));
        Assert.Contains("name", CouncilRules.Validate(Valid with { Name = new string('x', 301) }).Keys);
    }

    [Fact]
    public void The_chair_and_the_secretary_must_be_members()
    {
        Assert.Equal("Chủ tịch Hội đồng phải là một thành viên trong danh sách.", CouncilRules.Validate(Valid with { Chair = "nguoi.ngoai" })["chair"][0]);
        Assert.Contains("chair", CouncilRules.Validate(Valid with { Chair = null }).Keys);
        Assert.Contains("secretary", CouncilRules.Validate(Valid with { Secretary = "nguoi.ngoai" }).Keys);
        Assert.Empty(CouncilRules.Validate(Valid with { Secretary = null }));
        // User names compare without case, as Identity does.
        Assert.Empty(CouncilRules.Validate(Valid with { Chair = "CHU.TICH" }));
    }

    [Fact]
    public void Members_are_needed_once_each()
    {
        Assert.Contains("members", CouncilRules.Validate(Valid with { Members = [], Chair = null, Secretary = null }).Keys);
        Assert.Contains("trùng", CouncilRules.Validate(Valid with { Members = ["chu.tich", "Chu.Tich"] })["members"][0]);
        Assert.Empty(CouncilRules.Validate(Valid with { Members = ["chu.tich", " ", "thanh.vien3"] }));
    }

    [Theory]
    [InlineData(3, 4, true)]
    [InlineData(1, 2, true)]
    [InlineData(2, 3, true)]
    [InlineData(1, 1, true)]
    [InlineData(1, 3, false)]   // below half
    [InlineData(5, 4, false)]   // more than everyone
    [InlineData(0, 4, false)]
    [InlineData(3, 0, false)]
    [InlineData(-1, 2, false)]
    [InlineData(60, 101, false)]
    public void Quorum_must_be_between_half_and_all_members(int numerator, int denominator, bool valid) =>
        Assert.Equal(valid, !CouncilRules.Validate(Valid with { QuorumNumerator = numerator, QuorumDenominator = denominator }).ContainsKey("quorum"));

    [Theory]
    [InlineData("-1", false)]
    [InlineData("0", true)]
    [InlineData("10", true)]
    [InlineData("100", true)]
    [InlineData("100.5", false)]
    public void Spread_limit_is_a_number_of_points(string limit, bool valid) =>
        Assert.Equal(valid, !CouncilRules.Validate(Valid with { SpreadLimit = decimal.Parse(limit, System.Globalization.CultureInfo.InvariantCulture) }).ContainsKey("spreadLimit"));

    [Theory]
    [InlineData(3, 3, 4, 3)]
    [InlineData(4, 3, 4, 3)]
    [InlineData(5, 3, 4, 4)]
    [InlineData(5, 1, 2, 3)]
    [InlineData(1, 1, 1, 1)]
    public void Quorum_is_the_ceiling_of_the_fraction(int members, int numerator, int denominator, int expected) =>
        Assert.Equal(expected, CouncilRules.Quorum(members, numerator, denominator));
}
