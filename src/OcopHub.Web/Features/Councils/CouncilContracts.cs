using OcopHub.Core.Scoring;

namespace OcopHub.Web.Features.Councils;

/// <summary>
/// A member's sheet. KnockOuts: criterion codes where the member recorded the printed knock-out as found;
/// KnockOutWarnings: every knock-out on the sheet (recorded, or a knock-out option ticked) with the printed condition.
/// </summary>
public sealed record ScoreSheetDto(int Id, string MemberUserId, string MemberName, bool IsMine, IReadOnlyDictionary<string, string>? Answers,
    decimal? Total, DateTime? SubmittedAt, DateTime? RecusedAt, string? RecusalReason, long Version,
    IReadOnlyList<string> KnockOuts, IReadOnlyList<KnockOutFindingDto> KnockOutWarnings);
public sealed record KnockOutFindingDto(string MemberName, string CriterionCode, string Condition, string? Option);
public sealed record PanelResultDto(decimal Average, int Band, int? Stars, decimal Spread, bool SpreadExceeded, string Outcome, string ExplanationVi,
    IReadOnlyList<MemberTotalDto> Members, bool KnockedOut);
public sealed record MemberTotalDto(string MemberUserId, string MemberName, decimal Total, IReadOnlyList<PartScore> Parts);

/// <summary>Art. 7.6.g: the 45 calendar days of a re-evaluation from the complete dossier.</summary>
public sealed record ReEvaluationDeadlineDto(DateOnly? CompleteDossierOn, DateOnly? DueOn, int? DaysLeft, bool Overdue, int LimitDays);

/// <summary>How the council works on this dossier: Meeting or WrittenConsultation, and the switch to a meeting if any.</summary>
public sealed record ScoringFormDto(string Form, string FormName, bool CanSwitchToMeeting, DateTime? SwitchedToMeetingAt, string? SwitchedToMeetingBy,
    string? MeetingReason, long SessionVersion, ReEvaluationDeadlineDto? Deadline);

public sealed record RejectionGroundDto(string Code, string Text, bool NeedsCriterion);
public sealed record KnockOutCriterionDto(string Code, string Title, string Condition);
public sealed record DossierRejectionDto(string Ground, string GroundText, string? CriterionCode, string? CriterionCondition, string Note,
    string Level, string RejectedBy, DateTime RejectedAt);

public sealed record ScoringViewDto(int DossierId, int CouncilId, string CouncilName, bool IsChair, int Members, int Counted, int Submitted, int Quorum,
    bool Complete, IReadOnlyList<ScoreSheetDto> Sheets, PanelResultDto? Result, EvaluationDto? Evaluation,
    string Level, string LevelName, ScoringFormDto Form, IReadOnlyList<KnockOutFindingDto> KnockOutFindings,
    IReadOnlyList<RejectionGroundDto> RejectionGrounds, IReadOnlyList<KnockOutCriterionDto> KnockOutCriteria, DossierRejectionDto? Rejection);
public sealed record EvaluationDto(int Id, decimal Average, int Band, int? Stars, decimal Spread, string Outcome, string ExplanationVi, string ClosedBy, DateTime ClosedAt,
    string Level, string Form);

public sealed record SheetInput(Dictionary<string, string>? Answers, long? Version, List<string>? KnockOuts = null);
public sealed record RecuseInput(string? Reason);
public sealed record ReopenInput(List<string> MemberUserIds, string? Note);
public sealed record CloseInput(long? Version, string? Note);
/// <summary>The chair turns a written consultation into a meeting; Version = the form's sessionVersion (0 before any).</summary>
public sealed record MeetingInput(string? Reason, long? Version);
/// <summary>The chair rejects the dossier on a Phụ lục II ground (and the criterion for "knock-out"); Version = the dossier's.</summary>
public sealed record RejectInput(string? Ground, string? CriterionCode, string? Note, long? Version);

/// <summary>A dossier waiting for the central council ("Chấm điểm cấp trung ương").</summary>
public sealed record CentralQueueItemDto(int DossierId, string ProductName, string UnitName, string ProvinceCode, string Type, string TypeName,
    string MySheet, int Submitted, int Members, bool Concluded, decimal? ProvincialAverage);
public sealed record CentralQueueDto(int? CouncilId, string? CouncilName, bool IsMember, IReadOnlyList<CentralQueueItemDto> Dossiers);
