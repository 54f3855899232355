using OcopHub.Core.Calendar;
using static OcopHub.Core.Tests.Calendar.TestCalendars;

namespace OcopHub.Core.Tests.Calendar;

public class HolidayCalendarParserTests
{
    [Fact]
    public void Shipped_file_covers_2023_to_2027()
    {
        var data = HolidayCalendarParser.Parse(Json);
        Assert.Equal([2023, 2024, 2025, 2026, 2027], data.Years.Select(y => y.Year));
        Assert.All(data.Years.Where(y => y.Year <= 2026), y => Assert.Equal(HolidayYearStatus.Decreed, y.Status));
        Assert.All(data.Years, y => Assert.NotEmpty(y.Sources));
        Assert.NotEmpty(data.Notes);
    }

    [Fact]
    public void Shipped_file_has_the_eleven_statutory_days_or_their_replacements_each_year()
    {
        // Each decreed year gives at least 11 days off (the statutory ones, some made up on weekdays).
        foreach (var y in HolidayCalendarParser.Parse(Json).Years)
        {
            var weekdaysOff = y.DaysOff.Count(d => d.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && d.Kind != DayOffKind.Swapped);
            var weekendHolidays = y.DaysOff.Count(d => d.Kind == DayOffKind.Holiday && d.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
            Assert.True(weekdaysOff + weekendHolidays >= 11, $"{y.Year}: {weekdaysOff} weekday + {weekendHolidays} weekend holidays");
            Assert.Equal(y.DaysOff.Count(d => d.Kind == DayOffKind.Swapped), y.MakeUpWorkingDays.Count);
        }
    }

    [Fact]
    public void Parses_a_minimal_file()
    {
        var data = HolidayCalendarParser.Parse("""
            { "years": [ { "year": 2030, "status": "decreed",
                "daysOff": [ { "date": "2030-01-01", "kind": "holiday", "name": "Tết Dương lịch" } ],
                "makeUpWorkingDays": [ { "date": "2030-01-05", "name": "x" } ] } ] }
            """);
        var y = Assert.Single(data.Years);
        Assert.Equal(HolidayYearStatus.Decreed, y.Status);
        Assert.Equal(new DayOff(D(2030, 1, 1), DayOffKind.Holiday, "Tết Dương lịch"), Assert.Single(y.DaysOff));
        Assert.Equal(D(2030, 1, 5), Assert.Single(y.MakeUpWorkingDays).Date);
        var cal = new WorkingDayCalendar(data);
        Assert.True(cal.IsWorkingDay(D(2030, 1, 5)));
        // A decreed year in the file replaces the rules entirely: Tết 2030 is not in this file, so 4/2/2030 is worked.
        Assert.True(cal.IsWorkingDay(D(2030, 2, 4)));
    }

    [Theory]
    [InlineData("""[]""")]
    [InlineData("""not json""")]
    [InlineData("""{ "years": [ { "status": "decreed" } ] }""")]
    [InlineData("""{ "years": [ { "year": "2030", "status": "decreed" } ] }""")]
    [InlineData("""{ }""")]
    [InlineData("""{ "years": [ { "year": 2030, "status": "maybe" } ] }""")]
    [InlineData("""{ "years": [ { "year": 2030, "status": "decreed", "daysOff": [ { "date": "2030-13-01", "kind": "Holiday" } ] } ] }""")]
    [InlineData("""{ "years": [ { "year": 2030, "status": "decreed", "daysOff": [ { "date": "30/01/2030", "kind": "Holiday" } ] } ] }""")]
    [InlineData("""{ "years": [ { "year": 2030, "status": "decreed", "daysOff": [ { "date": "2035-01-01", "kind": "Holiday" } ] } ] }""")]
    [InlineData("""{ "years": [ { "year": 2030, "status": "decreed", "daysOff": [ { "date": "2030-01-01", "kind": "Party" } ] } ] }""")]
    [InlineData("""{ "years": [ { "year": 2030, "status": "decreed", "daysOff": [ { "date": "2030-01-01", "kind": "Holiday" }, { "date": "2030-01-01", "kind": "Holiday" } ] } ] }""")]
    [InlineData("""{ "years": [ { "year": 2030, "status": "decreed", "makeUpWorkingDays": [ { "date": "2030-01-07" } ] } ] }""")]
    [InlineData("""{ "years": [ { "year": 2030, "status": "decreed" }, { "year": 2030, "status": "decreed" } ] }""")]
    public void Rejects_bad_input(string json) =>
        Assert.Throws<FormatException>(() => HolidayCalendarParser.Parse(json));
}
