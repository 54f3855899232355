namespace OcopHub.Web.Data.Entities;

/// <summary>
/// Hội đồng đánh giá, phân hạng sản phẩm OCOP for one term: cấp tỉnh (the province's office keeps it; the council whose
/// term covers the day of scoring scores the province's dossiers) or cấp trung ương (<see cref="Level"/> "central",
/// kept by the Ministry, members are Ministry users, no province; it scores dossiers in CentralReview, Art. 7.4).
/// Its chair takes the chair's actions of the state machine.
/// </summary>
public class Council : IAudited, IVersioned
{
    public int Id { get; set; }
    /// <summary>CouncilLevels code: "province" or "central".</summary>
    public string Level { get; set; } = Core.Councils.CouncilLevels.ProvinceCode;
    /// <summary>The province of a provincial council; empty for the central council.</summary>
    public string ProvinceCode { get; set; } = "";
    public string Name { get; set; } = "";
    public DateOnly TermFrom { get; set; }
    public DateOnly TermTo { get; set; }
    public string ChairUserId { get; set; } = "";
    public string? SecretaryUserId { get; set; }
    /// <summary>Quorum as a fraction of the members (default 3/4, the chair always among those present).</summary>
    public int QuorumNumerator { get; set; } = 3;
    public int QuorumDenominator { get; set; } = 4;
    /// <summary>Members' totals may differ by at most this before the product goes back for discussion (default 10 points).</summary>
    public decimal SpreadLimit { get; set; } = 10m;
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public long Version { get; set; }
    public List<CouncilMember> Members { get; set; } = [];

    /// <summary>How many of <paramref name="members"/> must take part: ceiling of the fraction.</summary>
    public int QuorumOf(int members) => (members * QuorumNumerator + QuorumDenominator - 1) / QuorumDenominator;
}

/// <summary>One member of a council (the chair is a member too), with the department they come from.</summary>
public class CouncilMember : IAudited
{
    public int Id { get; set; }
    public int CouncilId { get; set; }
    public string UserId { get; set; } = "";
    public string FullName { get; set; } = "";
    public string? Department { get; set; }
}

/// <summary>
/// A member's digital score sheet for one dossier. Hidden from the other members until they submit their own.
/// A recused member (linked to the producer) keeps a row with the reason and no answers; it does not count.
/// </summary>
public class ScoreSheetEntry : IAudited, IVersioned
{
    public int Id { get; set; }
    public int DossierId { get; set; }
    public int CouncilId { get; set; }
    public string MemberUserId { get; set; } = "";
    public string MemberName { get; set; } = "";
    public string AnswersJson { get; set; } = "{}";
    /// <summary>Criterion codes where the member found the criterion's printed knock-out ("Bị loại nếu …"), as a JSON array.</summary>
    public string KnockOutsJson { get; set; } = "[]";
    public decimal? Total { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public DateTime? RecusedAt { get; set; }
    public string? RecusalReason { get; set; }
    public DateTime UpdatedAt { get; set; }
    public long Version { get; set; }
}

/// <summary>The council's closed result for a dossier: what the province decides on (Art. 7.3.d).</summary>
public class Evaluation : IAudited
{
    public int Id { get; set; }
    public int DossierId { get; set; }
    public int CouncilId { get; set; }
    /// <summary>CouncilLevels code of the council that closed it: "province" or "central" (Art. 7.4).</summary>
    public string Level { get; set; } = Core.Councils.CouncilLevels.ProvinceCode;
    /// <summary>ScoringForm name the council used: Meeting or WrittenConsultation (Art. 7.6.d).</summary>
    public string Form { get; set; } = nameof(Core.Dossiers.ScoringForm.Meeting);
    public string RulebookId { get; set; } = "";
    public int SetNo { get; set; }
    public decimal Average { get; set; }
    public int Band { get; set; }
    public int? Stars { get; set; }
    public decimal Spread { get; set; }
    /// <summary>
    /// Provincial level: ProvincialOutcome name (ForwardToMinistry, RecogniseAtProvince, NotRecognised).
    /// Central level: CentralOutcome name (ProposeFiveStars, ReturnToProvince).
    /// </summary>
    public string Outcome { get; set; } = "";
    public string ExplanationVi { get; set; } = "";
    /// <summary>Each counted member's name, part scores and total, as JSON, so the minutes never change.</summary>
    public string MembersJson { get; set; } = "[]";
    public string ClosedBy { get; set; } = "";
    public DateTime ClosedAt { get; set; }
}

/// <summary>
/// One council's scoring of one dossier: which council (pinned when it opens, so a new term does not take over half-way),
/// the form (meeting or written consultation, Art. 7.6.d) and, for re-evaluation, the day the complete dossier arrived
/// (start of the 45 days, Art. 7.6.g). A written consultation may turn into a meeting; who did it and why is kept.
/// </summary>
public class ScoringSession : IAudited, IVersioned
{
    public int Id { get; set; }
    public int DossierId { get; set; }
    public int CouncilId { get; set; }
    /// <summary>CouncilLevels code: "province" or "central".</summary>
    public string Level { get; set; } = Core.Councils.CouncilLevels.ProvinceCode;
    /// <summary>ScoringForm name: Meeting or WrittenConsultation.</summary>
    public string Form { get; set; } = nameof(Core.Dossiers.ScoringForm.Meeting);
    public DateOnly? CompleteDossierOn { get; set; }
    public DateOnly? DueOn { get; set; }
    public DateTime OpenedAt { get; set; }
    public string OpenedBy { get; set; } = "";
    public DateTime? SwitchedToMeetingAt { get; set; }
    public string? SwitchedToMeetingBy { get; set; }
    public string? MeetingReason { get; set; }
    public long Version { get; set; }
}

/// <summary>
/// Hồ sơ bị loại: the legal ground (a disqualifier code of the dossier's sheet, or "knock-out" with the criterion),
/// the chair's note and who rejected it, at which level. Written with the move to Rejected.
/// </summary>
public class DossierRejection : IAudited
{
    public int Id { get; set; }
    public int DossierId { get; set; }
    public int? CouncilId { get; set; }
    public string Level { get; set; } = Core.Councils.CouncilLevels.ProvinceCode;
    public string Ground { get; set; } = "";
    public string GroundText { get; set; } = "";
    public string? CriterionCode { get; set; }
    public string? CriterionCondition { get; set; }
    public string Note { get; set; } = "";
    public string RejectedBy { get; set; } = "";
    public DateTime RejectedAt { get; set; }
}
