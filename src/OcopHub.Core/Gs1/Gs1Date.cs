namespace OcopHub.Core.Gs1;

/// <summary>GS1 six-digit dates (AIs 11, 13, 15, 16, 17).</summary>
public static class Gs1Date
{
    /// <summary>
    /// YYMMDD with a real month and a day that exists in it; DD = 00 means "no day given" (GS1 linter yymmd0).
    /// Leap years: YY divisible by 4, which is exact for 2000–2099, the century OCOP labels live in.
    /// </summary>
    public static bool IsValidYymmd0(string? text)
    {
        if (text is not { Length: 6 } || !Gs1CheckDigit.IsAsciiDigits(text)) return false;
        var yy = int.Parse(text[..2]);
        var mm = int.Parse(text[2..4]);
        var dd = int.Parse(text[4..]);
        if (mm is < 1 or > 12) return false;
        if (dd == 0) return true;
        int[] days = [31, yy % 4 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        return dd <= days[mm - 1];
    }

    /// <summary>Writes a date as YYMMDD.</summary>
    public static string Format(DateOnly date) => date.ToString("yyMMdd", System.Globalization.CultureInfo.InvariantCulture);
}
