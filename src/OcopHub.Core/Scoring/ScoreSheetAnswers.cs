namespace OcopHub.Core.Scoring;

/// <summary>
/// Phiếu chấm: one council member's answers on a set's scoring sheet.
/// Answers: criterion code ("1.1", "6.1.2", "7") → option letter ("a", "b", … case-insensitive), "yes"/"no" for
/// yes/no criteria, or "none" where the printed sheet has no 0-point box (Criterion.AllowsNone).
/// KnockOuts: criterion codes where the member found the criterion's printed knock-out condition (e.g. 1.1 "all
/// raw material imported", 6.1 "unacceptable foreign matter"). Those conditions are notes beside the options,
/// not tick-boxes, so they are recorded here; the product is then not ranked, and the rest of this sheet may
/// stay blank (the printed rule stops the evaluation).
/// </summary>
public sealed record ScoreSheetAnswers(string? MemberId, IReadOnlyDictionary<string, string> Answers)
{
    /// <summary>The explicit answer for "nothing ticked, 0 points".</summary>
    public const string None = "none";

    public IReadOnlyList<string> KnockOuts { get; init; } = [];
}
