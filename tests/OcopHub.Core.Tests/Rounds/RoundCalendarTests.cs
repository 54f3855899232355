using OcopHub.Core.Rounds;
using static OcopHub.Core.Tests.Calendar.TestCalendars;

namespace OcopHub.Core.Tests.Rounds;

public class RoundCalendarTests
{
    private static readonly RoundCalendar Province = RoundCalendar.Default(RoundLevel.Province);
    private static readonly RoundCalendar Central = RoundCalendar.Default(RoundLevel.Central);

    [Theory]
    [InlineData(2026, 1, 1, 2026, 1)]
    [InlineData(2026, 4, 29, 2026, 1)]   // "trước ngày 30 tháng 4": 29/4 is the last day for round 1
    [InlineData(2026, 4, 30, 2026, 2)]   // 30/4 itself is too late
    [InlineData(2026, 7, 15, 2026, 2)]
    [InlineData(2026, 10, 29, 2026, 2)]
    [InlineData(2026, 10, 30, 2027, 1)]
    [InlineData(2026, 12, 31, 2027, 1)]
    public void Province_round_for_a_proposal_date(int y, int m, int d, int planYear, int number)
    {
        var r = Province.RoundFor(D(y, m, d));
        Assert.Equal((planYear, number), (r.PlanYear, r.Number));
        Assert.Equal(RoundLevel.Province, r.Level);
        Assert.False(r.IsExtra);
    }

    [Fact]
    public void Province_round_dates()
    {
        var rounds = Province.RoundsOf(2026);
        Assert.Equal([D(2026, 4, 30), D(2026, 10, 30)], rounds.Select(r => r.ProposedBefore));
        Assert.Equal([D(2026, 6, 30), D(2026, 12, 30)], rounds.Select(r => r.DecideBefore));
        Assert.Equal(D(2026, 6, 29), rounds[0].LastDayToDecide);
        Assert.Equal(D(2026, 4, 29), rounds[0].LastDayToPropose);
        Assert.True(rounds[0].IsDecisionOnTime(D(2026, 6, 29)));
        Assert.False(rounds[0].IsDecisionOnTime(D(2026, 6, 30)));
        Assert.Equal("Đợt 01 năm 2026 cấp tỉnh", rounds[0].NameVi);
    }

    [Theory]
    [InlineData(2026, 1, 29, 2025, 2, 2026, 3, 30)]   // before 30/01 → decided before 30/3 of the same calendar year
    [InlineData(2026, 1, 30, 2026, 1, 2026, 9, 30)]
    [InlineData(2026, 7, 29, 2026, 1, 2026, 9, 30)]
    [InlineData(2026, 7, 30, 2026, 2, 2027, 3, 30)]
    [InlineData(2026, 12, 31, 2026, 2, 2027, 3, 30)]
    public void Central_round_for_a_proposal_date(int y, int m, int d, int planYear, int number, int dy, int dm, int dd)
    {
        var r = Central.RoundFor(D(y, m, d));
        Assert.Equal((planYear, number), (r.PlanYear, r.Number));
        Assert.Equal(D(dy, dm, dd), r.DecideBefore);
        Assert.Equal(RoundLevel.Central, r.Level);
    }

    [Fact]
    public void Extra_round_takes_dossiers_it_can_decide_sooner()
    {
        var cal = Province.WithExtraRound(2026, D(2026, 8, 15), D(2026, 9, 30), "Quyết định số 12/QĐ-UBND, Kế hoạch số 34/KH-UBND");
        var extra = cal.RoundFor(D(2026, 8, 1));
        Assert.True(extra.IsExtra);
        Assert.Equal(3, extra.Number);
        Assert.Equal("Đợt 03 năm 2026 cấp tỉnh (bổ sung)", extra.NameVi);
        // After the extra round's cut-off, the statutory round 2 still applies.
        Assert.Equal(2, cal.RoundFor(D(2026, 8, 15)).Number);
        // Before 30/4, round 1 decides first.
        Assert.Equal(1, cal.RoundFor(D(2026, 3, 1)).Number);
        Assert.Equal(3, cal.RoundsOf(2026).Count);
        Assert.Equal(2, Province.RoundsOf(2026).Count); // the original is unchanged
    }

    [Fact]
    public void Second_extra_round_is_numbered_4()
    {
        var cal = Province
            .WithExtraRound(2026, D(2026, 2, 1), D(2026, 3, 31), "Kế hoạch A")
            .WithExtraRound(2026, D(2026, 8, 15), D(2026, 9, 30), "Kế hoạch B");
        Assert.Equal(new[] { 1, 2, 3, 4 }, cal.RoundsOf(2026).Select(r => r.Number).Order());
        Assert.Equal(3, cal.RoundFor(D(2026, 1, 10)).Number);
        Assert.Equal(4, cal.RoundFor(D(2026, 8, 1)).Number);
    }

    [Fact]
    public void Extra_round_needs_a_basis_and_sane_dates()
    {
        Assert.Throws<ArgumentException>(() => Province.WithExtraRound(2026, D(2026, 8, 15), D(2026, 9, 30), " "));
        Assert.Throws<ArgumentException>(() => Province.WithExtraRound(2026, D(2026, 9, 30), D(2026, 9, 30), "KH"));
        Assert.Throws<ArgumentException>(() => Province.WithExtraRound(2026, D(2026, 4, 30), D(2026, 6, 30), "KH"));
    }

    [Fact]
    public void Every_day_of_a_year_has_exactly_one_round_and_it_accepts_the_day()
    {
        for (var d = D(2026, 1, 1); d <= D(2026, 12, 31); d = d.AddDays(1))
        {
            foreach (var cal in new[] { Province, Central })
            {
                var r = cal.RoundFor(d);
                Assert.True(r.Accepts(d));
                Assert.True(r.DecideBefore > d);
                Assert.True((r.DecideBefore.DayNumber - d.DayNumber) <= 245, $"{d} waits too long for {r.NameVi}");
            }
        }
    }

    [Fact]
    public void Undefined_level_throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RoundCalendar.Default((RoundLevel)7));
        Assert.Throws<ArgumentOutOfRangeException>(() => RoundCalendar.StatutoryRounds((RoundLevel)7, 2026));
    }
}
