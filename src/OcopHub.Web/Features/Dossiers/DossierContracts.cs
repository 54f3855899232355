using OcopHub.Core.Dossiers;

namespace OcopHub.Web.Features.Dossiers;

/// <summary>Mẫu 01 fields and the Mẫu 02 answers of a draft. Null leaves a field as it is on edit.</summary>
public sealed record DossierInput(
    int? ProductId = null, DossierType? Type = null, string? UnitName = null, string? Address = null, string? LegalRepresentative = null,
    string? RepresentativePosition = null, string? Phone = null, string? Email = null, string? ProductName = null, int? SampleCount = null,
    string? Attachments = null, string? ChangesSinceRecognition = null, Dictionary<string, string>? Answers = null,
    int? CopyFromSelfAssessmentId = null, long? Version = null);

/// <summary>A move of the procedure. <c>RoundId</c> only for AssignToRound.</summary>
public sealed record TransitionInput(string? Action, string? Note, long? Version, int? RoundId = null);

/// <summary>Mẫu 03: the commune's four assessments (met / not met, with a note) and its proposal.</summary>
public sealed record CommuneReportInput(bool? LocalMaterialsMet, string? LocalMaterialsNote, bool? LocalLabourMet, string? LocalLabourNote,
    bool? IdeaOriginMet, string? IdeaOriginNote, bool? LocalIdentityMet, string? LocalIdentityNote, string? CommuneProposal, long? Version);

/// <summary>Tổ tư vấn's findings (Art. 7.3.c).</summary>
public sealed record AdvisoryInput(string? SurveyNotes, string? LabTestsRequested, string? LabTestResults, long? Version);

/// <summary>What a workflow call ends in: an HTTP-like status, a Vietnamese title/detail, field errors.</summary>
public sealed record WorkflowResult(int Status, string? Title = null, string? Detail = null, Dictionary<string, string[]>? Errors = null)
{
    public bool Ok => Status is >= 200 and < 300;
    public static readonly WorkflowResult Done = new(200);
    public static WorkflowResult NotFound(int id) => new(404, "Không tìm thấy hồ sơ", $"Không có hồ sơ số {id} trong phạm vi của bạn.");
    public static WorkflowResult Forbidden(string detail) => new(403, "Không có thẩm quyền", detail);
    public static WorkflowResult Conflict(string detail) => new(409, "Không thể thực hiện", detail);
    public static WorkflowResult Stale() => new(409, "Hồ sơ đã bị người khác thay đổi", "Hãy tải lại hồ sơ và thực hiện lại thao tác của bạn.");
    public static WorkflowResult Invalid(Dictionary<string, string[]> errors) => new(400, "Dữ liệu hồ sơ không hợp lệ", string.Join(" ", errors.Values.SelectMany(v => v)), errors);
    public static WorkflowResult Invalid(string field, string message) => Invalid(new() { [field] = [message] });

    /// <summary>The first message, for a page's alert.</summary>
    public string Message => Errors is { Count: > 0 } ? string.Join(" ", Errors.Values.SelectMany(v => v)) : Detail ?? Title ?? "";
}
