namespace OcopHub.Web.Data.Entities;

/// <summary>
/// Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh for one term. The council whose term covers the day of
/// scoring scores the province's dossiers; its chair takes the chair's actions of the state machine.
/// </summary>
public class Council : IAudited, IVersioned
{
    public int Id { get; set; }
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
public class CouncilMember
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
    public string RulebookId { get; set; } = "";
    public int SetNo { get; set; }
    public decimal Average { get; set; }
    public int Band { get; set; }
    public int? Stars { get; set; }
    public decimal Spread { get; set; }
    /// <summary>ProvincialOutcome name: ForwardToMinistry, RecogniseAtProvince or NotRecognised.</summary>
    public string Outcome { get; set; } = "";
    public string ExplanationVi { get; set; } = "";
    /// <summary>Each counted member's name, part scores and total, as JSON, so the minutes never change.</summary>
    public string MembersJson { get; set; } = "[]";
    public string ClosedBy { get; set; } = "";
    public DateTime ClosedAt { get; set; }
}
