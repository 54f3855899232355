using OcopHub.Core.Certificates;
using OcopHub.Web.Data.Entities;

namespace OcopHub.Web.Features.Certificates;

public sealed record RevocationDto(string Ground, string GroundText, string Citation, DateOnly RevokedOn, DateOnly? TriggeredOn,
    DateOnly? Deadline, bool Late, string? DecisionNumber, string? SignerName, string? SignerTitle, string? Note, int? InspectionId);

public sealed record CertificateDto(int Id, string Number, int Stars, decimal? Points, string? RulebookId, int ProductId, string ProductName,
    int ProducerId, string ProducerName, string? ProducerAddress, string ProvinceCode, string CommuneCode, DateOnly IssuedOn, DateOnly ExpiresOn,
    CertificateStatus Status, string StatusText, DateOnly WindowOpens, DateOnly WindowCloses, DateOnly? ReEvaluationFiledOn,
    int DecisionId, string? DecisionNumber, DateOnly? DecisionDate, DateOnly? SupersededOn, int? SupersededById, string? SupersededByNumber,
    RevocationDto? Revocation, int? DossierId, int? EvaluationId, string VerifyUrl, string PdfUrl, long Version);

/// <summary>What anyone may see: no phone, tax code, points or internal ids.</summary>
public sealed record PublicCertificateDto(string Number, int Stars, string ProductName, string ProducerName, string? ProducerAddress,
    DateOnly IssuedOn, DateOnly ExpiresOn, CertificateStatus Status, string StatusText, bool Valid, string? DecisionNumber, DateOnly? DecisionDate,
    DateOnly? RevokedOn, string? RevocationGround, string? RevocationGroundText, string? SupersededByNumber);

public sealed record InspectionDto(int Id, int CertificateId, InspectionKind Kind, DateOnly InspectedOn, string Inspector, string? Unit,
    string? Findings, bool CriteriaStillMet, bool MarkUsedCorrectly, bool MeetsCriteria, string? RevocationGround, DateOnly? RevokeBy, long Version);

public sealed record DecisionDto(int Id, string Number, DateOnly DecisionDate, string Level, string? ProvinceCode, string SignerName,
    string SignerTitle, string? Note, long Version, IReadOnlyList<CertificateDto> Certificates);

public static class CertificateMapping
{
    public static RevocationDto? Revocation(Certificate c) => c.RevokedOn is not { } on ? null : new(
        c.RevocationGround?.Letter() ?? "", c.RevocationGround?.TextVi() ?? "", c.RevocationGround?.CitationVi() ?? "", on,
        c.RevocationTriggeredOn, c.RevocationDeadline, c.RevocationDeadline is { } dl && on > dl,
        c.RevocationDecisionNumber, c.RevocationSignerName, c.RevocationSignerTitle, c.RevocationNote, c.RevocationInspectionId);

    public static CertificateDto Dto(Certificate c, DateOnly today)
    {
        var life = c.Lifecycle();
        var status = c.StatusOn(today);
        return new(c.Id, c.Number, c.Stars, c.Points, c.RulebookId, c.ProductId, c.ProductName, c.ProducerId, c.ProducerName, c.ProducerAddress,
            c.ProvinceCode, c.CommuneCode, c.IssuedOn, c.ExpiresOn, status, CertificateViews.StatusVi(status), life.Window.Opens, life.Window.Closes,
            c.ReEvaluationFiledOn, c.DecisionId, c.Decision?.Number, c.Decision?.DecisionDate, c.SupersededOn, c.SupersededById, c.SupersededByNumber,
            Revocation(c), c.DossierId, c.EvaluationId, CertificateViews.VerifyPath(c.Number), $"/api/v1/certificates/{c.Id}/pdf", c.Version);
    }

    public static PublicCertificateDto Public(Certificate c, DateOnly today)
    {
        var status = c.StatusOn(today);
        return new(c.Number, c.Stars, c.ProductName, c.ProducerName, c.ProducerAddress, c.IssuedOn, c.ExpiresOn, status, CertificateViews.StatusVi(status),
            c.Lifecycle().IsValidOn(today < c.IssuedOn ? c.IssuedOn : today, c.Events()), c.Decision?.Number, c.Decision?.DecisionDate,
            c.RevokedOn, c.RevocationGround?.Letter(), c.RevocationGround?.TextVi(), c.SupersededByNumber);
    }

    public static InspectionDto Dto(CertificateInspection i, int stars)
    {
        var @case = Inspections.Conclude(i.InspectedOn, stars, i.CriteriaStillMet, i.MarkUsedCorrectly);
        return new(i.Id, i.CertificateId, i.Kind, i.InspectedOn, i.Inspector, i.Unit, i.Findings, i.CriteriaStillMet, i.MarkUsedCorrectly,
            i.MeetsCriteria, @case?.Ground.Letter(), @case?.DecideBy(Holidays.Calendar), i.Version);
    }
}
