namespace OcopHub.Core.Calendar;

/// <summary>Why a weekday is not worked.</summary>
public enum DayOffKind
{
    /// <summary>Ngày lễ, Tết of Labour Code 2019 Art. 112(1).</summary>
    Holiday,
    /// <summary>Nghỉ bù: a holiday fell on the weekly rest day (Labour Code Art. 111(3)).</summary>
    Compensatory,
    /// <summary>Hoán đổi: a working day swapped with a Saturday worked instead (a make-up day).</summary>
    Swapped,
}

/// <summary>Whether a year's days off were set by the government or projected from the Labour Code alone.</summary>
public enum HolidayYearStatus
{
    /// <summary>Set by the Prime Minister / Ministry notice for that year (the file cites it).</summary>
    Decreed,
    /// <summary>Computed from Art. 111–112 and the lunar calendar; the real notice may differ.</summary>
    Projected,
}

/// <summary>One day off. Weekend days inside a holiday run need not be listed: they are off anyway.</summary>
public sealed record DayOff(DateOnly Date, DayOffKind Kind, string Name);

/// <summary>A weekend day that is worked (ngày làm bù) because a weekday was swapped into a holiday run.</summary>
public sealed record MakeUpWorkingDay(DateOnly Date, string Name);

/// <summary>The days off of one solar year.</summary>
public sealed record HolidayYear(
    int Year,
    HolidayYearStatus Status,
    IReadOnlyList<DayOff> DaysOff,
    IReadOnlyList<MakeUpWorkingDay> MakeUpWorkingDays,
    IReadOnlyList<string> Sources);

/// <summary>The parsed holiday file: the years it covers and its free-text notes.</summary>
public sealed record HolidayCalendarData(IReadOnlyList<HolidayYear> Years, IReadOnlyList<string> Notes)
{
    public static HolidayCalendarData Empty { get; } = new([], []);

    public HolidayYear? Find(int year) => Years.FirstOrDefault(y => y.Year == year);
}
