namespace OcopHub.Web.Infrastructure;

/// <summary>Vietnam is UTC+7 all year (no daylight saving): legal dates are Vietnamese dates.</summary>
public static class VietnamTime
{
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(7));
}
