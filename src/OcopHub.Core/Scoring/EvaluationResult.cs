namespace OcopHub.Core.Scoring;

/// <summary>Outcome of an evaluation. Serialise with string enums so the API shows "Recognised", not 0.</summary>
public enum EvaluationStatus
{
    /// <summary>3★ or more awarded.</summary>
    Recognised,
    /// <summary>Scored and ranked, but below 3★ (by band or by a missing 3★ minimum): no certificate.</summary>
    NotRecognised,
    /// <summary>A member ticked a knock-out option ("bị loại", "không đánh giá các bước tiếp theo"): not ranked.</summary>
    KnockedOut,
    /// <summary>The dossier was rejected ("Hồ sơ bị loại khi"): not ranked. Takes precedence over a knock-out.</summary>
    Disqualified,
}

/// <summary>Bilingual text: Vietnamese for the council and producers, English for everyone else.</summary>
public sealed record Explanation(string Vi, string En);

/// <summary>Points of one part (A/B/C) on one member's sheet.</summary>
public sealed record PartScore(string Code, decimal Points, decimal Max);

/// <summary>
/// A knock-out: an option with KnockOut ticked (Option = its letter) or a criterion's knock-out condition recorded
/// as found (Option = null). Effect: "Eliminated" or "StopsEvaluation"; either way the product is not ranked.
/// </summary>
public sealed record KnockOutHit(
    string CriterionCode, string CriterionTitle, string CriterionTitleEn, string? Option, string Effect, string Reason,
    int MemberIndex, string? MemberId);

/// <summary>A dossier-level disqualifier that applies.</summary>
public sealed record DisqualifierHit(string Code, string Text);

/// <summary>One member's scored sheet. Unanswered is non-empty only on a knocked-out sheet (the evaluation stopped).</summary>
public sealed record MemberResult(
    int MemberIndex,
    string? MemberId,
    IReadOnlyList<PartScore> Parts,
    decimal Total,
    IReadOnlyList<string> Unanswered);

/// <summary>
/// A star minimum that is not met. CriterionTitleEn is the project's English title (the Vietnamese one where the
/// data has none). Stars = the level whose mark (***, ****, *****) set this requirement;
/// Given = each member's answer in order ("none" for nothing ticked, "missing" after a knock-out);
/// MembersMeeting = how many members reached it.
/// </summary>
public sealed record FailedMinimum(
    int Stars,
    string CriterionCode,
    string CriterionTitle,
    string CriterionTitleEn,
    string RequiredOption,
    decimal RequiredPoints,
    IReadOnlyList<string> Given,
    int MembersMeeting,
    int Members);

/// <summary>
/// The minima for one star level, judged cumulatively: the 4★ check also lists every unmet 3★ minimum.
/// </summary>
public sealed record StarMinimumCheck(int Stars, bool Met, IReadOnlyList<FailedMinimum> Failed);

/// <summary>
/// The council's result for one product.
/// Average is exact (decimal division of the sum); AverageRounded (2 decimals, half away from zero) is for display
/// only. Band is computed from the exact sum (sum ≥ bandMin × members), so rounding never lifts a product into a
/// higher band: 69.996 shows as 70.00 but stays in band 3.
/// NextStars/PointsShort/Blocking describe what held the product below the next star (null/empty at the top or
/// when not ranked).
/// </summary>
public sealed record EvaluationResult(
    string RulebookId,
    int SetNo,
    EvaluationStatus Status,
    IReadOnlyList<MemberResult> Members,
    decimal Average,
    decimal AverageRounded,
    int Band,
    int? AwardedStars,
    decimal Spread,
    bool SpreadExceeded,
    IReadOnlyList<StarMinimumCheck> Minimums,
    IReadOnlyList<KnockOutHit> KnockOuts,
    IReadOnlyList<DisqualifierHit> Disqualifications,
    int? NextStars,
    decimal PointsShort,
    IReadOnlyList<FailedMinimum> Blocking)
{
    private Explanation? _explanation;

    /// <summary>Copy constructor for `with`: copies the data but not the cached text, which may no longer fit.</summary>
    private EvaluationResult(EvaluationResult original)
    {
        RulebookId = original.RulebookId;
        SetNo = original.SetNo;
        Status = original.Status;
        Members = original.Members;
        Average = original.Average;
        AverageRounded = original.AverageRounded;
        Band = original.Band;
        AwardedStars = original.AwardedStars;
        Spread = original.Spread;
        SpreadExceeded = original.SpreadExceeded;
        Minimums = original.Minimums;
        KnockOuts = original.KnockOuts;
        Disqualifications = original.Disqualifications;
        NextStars = original.NextStars;
        PointsShort = original.PointsShort;
        Blocking = original.Blocking;
    }

    /// <summary>
    /// Built on first read, not during evaluation: batch work (reports, the benchmark's bulk runs) rarely reads
    /// it and the text is most of an evaluation's allocations. A get-only property, so JSON still includes it.
    /// Building it twice in a race is harmless (same text).
    /// </summary>
    public Explanation Explanation => _explanation ??= ExplanationText.For(this);

    public StarMinimumCheck? MinimumsFor(int stars) => Minimums.FirstOrDefault(m => m.Stars == stars);
}
