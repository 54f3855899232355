namespace OcopHub.Core.Dossiers;

/// <summary>What the central council's average means for a dossier in CentralReview (Art. 7.4.d–g).</summary>
public enum CentralOutcome
{
    /// <summary>≥ 90 points: the council proposes 5★; the dossier waits in CentralReview for the Minister's decision.</summary>
    ProposeFiveStars,
    /// <summary>&lt; 90 points: the result goes back to the province, which may recognise 3★/4★ or re-evaluate (Art. 7.4.g).</summary>
    ReturnToProvince,
}

/// <summary>Score guard of the central council's conclusion (the state machine does not know scores).</summary>
public static class CentralOutcomes
{
    public static CentralOutcome For(decimal centralAverage) => centralAverage switch
    {
        < 0m or > 100m => throw new ArgumentOutOfRangeException(nameof(centralAverage), centralAverage, "Điểm trung bình phải từ 0 đến 100."),
        >= ProvincialOutcomes.CentralThreshold => CentralOutcome.ProposeFiveStars,
        _ => CentralOutcome.ReturnToProvince,
    };

    /// <summary>The move that records the conclusion: ConcludeScoring (stays in CentralReview) or ReturnToProvince.</summary>
    public static DossierAction ActionFor(CentralOutcome outcome) => outcome switch
    {
        CentralOutcome.ProposeFiveStars => DossierAction.ConcludeScoring,
        CentralOutcome.ReturnToProvince => DossierAction.ReturnToProvince,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    public static string Vi(this CentralOutcome outcome) => outcome switch
    {
        CentralOutcome.ProposeFiveStars => "Đạt từ 90 điểm: đề nghị Bộ trưởng công nhận 5 sao",
        CentralOutcome.ReturnToProvince => "Dưới 90 điểm: trả kết quả về UBND cấp tỉnh (Điều 7.4.g)",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };
}
