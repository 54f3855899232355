using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Calendar;
using OcopHub.Core.Certificates;
using OcopHub.Core.Dossiers;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Features.Rulebooks;

namespace OcopHub.Web.Features.Dossiers;

/// <summary>The product's recognition in force: its certificate when there is one, else a history row (paper records without a certificate).</summary>
public sealed record CurrentRecognition(RecognitionInForce Recognition, Certificate? Certificate);

/// <summary>The re-evaluation filing window of the certificate behind a dossier (Art. 7.6.a), and where today falls.</summary>
public sealed record FilingWindowDto(DateOnly Opens, DateOnly Closes, DateOnly ExpiresOn, FilingTiming Timing);

/// <summary>The recognition an upgrade or re-evaluation dossier starts from.</summary>
public sealed record PreviousRecognitionDto(int? CertificateId, string? CertificateNumber, int Stars, decimal? Points, DateOnly IssuedOn, DateOnly ExpiresOn,
    int? DossierId, int? EvaluationId);

/// <summary>
/// "Thay đổi so với lần được công nhận". <c>Detailed</c> is false when the recognition has no dossier on the system
/// (paper or imported): then only the previous star, points and certificate are known and <c>UnavailableReason</c> says so.
/// </summary>
public sealed record RecognitionComparisonDto(PreviousRecognitionDto Previous, bool Detailed, string? UnavailableReason,
    IReadOnlyList<FieldChange> Fields, IReadOnlyList<AnswerChange> Answers, int? NewSelfStars, decimal? NewSelfTotal, string? ChangesSinceRecognition,
    int? UpgradeTarget, string? Warning);

/// <summary>Reads of the recognition behind a dossier: type rules (Art. 6.1, 7.5, 7.6.a) and the comparison with the recognised dossier.</summary>
public sealed class DossierRecognition(OcopDbContext db, RulebookCatalog catalog, WorkingDayCalendar calendar)
{
    /// <summary>The certificate in force on <paramref name="today"/> (latest issued), else a history row still in force.</summary>
    public async Task<CurrentRecognition?> CurrentAsync(int productId, DateOnly today, CancellationToken ct, bool tracking = false)
    {
        var query = db.Certificates.Where(c => c.ProductId == productId && c.RevokedOn == null && c.SupersededOn == null && c.IssuedOn <= today);
        if (!tracking) query = query.AsNoTracking();
        var certificates = await query.OrderByDescending(c => c.IssuedOn).ThenByDescending(c => c.Id).ToListAsync(ct);
        if (certificates.FirstOrDefault(c => c.StatusOn(today) is not (CertificateStatus.Expired or CertificateStatus.Revoked or CertificateStatus.Superseded)) is { } cert)
            return new(Of(cert), cert);
        var record = await db.Set<ProductOcopRecord>().AsNoTracking()
            .Where(r => r.ProductId == productId && r.RevokedOn == null && r.ExpiresOn != null && r.ExpiresOn >= today && r.Stars >= 3)
            .OrderByDescending(r => r.ExpiresOn).FirstOrDefaultAsync(ct);
        return record is null ? null
            : new(new RecognitionInForce(record.Stars, record.Points, record.IssuedOn ?? record.DecisionDate ?? record.ExpiresOn!.Value.AddMonths(-36),
                record.ExpiresOn!.Value, record.CertificateNumber), null);
    }

    public static RecognitionInForce Of(Certificate c) => new(c.Stars, c.Points, c.IssuedOn, c.ExpiresOn, c.Number);

    public FilingWindowDto Window(RecognitionInForce r, DateOnly today)
    {
        var w = DossierEligibility.ReEvaluationWindow(r.ExpiresOn, calendar);
        return new(w.Opens, w.Closes, r.ExpiresOn, w.Classify(today));
    }

    public WorkingDayCalendar Calendar => calendar;

    /// <summary>The recognition the dossier started from: the certificate it names, else the product's current one. Null for first-time dossiers.</summary>
    public async Task<(RecognitionInForce Recognition, Certificate? Certificate)?> BehindAsync(Dossier d, DateOnly today, CancellationToken ct)
    {
        if (d.Type == DossierType.FirstTime) return null;
        if (d.BasedOnCertificateId is { } certId && await db.Certificates.AsNoTracking().FirstOrDefaultAsync(c => c.Id == certId, ct) is { } named)
            return (Of(named), named);
        // Never the certificate this dossier itself led to (a recognised dossier compares with what came before it).
        return await CurrentAsync(d.ProductId, today, ct) is { } current && (current.Certificate?.DossierId is not { } own || own != d.Id)
            ? (current.Recognition, current.Certificate) : null;
    }

    /// <summary>The comparison shown on the dossier page and in its DTO; null for first-time dossiers or when no recognition is known.</summary>
    public async Task<RecognitionComparisonDto?> CompareAsync(Dossier d, DateOnly today, CancellationToken ct)
    {
        if (await BehindAsync(d, today, ct) is not var (recognition, cert)) return null;
        var evaluation = cert?.EvaluationId is { } evId ? await db.Evaluations.AsNoTracking().FirstOrDefaultAsync(e => e.Id == evId, ct) : null;
        var previousDossierId = cert?.DossierId ?? evaluation?.DossierId;
        var previous = previousDossierId is { } pid && pid != d.Id ? await db.Dossiers.AsNoTracking().FirstOrDefaultAsync(x => x.Id == pid, ct) : null;
        var points = recognition.Points ?? evaluation?.Average;
        var prev = new PreviousRecognitionDto(cert?.Id, recognition.CertificateNumber, recognition.Stars, points, recognition.IssuedOn, recognition.ExpiresOn,
            previous?.Id, evaluation?.Id);
        var target = d.Type == DossierType.Upgrade ? DossierEligibility.UpgradeTarget(recognition.Stars) : null;
        var warning = DossierEligibility.UpgradeWarning(d.Type, recognition, d.SelfStars);
        if (previous is null)
            return new(prev, false, "Lần công nhận trước không có hồ sơ trên hệ thống (công nhận trên giấy hoặc nhập từ dữ liệu cũ); không so sánh chi tiết được.",
                [], [], d.SelfStars, d.SelfTotal, d.ChangesSinceRecognition, target, warning);
        var fields = RecognitionChanges.Fields([
            ("Tên đơn vị", previous.UnitName, d.UnitName), ("Địa chỉ", previous.Address, d.Address),
            ("Người đại diện theo pháp luật", previous.LegalRepresentative, d.LegalRepresentative), ("Chức vụ", previous.RepresentativePosition, d.RepresentativePosition),
            ("Điện thoại", previous.Phone, d.Phone), ("Email", previous.Email, d.Email), ("Tên sản phẩm", previous.ProductName, d.ProductName),
            ("Bộ sản phẩm", $"{previous.SetNo} ({previous.RulebookId})", $"{d.SetNo} ({d.RulebookId})"),
            ("Số sản phẩm mẫu", previous.SampleCount.ToString(System.Globalization.CultureInfo.InvariantCulture), d.SampleCount.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Tài liệu kèm theo", previous.Attachments, d.Attachments),
        ]);
        var answers = catalog.Find(d.RulebookId) is { } book && book.FindSheet(d.SetNo) is not null
            ? RecognitionChanges.Answers(catalog.Find(previous.RulebookId), previous.SetNo, SelfAssessments.EditModel.Read(previous.AnswersJson),
                book, d.SetNo, SelfAssessments.EditModel.Read(d.AnswersJson))
            : [];
        return new(prev, true, null, fields, answers, d.SelfStars, d.SelfTotal, d.ChangesSinceRecognition, target, warning);
    }
}
