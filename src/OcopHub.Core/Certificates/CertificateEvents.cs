namespace OcopHub.Core.Certificates;

/// <summary>Something that happened to a certificate, dated. Status is computed from these and a date, never stored.</summary>
public abstract record CertificateEvent(DateOnly On);

/// <summary>The producer filed a re-evaluation dossier (nộp hồ sơ đánh giá lại) at the commune.</summary>
public sealed record ReEvaluationFiled(DateOnly On) : CertificateEvent(On);

/// <summary>The competent authority concluded the re-evaluation (kết quả xử lý), whatever the result.</summary>
public sealed record ReEvaluationConcluded(DateOnly On) : CertificateEvent(On);

/// <summary>Quyết định thu hồi (Art. 8): no longer valid from <see cref="CertificateEvent.On"/>.</summary>
public sealed record CertificateRevoked(DateOnly On, RevocationGround Ground, string? DecisionNo = null) : CertificateEvent(On);

/// <summary>A new certificate for the same product (upgrade or re-evaluation) replaces this one.</summary>
public sealed record CertificateSuperseded(DateOnly On, string? ByCertificateNo = null) : CertificateEvent(On);
