using OcopHub.Core.Dossiers;

namespace OcopHub.Web.Features.Certificates;

/// <summary>One dossier of a decision or a batch, with the version read (a concurrent change → 409, nothing written).</summary>
public sealed record ResultItem(int? DossierId, long? Version);

/// <summary>
/// One recognition decision for several dossiers (provincial 3★/4★ or national 5★). Stars and points are not part of
/// the input: they are the evaluation's.
/// </summary>
public sealed record ResultDecisionInput(string? Number, DateOnly? DecisionDate, string? SignerName, string? SignerTitle, string? Note,
    IReadOnlyList<ResultItem>? Items);

/// <summary>Decline or forward several dossiers at once; the note goes on each timeline (and on the written notice).</summary>
public sealed record ResultBatchInput(IReadOnlyList<ResultItem>? Items, string? Note);

/// <summary>One dossier: decline, forward, return to the province or reject.</summary>
public sealed record ResultStepInput(long? Version, string? Note);

public sealed record EvaluationView(int Id, decimal Average, int? Stars, string Outcome, string ExplanationVi, bool IsCentral, DateTime ClosedAt, string ClosedBy);

/// <summary>
/// A dossier waiting for a decision with its latest evaluation. <c>Choice</c>: for the province a ProvincialChoice name;
/// for the Ministry RecogniseFiveStars, ReturnToProvince or AwaitingCentralCouncil. <c>Summary</c> says it in Vietnamese.
/// </summary>
public sealed record PendingResultDto(int DossierId, long Version, DossierState State, int ProductId, string ProductName, string UnitName,
    string? ReceiptNumber, string ProvinceCode, string CommuneCode, int? RoundId, string RoundName, bool ReturnedFromCentral,
    EvaluationView? Evaluation, string Choice, string Summary);

public sealed record ResultBatchDto(int Count, IReadOnlyList<int> DossierIds);

/// <summary>The Ministry's choices for a dossier in CentralReview.</summary>
public static class CentralChoice
{
    public const string RecogniseFiveStars = "RecogniseFiveStars";
    public const string ReturnToProvince = "ReturnToProvince";
    public const string AwaitingCentralCouncil = "AwaitingCentralCouncil";
}
