namespace OcopHub.Core.Scoring;

/// <summary>
/// A change on one criterion. FromOptions = each member's current answer; ToOption is the option to reach
/// (members already above it keep theirs). AverageGain = points the change adds to the average.
/// RequiredByMinimum: the criterion misses a star minimum, so this change is mandatory (the option may be above
/// the minimum when extra points were cheapest there).
/// </summary>
public sealed record OptionUpgrade(
    string CriterionCode,
    string CriterionTitle,
    string CriterionTitleEn,
    IReadOnlyList<string> FromOptions,
    string ToOption,
    decimal ToPoints,
    decimal AverageGain,
    bool RequiredByMinimum);

/// <summary>
/// What must change to reach the next star. Reachable = false when there is no higher star, when the product is
/// knocked out or disqualified, or when even the best option on every criterion cannot reach the band (the
/// explanation says which). Upgrades is the cheapest plan: mandatory minima first, then the fewest extra
/// points over the band minimum, ties broken by fewer changed criteria.
/// </summary>
public sealed record GapAnalysis(
    int? CurrentStars,
    int? TargetStars,
    bool Reachable,
    decimal CurrentAverage,
    decimal? TargetBandMinimum,
    decimal PointsShort,
    IReadOnlyList<FailedMinimum> MissingMinimums,
    IReadOnlyList<OptionUpgrade> Upgrades,
    decimal GainFromMinimums,
    decimal GainFromUpgrades,
    decimal ProjectedAverage,
    Explanation Explanation);
