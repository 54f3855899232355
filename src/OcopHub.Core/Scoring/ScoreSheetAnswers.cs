namespace OcopHub.Core.Scoring;

/// <summary>
/// Phiếu chấm: one council member's answers on a set's scoring sheet.
/// Answers: criterion code ("1.1", "6.1.2", "7") → option letter ("a", "b", … case-insensitive), "yes"/"no" for
/// yes/no criteria, or "none" where the printed sheet has no 0-point box (Criterion.AllowsNone).
/// </summary>
public sealed record ScoreSheetAnswers(string? MemberId, IReadOnlyDictionary<string, string> Answers)
{
    /// <summary>The explicit answer for "nothing ticked, 0 points".</summary>
    public const string None = "none";
}
