namespace OcopHub.Core.Scoring;

/// <summary>How a star minimum (an option marked ***, ****, *****) is judged when several members score.</summary>
public enum MinimumRule
{
    /// <summary>
    /// Default. Met when a strict majority (more than half) of the members chose an option worth at least the
    /// marked one. Mirrors how councils decide (by majority) and keeps one outlier from vetoing a star while the
    /// spread rule catches real disagreement. A tie (e.g. 2 of 4) is NOT a majority: in doubt, not met.
    /// </summary>
    Majority,

    /// <summary>Met only when every member chose an option worth at least the marked one (strictest reading).</summary>
    Unanimous,
}

/// <summary>Per-council settings (quy chế hội đồng); the decision leaves these to each council.</summary>
public sealed record EvaluationOptions
{
    public static readonly EvaluationOptions Default = new();

    public MinimumRule MinimumRule { get; init; } = MinimumRule.Majority;

    /// <summary>
    /// When members' totals differ by more than this, the council discusses and re-scores (common provincial
    /// practice: 10 points). Null = no check. It only flags the result; it never changes the stars.
    /// </summary>
    public decimal? MaxSpread { get; init; }
}
