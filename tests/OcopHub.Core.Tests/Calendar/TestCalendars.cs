using OcopHub.Core.Calendar;

namespace OcopHub.Core.Tests.Calendar;

/// <summary>The shipped holiday file, loaded once for all tests.</summary>
internal static class TestCalendars
{
    private static readonly Lazy<string> JsonText = new(() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "calendars", "vn-public-holidays.json")));

    private static readonly Lazy<WorkingDayCalendar> Shipped = new(() => WorkingDayCalendar.FromJson(JsonText.Value));

    public static string Json => JsonText.Value;
    public static WorkingDayCalendar Vietnam => Shipped.Value;

    public static DateOnly D(int y, int m, int d) => new(y, m, d);
}
