namespace OcopHub.Core.Dossiers;

/// <summary>What the provincial chairman can do with a council's average score (Art. 3.3, 4.1, 7.3.e).</summary>
public enum ProvincialOutcome
{
    /// <summary>&lt; 50 points (1–2★): no decision, no certificate.</summary>
    NotRecognised,
    /// <summary>50 – &lt; 90 points: recognise 3★ or 4★.</summary>
    RecogniseAtProvince,
    /// <summary>≥ 90 points: approve the result and propose the product to the Ministry for 5★.</summary>
    ForwardToMinistry,
}

/// <summary>Score guards that sit beside the state machine (which does not know scores).</summary>
public static class ProvincialOutcomes
{
    /// <summary>Art. 7.3.e: "đạt từ 90 trở lên" goes to the Ministry.</summary>
    public const decimal CentralThreshold = 90m;

    /// <summary>Art. 3.3: 3★ from 50 points.</summary>
    public const decimal RecognitionThreshold = 50m;

    public static ProvincialOutcome For(decimal averageScore) => averageScore switch
    {
        < 0m or > 100m => throw new ArgumentOutOfRangeException(nameof(averageScore), averageScore, "Điểm trung bình phải từ 0 đến 100."),
        >= CentralThreshold => ProvincialOutcome.ForwardToMinistry,
        >= RecognitionThreshold => ProvincialOutcome.RecogniseAtProvince,
        _ => ProvincialOutcome.NotRecognised,
    };

    /// <summary>The action that records the outcome in <see cref="DossierStateMachine"/>.</summary>
    public static DossierAction ActionFor(ProvincialOutcome outcome) => outcome switch
    {
        ProvincialOutcome.NotRecognised => DossierAction.DeclineRecognition,
        ProvincialOutcome.RecogniseAtProvince => DossierAction.Recognise,
        ProvincialOutcome.ForwardToMinistry => DossierAction.ForwardToMinistry,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    /// <summary>
    /// After a central score below 90 the province may still recognise 3★/4★ on the central result (Art. 7.4.g):
    /// then the central score decides, and a score ≥ 90 cannot come back.
    /// </summary>
    public static ProvincialOutcome AfterCentralResult(decimal centralAverage) =>
        centralAverage >= CentralThreshold
            ? throw new ArgumentOutOfRangeException(nameof(centralAverage), centralAverage, "Sản phẩm đạt từ 90 điểm ở cấp trung ương do Bộ trưởng công nhận 5 sao.")
            : For(centralAverage);
}
