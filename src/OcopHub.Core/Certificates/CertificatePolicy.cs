namespace OcopHub.Core.Certificates;

/// <summary>
/// The numbers of a certificate's life. Defaults are QĐ 26/2026/QĐ-TTg; kept as data because the next rulebook
/// may change them and certificates issued under older rules keep their own (Art. 12.1).
/// </summary>
public sealed record CertificatePolicy(
    int ValidityMonths,                 // Art. 4.3: 36 tháng kể từ ngày ban hành
    int WindowOpensDaysBeforeExpiry,    // Art. 7.6.a: không sớm hơn 180 ngày
    int WindowClosesDaysBeforeExpiry,   // Art. 7.6.a: không muộn hơn 120 ngày
    int GraceDaysAfterExpiry,           // Art. 12.3: không quá 180 ngày tính từ ngày hết thời hạn
    DateOnly? GraceOnlyForWindowsClosedBefore, // Art. 12.3 is transitional: see Default
    int ClosingSoonLeadDays)            // OCOP Hub's own reminder lead time, not a legal number
{
    /// <summary>
    /// QĐ 26/2026. Art. 12.3 (a transitional clause) extends only certificates whose filing window could not be met
    /// under the new rule; OCOP Hub reads that as "the window had already closed when the Decision took effect
    /// (22/5/2026)". Set <see cref="GraceOnlyForWindowsClosedBefore"/> to null for the broad reading (any missed window).
    /// </summary>
    public static CertificatePolicy Default { get; } = new(36, 180, 120, 180, new DateOnly(2026, 5, 22), 14);
}
