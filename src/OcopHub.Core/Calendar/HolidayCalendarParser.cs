using System.Globalization;
using System.Text.Json;

namespace OcopHub.Core.Calendar;

/// <summary>
/// Reads data/reference/calendars/vn-public-holidays.json from a string (Core does no I/O: the caller reads the file).
/// Strict on purpose: a typo in a date would silently shift every legal deadline, so bad input throws.
/// </summary>
public static class HolidayCalendarParser
{
    /// <exception cref="FormatException">Malformed JSON, a missing field, or a value that breaks a rule.</exception>
    public static HolidayCalendarData Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return ParseCore(json);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException($"Holiday file: {e.Message}", e);
        }
    }

    private static HolidayCalendarData ParseCore(string json)
    {
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object) throw new FormatException("Holiday file: the root must be an object.");

        var notes = root.TryGetProperty("notes", out var n) ? Strings(n, "notes") : [];
        if (!root.TryGetProperty("years", out var yearsEl) || yearsEl.ValueKind != JsonValueKind.Array)
            throw new FormatException("Holiday file: 'years' array is required.");

        var years = new List<HolidayYear>();
        foreach (var y in yearsEl.EnumerateArray())
        {
            var year = y.GetProperty("year").GetInt32();
            if (years.Any(x => x.Year == year)) throw new FormatException($"Holiday file: year {year} appears twice.");
            var status = ParseEnum<HolidayYearStatus>(y.GetProperty("status").GetString(), $"year {year} status");
            var daysOff = new List<DayOff>();
            if (y.TryGetProperty("daysOff", out var dEl))
            {
                foreach (var d in dEl.EnumerateArray())
                {
                    var date = ParseDate(d.GetProperty("date").GetString(), year);
                    var kind = ParseEnum<DayOffKind>(d.GetProperty("kind").GetString(), $"{date:yyyy-MM-dd} kind");
                    var name = d.TryGetProperty("name", out var nm) ? nm.GetString() ?? "" : "";
                    if (daysOff.Any(x => x.Date == date)) throw new FormatException($"Holiday file: {date:yyyy-MM-dd} listed twice.");
                    daysOff.Add(new DayOff(date, kind, name));
                }
            }
            var makeUp = new List<MakeUpWorkingDay>();
            if (y.TryGetProperty("makeUpWorkingDays", out var mEl))
            {
                foreach (var m in mEl.EnumerateArray())
                {
                    var date = ParseDate(m.GetProperty("date").GetString(), year);
                    if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                        throw new FormatException($"Holiday file: make-up day {date:yyyy-MM-dd} is not a weekend day.");
                    if (daysOff.Any(x => x.Date == date)) throw new FormatException($"Holiday file: {date:yyyy-MM-dd} is both off and worked.");
                    makeUp.Add(new MakeUpWorkingDay(date, m.TryGetProperty("name", out var nm) ? nm.GetString() ?? "" : ""));
                }
            }
            var sources = y.TryGetProperty("sources", out var s) ? Strings(s, $"year {year} sources") : [];
            years.Add(new HolidayYear(year, status, daysOff.OrderBy(d => d.Date).ToList(), makeUp, sources));
        }
        return new HolidayCalendarData(years.OrderBy(y => y.Year).ToList(), notes);
    }

    private static List<string> Strings(JsonElement el, string what)
    {
        if (el.ValueKind != JsonValueKind.Array) throw new FormatException($"Holiday file: '{what}' must be an array of strings.");
        return el.EnumerateArray().Select(e => e.GetString() ?? "").ToList();
    }

    // A day off may belong to the neighbouring year's run (e.g. 31/12 in a New Year run), so allow ±1 year.
    private static DateOnly ParseDate(string? text, int year)
    {
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            throw new FormatException($"Holiday file: '{text}' is not a yyyy-MM-dd date.");
        if (Math.Abs(d.Year - year) > 1) throw new FormatException($"Holiday file: {text} is filed under year {year}.");
        return d;
    }

    private static T ParseEnum<T>(string? text, string what) where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: true, out var v) && Enum.IsDefined(v)
            ? v
            : throw new FormatException($"Holiday file: '{text}' is not a valid {what}.");
}
