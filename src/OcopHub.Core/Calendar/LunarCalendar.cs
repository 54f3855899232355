namespace OcopHub.Core.Calendar;

/// <summary>A date in the Vietnamese lunisolar calendar (âm lịch).</summary>
public readonly record struct LunarDate(int Year, int Month, int Day, bool IsLeapMonth);

/// <summary>
/// Vietnamese lunisolar calendar (âm lịch) by Hồ Ngọc Đức's astronomical algorithm, computed for UTC+7.
/// Why UTC+7 matters: Vietnam's calendar is reckoned on Hanoi time since 1968, so new moons near midnight
/// fall on a different day than in China's UTC+8 calendar (e.g. Tết 1985 and 2007 differ).
/// Used only as the fallback for years the holiday data file does not cover.
/// </summary>
public static class LunarCalendar
{
    /// <summary>Hours east of UTC used to place new moons and solar terms on civil days.</summary>
    public const double VietnamTimeZone = 7.0;

    // DateOnly.DayNumber 0 is 0001-01-01 (proleptic Gregorian), whose Julian Day Number is 1721426.
    private const int JdnOffset = 1721426;

    private static int ToJdn(DateOnly d) => d.DayNumber + JdnOffset;
    private static DateOnly FromJdn(int jdn) => DateOnly.FromDayNumber(jdn - JdnOffset);
    private static int Floor(double x) => (int)Math.Floor(x);

    /// <summary>Mùng 1 Tết: the first day of lunar month 1 of the lunar year that starts in <paramref name="year"/>.</summary>
    public static DateOnly TetDay(int year) => ToSolar(new LunarDate(year, 1, 1, false));

    /// <summary>Solar date of a lunar date. Throws when the leap flag names a month that is not leap that year.</summary>
    public static DateOnly ToSolar(LunarDate lunar)
    {
        if (lunar.Month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(lunar), "Tháng âm lịch phải từ 1 đến 12.");
        if (lunar.Day is < 1 or > 30) throw new ArgumentOutOfRangeException(nameof(lunar), "Ngày âm lịch phải từ 1 đến 30.");
        const double tz = VietnamTimeZone;
        int a11, b11;
        if (lunar.Month < 11)
        {
            a11 = LunarMonth11(lunar.Year - 1, tz);
            b11 = LunarMonth11(lunar.Year, tz);
        }
        else
        {
            a11 = LunarMonth11(lunar.Year, tz);
            b11 = LunarMonth11(lunar.Year + 1, tz);
        }
        var k = Floor(0.5 + (a11 - 2415021.076998695) / 29.530588853);
        var off = lunar.Month - 11;
        if (off < 0) off += 12;
        if (b11 - a11 > 365)
        {
            var leapOff = LeapMonthOffset(a11, tz);
            var leapMonth = leapOff - 2;
            if (leapMonth < 0) leapMonth += 12;
            if (lunar.IsLeapMonth && lunar.Month != leapMonth)
                throw new ArgumentException($"Năm âm lịch {lunar.Year} không có tháng {lunar.Month} nhuận.", nameof(lunar));
            if (lunar.IsLeapMonth || off >= leapOff) off += 1;
        }
        else if (lunar.IsLeapMonth)
        {
            throw new ArgumentException($"Năm âm lịch {lunar.Year} không có tháng nhuận.", nameof(lunar));
        }
        var monthStart = NewMoonDay(k + off, tz);
        return FromJdn(monthStart + lunar.Day - 1);
    }

