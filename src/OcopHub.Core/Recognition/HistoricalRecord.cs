namespace OcopHub.Core.Recognition;

/// <summary>
/// An OCOP result as recorded on paper (kết quả đánh giá, phân hạng), before or after the 2025 reform: what
/// <see cref="HistoricalProcedure.Validate"/> checks. The district is given by its pre-2025 code once resolved; the
/// caller checks that it belonged to the product's province.
/// </summary>
public sealed record HistoricalRecord(
    int EvaluationYear,
    int Stars,
    decimal? Points = null,
    string? RulebookId = null,
    RecognitionLevel? Level = null,
    string? DistrictCode = null,
    RecognitionLevel? ScoredBy = null,
    string? DecisionNumber = null,
    DateOnly? DecisionDate = null,
    string? CertificateNumber = null,
    DateOnly? IssuedOn = null,
    DateOnly? ExpiresOn = null)
{
    /// <summary>The day the recognition took effect as far as the record tells: the decision, else the certificate.</summary>
    public DateOnly? RecognisedOn => DecisionDate ?? IssuedOn;
}

/// <summary>A refusal, keyed by the record's field (the JSON names of the API: "level", "districtCode" …).</summary>
public sealed record HistoricalRecordError(string Field, string Message);

/// <summary>Field keys of <see cref="HistoricalRecordError"/>.</summary>
public static class HistoricalFields
{
    public const string EvaluationYear = "evaluationYear";
    public const string Stars = "stars";
    public const string Points = "points";
    public const string RulebookId = "rulebookId";
    public const string Level = "level";
    public const string DistrictCode = "districtCode";
    public const string CouncilLevel = "councilLevel";
    public const string DecisionNumber = "decisionNumber";
    public const string DecisionDate = "decisionDate";
    public const string IssuedOn = "issuedOn";
    public const string ExpiresOn = "expiresOn";
}
