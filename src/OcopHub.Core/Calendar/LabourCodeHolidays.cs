namespace OcopHub.Core.Calendar;

/// <summary>
/// Days off projected from Labour Code 2019 alone, for years the holiday file does not cover.
/// Art. 112(1): 1/1; Tết Âm lịch 5 days; Giỗ Tổ Hùng Vương 10/3 âm lịch; 30/4; 1/5; Quốc khánh 2/9 plus one
/// adjacent day (1/9 or 3/9). Art. 111(3): a holiday on the weekly rest day is made up on the next working day.
/// The exact Tết days, the 2/9 neighbour and any swaps are chosen by the Prime Minister each year, so this is an
/// approximation: it never invents swaps, and the result is marked <see cref="HolidayYearStatus.Projected"/>.
/// </summary>
public static class LabourCodeHolidays
{
    public static HolidayYear ForYear(int year)
    {
        var holidays = new List<DayOff>
        {
            new(new DateOnly(year, 1, 1), DayOffKind.Holiday, "Tết Dương lịch"),
        };

        // Tết: the last day of the old lunar year and mùng 1–4 (the most common government choice, e.g. 2026).
        var tet = LunarCalendar.TetDay(year);
        holidays.Add(new(tet.AddDays(-1), DayOffKind.Holiday, "Tết Âm lịch (ngày cuối năm)"));
        for (var i = 0; i < 4; i++)
            holidays.Add(new(tet.AddDays(i), DayOffKind.Holiday, $"Tết Âm lịch (mùng {i + 1})"));

        holidays.Add(new(LunarCalendar.ToSolar(new LunarDate(year, 3, 10, false)), DayOffKind.Holiday, "Giỗ Tổ Hùng Vương (10/3 âm lịch)"));
        holidays.Add(new(new DateOnly(year, 4, 30), DayOffKind.Holiday, "Ngày Chiến thắng 30/4"));
        holidays.Add(new(new DateOnly(year, 5, 1), DayOffKind.Holiday, "Ngày Quốc tế Lao động 1/5"));

        var nationalDay = new DateOnly(year, 9, 2);
        holidays.Add(new(nationalDay, DayOffKind.Holiday, "Quốc khánh 2/9"));
        holidays.Add(new(NationalDayNeighbour(nationalDay), DayOffKind.Holiday, "Quốc khánh (ngày liền kề)"));

        // 10/3 âm lịch falls between 30/3 and 29/4 (tested for 1990–2100), so no two holidays share a date.
        var result = new List<DayOff>(holidays);
        var owed = holidays.Where(h => IsWeekend(h.Date)).Select(h => h.Date).ToList();
        var off = result.Select(d => d.Date).ToHashSet();
        foreach (var date in owed.OrderBy(d => d))
        {
            var next = date.AddDays(1);
            while (IsWeekend(next) || off.Contains(next)) next = next.AddDays(1);
            off.Add(next);
            result.Add(new(next, DayOffKind.Compensatory, $"Nghỉ bù cho ngày {date:dd/MM/yyyy}"));
        }

        return new HolidayYear(year, HolidayYearStatus.Projected, result.OrderBy(d => d.Date).ToList(), [],
            ["Bộ luật Lao động 2019, Điều 111 khoản 3 và Điều 112 khoản 1 (dự tính, chưa có thông báo của Chính phủ)"]);
    }

    /// <summary>
    /// The "one adjacent day" of Art. 112(1)(đ): pick the side that joins the weekend, as the notices of 2023–2026 did
    /// (Sat→Fri 1/9, Mon→Tue 3/9, Tue→Mon 1/9, Wed→Tue 1/9, Thu→Fri 3/9, Fri→Thu 1/9, Sun→Mon 3/9).
    /// </summary>
    private static DateOnly NationalDayNeighbour(DateOnly nationalDay) => nationalDay.DayOfWeek switch
    {
        DayOfWeek.Monday or DayOfWeek.Thursday or DayOfWeek.Sunday => nationalDay.AddDays(1),
        _ => nationalDay.AddDays(-1),
    };

    internal static bool IsWeekend(DateOnly d) => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
