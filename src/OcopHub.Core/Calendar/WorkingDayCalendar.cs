namespace OcopHub.Core.Calendar;

/// <summary>
/// Working days of Vietnamese state offices (commune and provincial People's Committees): Monday–Friday
/// (Decision 188/1999/QĐ-TTg, 40-hour week), minus the days off of the holiday file, plus its make-up Saturdays.
/// Years missing from the file fall back to <see cref="LabourCodeHolidays"/>.
///
/// Counting convention (Civil Code 2015 Art. 147(2), Art. 148): the day of the triggering event — e.g. the day
/// the commune receives a dossier — is NOT counted; counting starts on the following day. So
/// <c>AddWorkingDays(receipt, 15)</c> is the 15th working day after the receipt day, the last day of the period.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly HashSet<DateOnly> _fileDaysOff = [];
    private readonly HashSet<DateOnly> _fileMakeUpDays = [];
    private readonly HashSet<int> _fileYears = [];
    private readonly Dictionary<int, HashSet<DateOnly>> _projected = [];
    private readonly Lock _gate = new();

    public WorkingDayCalendar(HolidayCalendarData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Data = data;
        foreach (var y in data.Years)
        {
            _fileYears.Add(y.Year);
            foreach (var d in y.DaysOff) _fileDaysOff.Add(d.Date);
            foreach (var m in y.MakeUpWorkingDays) _fileMakeUpDays.Add(m.Date);
        }
    }

    /// <summary>A calendar that knows only the Labour Code rules (no decreed swaps or chosen Tết days).</summary>
    public static WorkingDayCalendar RulesOnly() => new(HolidayCalendarData.Empty);

    /// <summary>Parses the holiday JSON (see <see cref="HolidayCalendarParser"/>).</summary>
    public static WorkingDayCalendar FromJson(string json) => new(HolidayCalendarParser.Parse(json));

    public HolidayCalendarData Data { get; }

    /// <summary>Whether the days off of <paramref name="year"/> come from a decree in the file, the file's projection, or the rules.</summary>
    public HolidayYearStatus StatusOf(int year) => Data.Find(year)?.Status ?? HolidayYearStatus.Projected;

    public bool IsWorkingDay(DateOnly date)
    {
        if (_fileMakeUpDays.Contains(date)) return true;
        if (LabourCodeHolidays.IsWeekend(date)) return false;
        if (_fileDaysOff.Contains(date)) return false;
        return _fileYears.Contains(date.Year) || !ProjectedDaysOff(date.Year).Contains(date);
    }

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDay(DateOnly date)
    {
        var d = date.AddDays(1);
        while (!IsWorkingDay(d)) d = d.AddDays(1);
        return d;
    }

    /// <summary><paramref name="date"/> itself if it is a working day, else the next one.</summary>
    public DateOnly OnOrNextWorkingDay(DateOnly date) => IsWorkingDay(date) ? date : NextWorkingDay(date);

    /// <summary>
    /// The <paramref name="n"/>-th working day after <paramref name="start"/>; the start day is not counted, whatever
    /// it is. n = 0 returns start; a negative n counts backwards (the n-th working day before start).
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int n)
    {
        var step = n >= 0 ? 1 : -1;
        var d = start;
        for (var left = Math.Abs(n); left > 0;)
        {
            d = d.AddDays(step);
            if (IsWorkingDay(d)) left--;
        }
        return d;
    }

    /// <summary>
    /// Working days in (from, to]: the start excluded, the end included, so that
    /// <c>WorkingDaysBetween(s, AddWorkingDays(s, n)) == n</c>. Negative when <paramref name="to"/> is before <paramref name="from"/>.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from) return -WorkingDaysBetween(to, from);
        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
            if (IsWorkingDay(d)) count++;
        return count;
    }

    /// <summary>
    /// Last day of a period counted in calendar days ("15 ngày", "45 ngày"): start + days, the start not counted;
    /// when that day is a day off the period ends on the next working day (Civil Code 2015 Art. 148(5)).
    /// </summary>
    public DateOnly CalendarDaysDeadline(DateOnly start, int days) => OnOrNextWorkingDay(start.AddDays(days));

    private HashSet<DateOnly> ProjectedDaysOff(int year)
    {
        lock (_gate)
        {
            if (!_projected.TryGetValue(year, out var set))
            {
                set = LabourCodeHolidays.ForYear(year).DaysOff.Select(d => d.Date).ToHashSet();
                _projected[year] = set;
            }
            return set;
        }
    }
}
