using OcopHub.Core.Calendar;
using static OcopHub.Core.Tests.Calendar.TestCalendars;

namespace OcopHub.Core.Tests.Calendar;

public class LabourCodeHolidaysTests
{
    [Fact]
    public void Projection_for_2027_matches_the_projected_entry_in_the_file()
    {
        var file = Vietnam.Data.Find(2027)!;
        Assert.Equal(HolidayYearStatus.Projected, file.Status);
        var rules = LabourCodeHolidays.ForYear(2027);
        Assert.Equal(rules.DaysOff.Select(d => (d.Date, d.Kind)), file.DaysOff.Select(d => (d.Date, d.Kind)));
    }

    [Theory]
    [InlineData(2027)]
    [InlineData(2028)]
    [InlineData(2029)]
    [InlineData(2030)]
    [InlineData(2035)]
    public void Eleven_statutory_days_every_year(int year)
    {
        var y = LabourCodeHolidays.ForYear(year);
        Assert.Equal(11, y.DaysOff.Count(d => d.Kind == DayOffKind.Holiday));
        Assert.Equal(HolidayYearStatus.Projected, y.Status);
        // Every holiday that falls on a weekend is made up on a weekday.
        var weekendHolidays = y.DaysOff.Count(d => d.Kind == DayOffKind.Holiday && d.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
        Assert.Equal(weekendHolidays, y.DaysOff.Count(d => d.Kind == DayOffKind.Compensatory));
        Assert.All(y.DaysOff.Where(d => d.Kind == DayOffKind.Compensatory),
            d => Assert.False(d.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday));
        Assert.Equal(y.DaysOff.Count, y.DaysOff.Select(d => d.Date).Distinct().Count());
    }

    [Theory]
    [InlineData(2027, 9, 3)] // Thursday 2/9 → Friday 3/9
    [InlineData(2028, 9, 1)] // Saturday 2/9 → Friday 1/9
    [InlineData(2030, 9, 3)] // Monday 2/9 → Tuesday 3/9
    public void National_day_neighbour_joins_the_weekend(int year, int month, int day) =>
        Assert.Contains(LabourCodeHolidays.ForYear(year).DaysOff, d => d.Date == new DateOnly(year, month, day) && d.Kind == DayOffKind.Holiday);
}
