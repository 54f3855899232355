namespace OcopHub.Core.Rounds;

/// <summary>Cấp đánh giá: the province (3–4★) or the centre (5★) (Art. 4.1).</summary>
public enum RoundLevel
{
    /// <summary>Hội đồng cấp tỉnh; dossiers proposed by communes (Art. 5.1).</summary>
    Province,
    /// <summary>Hội đồng cấp trung ương; dossiers proposed by provinces (Art. 5.2).</summary>
    Central,
}

/// <summary>
/// One evaluation round (đợt đánh giá). Both dates are exclusive, as the Decision writes "trước ngày": a dossier
/// belongs to the round if it was proposed before <see cref="ProposedBefore"/>, and the decision must be made before
/// <see cref="DecideBefore"/>.
/// </summary>
public sealed record EvaluationRound(
    RoundLevel Level,
    int PlanYear,          // the year of the plan the round belongs to; central round 2 decides in the next calendar year
    int Number,            // 1, 2 for the statutory rounds; 3+ for extra rounds
    DateOnly ProposedBefore,
    DateOnly DecideBefore,
    bool IsExtra,
    string Basis)          // the article, or the council regulation/plan that created an extra round
{
    /// <summary>Last day a dossier may be proposed (forwarded) and still join this round.</summary>
    public DateOnly LastDayToPropose => ProposedBefore.AddDays(-1);

    /// <summary>Last day the decision may be dated.</summary>
    public DateOnly LastDayToDecide => DecideBefore.AddDays(-1);

    public bool Accepts(DateOnly proposedOn) => proposedOn < ProposedBefore;

    public bool IsDecisionOnTime(DateOnly decidedOn) => decidedOn < DecideBefore;

    public string NameVi => Level == RoundLevel.Province
        ? $"Đợt {Number:00} năm {PlanYear} cấp tỉnh{(IsExtra ? " (bổ sung)" : "")}"
        : $"Đợt {Number:00} năm {PlanYear} cấp trung ương{(IsExtra ? " (bổ sung)" : "")}";
}
