namespace OcopHub.Core.Scoring;

/// <summary>What is wrong with a scoring request. Stable names: the API maps them to ProblemDetails types.</summary>
public enum ScoringError
{
    NoSheets,
    UnknownSet,
    MissingAnswer,
    UnknownCriterion,
    UnknownOption,
    NoneNotAllowed,
    UnknownDisqualifier,
    /// <summary>A knock-out finding on a criterion that has no knock-out condition.</summary>
    NoKnockOut,
    InvalidRulebook,
}

/// <summary>
/// One problem found in a request. MemberIndex is 0-based into the submitted sheets; Value is the offending answer
/// or code. Messages are bilingual because council members read Vietnamese and the API docs are in English.
/// </summary>
public sealed record ScoringProblem(
    ScoringError Error,
    string? CriterionCode,
    string? Value,
    int? MemberIndex,
    string? MemberId,
    string MessageVi,
    string MessageEn);

/// <summary>
/// Thrown instead of guessing: a missing or malformed answer must never score a silent zero.
/// Carries every problem found in the request (not only the first) so a form can flag all fields at once.
/// </summary>
public sealed class ScoringException : Exception
{
    public ScoringException(IReadOnlyList<ScoringProblem> problems)
        : base(problems.Count > 0 ? problems[0].MessageEn : "Scoring failed.")
    {
        if (problems.Count == 0) throw new ArgumentException("At least one problem is required.", nameof(problems));
        Problems = problems;
    }

    public ScoringException(ScoringProblem problem) : this([problem]) { }

    public IReadOnlyList<ScoringProblem> Problems { get; }
    public ScoringError Error => Problems[0].Error;
    public string? CriterionCode => Problems[0].CriterionCode;
    public string MessageVi => Problems[0].MessageVi;
    public string MessageEn => Problems[0].MessageEn;
}
