using OcopHub.Core.Calendar;

namespace OcopHub.Core.Tests.Calendar;

public class LunarCalendarTests
{
    [Theory]
    [InlineData(1985, 1, 21)] // Vietnam's Tết differs from China's (20/2) because of UTC+7
    [InlineData(2007, 2, 17)] // China: 18/2
    [InlineData(2020, 1, 25)]
    [InlineData(2021, 2, 12)]
    [InlineData(2022, 2, 1)]
    [InlineData(2023, 1, 22)]
    [InlineData(2024, 2, 10)]
    [InlineData(2025, 1, 29)]
    [InlineData(2026, 2, 17)]
    [InlineData(2027, 2, 6)]
    [InlineData(2028, 1, 26)]
    [InlineData(2030, 2, 2)]  // new moon at 23:07 UTC+7 on 2/2: China (UTC+8) has 3/2
    public void Tet_day_matches_the_published_calendar(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), LunarCalendar.TetDay(year));

    [Theory]
    [InlineData(2020, 4, 2)]
    [InlineData(2021, 4, 21)]
    [InlineData(2023, 4, 29)]
    [InlineData(2024, 4, 18)]
    [InlineData(2025, 4, 7)]
    [InlineData(2026, 4, 26)]
    [InlineData(2027, 4, 16)]
    public void Hung_Kings_day_10_3_lunar(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), LunarCalendar.ToSolar(new LunarDate(year, 3, 10, false)));

    [Fact]
    public void Leap_month_2_of_2023_starts_22_March()
    {
        Assert.Equal(new LunarDate(2023, 2, 1, true), LunarCalendar.FromSolar(new DateOnly(2023, 3, 22)));
        Assert.Equal(new DateOnly(2023, 3, 22), LunarCalendar.ToSolar(new LunarDate(2023, 2, 1, true)));
        Assert.Equal(new DateOnly(2023, 2, 20), LunarCalendar.ToSolar(new LunarDate(2023, 2, 1, false)));
    }

    [Fact]
    public void Leap_month_6_of_2025_starts_25_July() =>
        Assert.Equal(new LunarDate(2025, 6, 1, true), LunarCalendar.FromSolar(new DateOnly(2025, 7, 25)));

    [Fact]
    public void Day_before_Tet_belongs_to_the_old_lunar_year_month_12()
    {
        var eve = LunarCalendar.FromSolar(new DateOnly(2026, 2, 16));
        Assert.Equal(2025, eve.Year);
        Assert.Equal(12, eve.Month);
        Assert.Equal(29, eve.Day); // tháng Chạp Ất Tỵ is short: no "30 Tết" in 2026
    }

    [Fact]
    public void Round_trip_every_day_2019_to_2031()
    {
        for (var d = new DateOnly(2019, 1, 1); d <= new DateOnly(2031, 12, 31); d = d.AddDays(1))
            Assert.Equal(d, LunarCalendar.ToSolar(LunarCalendar.FromSolar(d)));
    }

    [Fact]
    public void Asking_for_a_leap_month_that_does_not_exist_throws()
    {
        Assert.Throws<ArgumentException>(() => LunarCalendar.ToSolar(new LunarDate(2024, 3, 1, true)));
        Assert.Throws<ArgumentException>(() => LunarCalendar.ToSolar(new LunarDate(2023, 3, 1, true)));
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarCalendar.ToSolar(new LunarDate(2023, 13, 1, false)));
    }
}

public class HungKingsRangeTests
{
    [Fact]
    public void Hung_Kings_day_never_meets_30_April_or_1_May()
    {
        // Why LabourCodeHolidays needs no rule for two holidays on one date.
        for (var y = 1990; y <= 2100; y++)
        {
            var d = LunarCalendar.ToSolar(new LunarDate(y, 3, 10, false));
            Assert.InRange(d, new DateOnly(y, 3, 30), new DateOnly(y, 4, 29));
        }
    }
}
