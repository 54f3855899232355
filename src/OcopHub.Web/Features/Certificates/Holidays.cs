using OcopHub.Core.Calendar;
using OcopHub.Web.Data;

namespace OcopHub.Web.Features.Certificates;

/// <summary>The working-day calendar from data/reference/calendars (Vietnamese holidays), loaded once.</summary>
public static class Holidays
{
    private static readonly Lazy<WorkingDayCalendar> Lazy = new(() =>
    {
        var path = Path.Combine(ReferenceDataLoader.ReferenceRoot, "calendars", "vn-public-holidays.json");
        // Without the file, weekends still roll deadlines; holidays would be missed, which only makes a deadline earlier.
        return File.Exists(path) ? WorkingDayCalendar.FromJson(File.ReadAllText(path)) : WorkingDayCalendar.RulesOnly();
    });

    public static WorkingDayCalendar Calendar => Lazy.Value;
}
