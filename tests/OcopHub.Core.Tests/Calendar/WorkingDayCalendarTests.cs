using OcopHub.Core.Calendar;
using static OcopHub.Core.Tests.Calendar.TestCalendars;

namespace OcopHub.Core.Tests.Calendar;

public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Cal = Vietnam;

    [Theory]
    [InlineData(2026, 11, 23, true)]  // Monday
    [InlineData(2026, 11, 21, false)] // Saturday
    [InlineData(2026, 11, 22, false)] // Sunday
    [InlineData(2026, 1, 1, false)]   // Tết Dương lịch
    [InlineData(2026, 1, 2, false)]   // swapped into the New Year run
    [InlineData(2026, 1, 10, true)]   // the Saturday worked in exchange
    [InlineData(2026, 2, 13, true)]   // Friday before the Tết run
    [InlineData(2026, 2, 16, false)]
    [InlineData(2026, 2, 17, false)]  // mùng 1 Tết Bính Ngọ
    [InlineData(2026, 2, 20, false)]
    [InlineData(2026, 2, 23, true)]   // back to work
    [InlineData(2026, 4, 27, false)]  // compensatory for Hùng Vương on Sunday 26/4
    [InlineData(2026, 4, 28, true)]
    [InlineData(2026, 4, 30, false)]
    [InlineData(2026, 5, 1, false)]
    [InlineData(2026, 8, 22, true)]   // Saturday worked
    [InlineData(2026, 8, 31, false)]  // swapped
    [InlineData(2026, 9, 1, false)]
    [InlineData(2026, 9, 2, false)]
    [InlineData(2026, 9, 3, true)]
    [InlineData(2025, 1, 27, false)]  // Tết Ất Tỵ run 25/1–2/2
    [InlineData(2025, 1, 29, false)]  // mùng 1
    [InlineData(2025, 2, 3, true)]
    [InlineData(2025, 4, 7, false)]
    [InlineData(2025, 4, 26, true)]   // Saturday worked for 2/5
    [InlineData(2025, 5, 2, false)]
    [InlineData(2025, 9, 1, false)]
    [InlineData(2024, 2, 14, false)]
    [InlineData(2024, 2, 15, true)]
    [InlineData(2024, 4, 18, false)]
    [InlineData(2024, 9, 3, false)]
    [InlineData(2023, 1, 2, false)]   // New Year on Sunday made up on Monday
    [InlineData(2023, 1, 26, false)]
    [InlineData(2023, 1, 27, true)]
    public void Known_days(int y, int m, int d, bool working) =>
        Assert.Equal(working, Cal.IsWorkingDay(D(y, m, d)));

    [Fact]
    public void Tet_2025_run_is_nine_days_25_Jan_to_2_Feb()
    {
        for (var d = D(2025, 1, 25); d <= D(2025, 2, 2); d = d.AddDays(1)) Assert.False(Cal.IsWorkingDay(d));
        Assert.True(Cal.IsWorkingDay(D(2025, 1, 24)));
        Assert.True(Cal.IsWorkingDay(D(2025, 2, 3)));
    }

    [Fact]
    public void Tet_2026_run_is_nine_days_14_to_22_Feb()
    {
        for (var d = D(2026, 2, 14); d <= D(2026, 2, 22); d = d.AddDays(1)) Assert.False(Cal.IsWorkingDay(d));
        Assert.Equal(0, Cal.WorkingDaysBetween(D(2026, 2, 13), D(2026, 2, 22)));
    }

    [Fact]
    public void Receipt_day_is_not_counted()
    {
        // Received Monday 2/11/2026: day 1 is Tuesday 3/11.
        Assert.Equal(D(2026, 11, 3), Cal.AddWorkingDays(D(2026, 11, 2), 1));
        Assert.Equal(D(2026, 11, 2), Cal.AddWorkingDays(D(2026, 11, 2), 0));
    }

    [Fact]
    public void Commune_review_15_working_days_in_an_ordinary_fortnight()
    {
        // Monday 2/11/2026 + 15 working days = Monday 23/11/2026 (three full weeks, no holiday).
        Assert.Equal(D(2026, 11, 23), Cal.AddWorkingDays(D(2026, 11, 2), 15));
    }

    [Fact]
    public void Fifteen_working_days_across_Tet_2026()
    {
        // Received Tuesday 10/2/2026: 11,12,13 (3) — Tết run 14–22 — 23..27 (8), 2..6/3 (13), 9, 10/3 (15).
        Assert.Equal(D(2026, 3, 10), Cal.AddWorkingDays(D(2026, 2, 10), 15));
    }

    [Fact]
    public void Receipt_on_a_weekend_counts_from_the_next_working_day()
    {
        Assert.Equal(D(2026, 11, 23), Cal.AddWorkingDays(D(2026, 11, 21), 1));
        Assert.Equal(D(2026, 11, 23), Cal.AddWorkingDays(D(2026, 11, 22), 1));
    }

    [Fact]
    public void Make_up_Saturday_counts_as_a_working_day()
    {
        // Friday 9/1/2026 + 1 working day = Saturday 10/1/2026 (worked in exchange for 2/1).
        Assert.Equal(D(2026, 1, 10), Cal.AddWorkingDays(D(2026, 1, 9), 1));
    }

    [Fact]
    public void Negative_counts_go_backwards()
    {
        Assert.Equal(D(2026, 2, 13), Cal.AddWorkingDays(D(2026, 2, 23), -1));
        Assert.Equal(-1, Cal.WorkingDaysBetween(D(2026, 2, 23), D(2026, 2, 13)));
    }

    [Fact]
    public void WorkingDaysBetween_inverts_AddWorkingDays()
    {
        var start = D(2025, 12, 15);
        for (var n = 0; n <= 120; n++)
            Assert.Equal(n, Cal.WorkingDaysBetween(start, Cal.AddWorkingDays(start, n)));
    }

    [Fact]
    public void WorkingDaysBetween_same_day_is_zero() => Assert.Equal(0, Cal.WorkingDaysBetween(D(2026, 5, 5), D(2026, 5, 5)));

    [Fact]
    public void Working_days_in_2026()
    {
        // 261 weekdays − 12 weekday days off (1–2/1, 16–20/2, 27/4, 30/4, 1/5, 31/8, 1/9, 2/9 = 13? see below) + 2 make-up Saturdays.
        // Weekday days off in 2026: 1/1, 2/1, 16/2, 17/2, 18/2, 19/2, 20/2, 27/4, 30/4, 1/5, 31/8, 1/9, 2/9 = 13.
        Assert.Equal(261 - 13 + 2, Cal.WorkingDaysBetween(D(2025, 12, 31), D(2026, 12, 31)));
    }

    [Fact]
    public void NextWorkingDay_and_OnOrNext()
    {
        Assert.Equal(D(2026, 2, 23), Cal.NextWorkingDay(D(2026, 2, 13)));
        Assert.Equal(D(2026, 2, 13), Cal.OnOrNextWorkingDay(D(2026, 2, 13)));
        Assert.Equal(D(2026, 2, 23), Cal.OnOrNextWorkingDay(D(2026, 2, 17)));
    }

    [Fact]
    public void Calendar_day_period_ending_on_a_day_off_rolls_to_the_next_working_day()
    {
        // 45 days after 3/1/2026 is 17/2/2026 (mùng 1 Tết): the period ends Monday 23/2.
        Assert.Equal(D(2026, 2, 23), Cal.CalendarDaysDeadline(D(2026, 1, 3), 45));
        // 15 days after Monday 2/11/2026 is Tuesday 17/11: a working day, unchanged.
        Assert.Equal(D(2026, 11, 17), Cal.CalendarDaysDeadline(D(2026, 11, 2), 15));
    }

    [Fact]
    public void Years_in_the_file_report_their_status()
    {
        Assert.Equal(HolidayYearStatus.Decreed, Cal.StatusOf(2026));
        Assert.Equal(HolidayYearStatus.Projected, Cal.StatusOf(2027));
        Assert.Equal(HolidayYearStatus.Projected, Cal.StatusOf(2031));
    }

    [Fact]
    public void Years_outside_the_file_fall_back_to_the_lunar_rules()
    {
        // Tết Mậu Thân 2028 = Wednesday 26/1/2028: last day of the old year 25/1 and mùng 1–4 (26–29/1) are off.
        for (var d = D(2028, 1, 25); d <= D(2028, 1, 28); d = d.AddDays(1)) Assert.False(Cal.IsWorkingDay(d), d.ToString());
        Assert.True(Cal.IsWorkingDay(D(2028, 1, 24)));
        Assert.True(Cal.IsWorkingDay(D(2028, 2, 1))); // 29/1 (mùng 4) is Saturday → compensatory Monday 31/1
        Assert.False(Cal.IsWorkingDay(D(2028, 1, 31)));
    }

    [Fact]
    public void Rules_only_calendar_works_without_data()
    {
        var rules = WorkingDayCalendar.RulesOnly();
        Assert.False(rules.IsWorkingDay(D(2026, 9, 2)));
        Assert.False(rules.IsWorkingDay(D(2026, 2, 17)));
        // Without the 2026 notice, the swap of 2/1 is unknown: it stays a working day.
        Assert.True(rules.IsWorkingDay(D(2026, 1, 2)));
        Assert.False(rules.IsWorkingDay(D(2026, 1, 10)));
    }
}