    /// <summary>Lunar date of a solar (Gregorian) date.</summary>
    public static LunarDate FromSolar(DateOnly date)
    {
        const double tz = VietnamTimeZone;
        var dayNumber = ToJdn(date);
        var k = Floor((dayNumber - 2415021.076998695) / 29.530588853);
        var monthStart = NewMoonDay(k + 1, tz);
        if (monthStart > dayNumber) monthStart = NewMoonDay(k, tz);
        var a11 = LunarMonth11(date.Year, tz);
        var b11 = a11;
        int lunarYear;
        if (a11 >= monthStart)
        {
            lunarYear = date.Year;
            a11 = LunarMonth11(date.Year - 1, tz);
        }
        else
        {
            lunarYear = date.Year + 1;
            b11 = LunarMonth11(date.Year + 1, tz);
        }
        var lunarDay = dayNumber - monthStart + 1;
        var diff = Floor((monthStart - a11) / 29.0);
        var leap = false;
        var lunarMonth = diff + 11;
        if (b11 - a11 > 365)
        {
            var leapMonthDiff = LeapMonthOffset(a11, tz);
            if (diff >= leapMonthDiff)
            {
                lunarMonth = diff + 10;
                if (diff == leapMonthDiff) leap = true;
            }
        }
        if (lunarMonth > 12) lunarMonth -= 12;
        if (lunarMonth >= 11 && diff < 4) lunarYear -= 1;
        return new LunarDate(lunarYear, lunarMonth, lunarDay, leap);
    }

    /// <summary>Julian day (fractional, UT) of the k-th new moon after 1900-01-01.</summary>
    private static double NewMoon(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        const double dr = Math.PI / 180;
        var jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 += 0.00033 * Math.Sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        var m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        var mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        var f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        var c1 = (0.1734 - 0.000393 * t) * Math.Sin(m * dr) + 0.0021 * Math.Sin(2 * dr * m);
        c1 = c1 - 0.4068 * Math.Sin(mpr * dr) + 0.0161 * Math.Sin(dr * 2 * mpr);
        c1 -= 0.0004 * Math.Sin(dr * 3 * mpr);
        c1 = c1 + 0.0104 * Math.Sin(dr * 2 * f) - 0.0051 * Math.Sin(dr * (m + mpr));
        c1 = c1 - 0.0074 * Math.Sin(dr * (m - mpr)) + 0.0004 * Math.Sin(dr * (2 * f + m));
        c1 = c1 - 0.0004 * Math.Sin(dr * (2 * f - m)) - 0.0006 * Math.Sin(dr * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.Sin(dr * (2 * f - mpr)) + 0.0005 * Math.Sin(dr * (2 * mpr + m));
        var deltaT = t < -11
            ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
            : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd1 + c1 - deltaT;
    }

    private static int NewMoonDay(int k, double tz) => Floor(NewMoon(k) + 0.5 + tz / 24);

    /// <summary>Sun's apparent longitude in radians, normalised to [0, 2π).</summary>
    private static double SunLongitude(double jdn)
    {
        var t = (jdn - 2451545.0) / 36525;
        var t2 = t * t;
        const double dr = Math.PI / 180;
        var m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        var l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        var dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.Sin(dr * m);
        dl = dl + (0.019993 - 0.000101 * t) * Math.Sin(dr * 2 * m) + 0.000290 * Math.Sin(dr * 3 * m);
        var l = (l0 + dl) * dr;
        return l - Math.PI * 2 * Floor(l / (Math.PI * 2));
    }

    /// <summary>Which of the 12 major solar-term sectors (0..11) the sun is in at the start of the day.</summary>
    private static int SunSector(int dayNumber, double tz) => Floor(SunLongitude(dayNumber - 0.5 - tz / 24) / Math.PI * 6);

    /// <summary>Start (JDN) of lunar month 11, the month containing the winter solstice, of a solar year.</summary>
    private static int LunarMonth11(int year, double tz)
    {
        var off = ToJdn(new DateOnly(year, 12, 31)) - 2415021;
        var k = Floor(off / 29.530588853);
        var nm = NewMoonDay(k, tz);
        if (SunSector(nm, tz) >= 9) nm = NewMoonDay(k - 1, tz);
        return nm;
    }

    /// <summary>Offset of the leap month after month 11 in a 13-month lunar year (the first month with no major term).</summary>
    private static int LeapMonthOffset(int a11, double tz)
    {
        var k = Floor((a11 - 2415021.076998695) / 29.530588853 + 0.5);
        var i = 1;
        var arc = SunSector(NewMoonDay(k + i, tz), tz);
        int last;
        do
        {
            last = arc;
            i++;
            arc = SunSector(NewMoonDay(k + i, tz), tz);
        } while (arc != last && i < 14);
        return i - 1;
    }
}
