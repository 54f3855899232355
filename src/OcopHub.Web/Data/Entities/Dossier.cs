using OcopHub.Core.Dossiers;

namespace OcopHub.Web.Data.Entities;

/// <summary>
/// Hồ sơ đánh giá, phân hạng sản phẩm OCOP (Art. 6): Mẫu 01 registration, Mẫu 02 self-assessment with evidence, and
/// what the commune (Mẫu 03) and the province add on the way. Scoped by the product's commune; a producer login sees
/// its own. Later steps (council scores, results, certificates) hang off <see cref="Id"/>, read the frozen
/// <see cref="RulebookId"/>/<see cref="SetNo"/> and move <see cref="State"/> through the same state machine.
/// </summary>
public class Dossier : IAudited, IVersioned, IRegionScoped
{
    public int Id { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }
    public int ProducerId { get; set; }
    public Producer? Producer { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    /// <summary>Lần đăng ký: lần đầu / nâng hạng / đánh giá lại.</summary>
    public DossierType Type { get; set; }
    public DossierState State { get; set; } = DossierState.Draft;

    /// <summary>Rulebook version of the sheet; frozen when first submitted (<see cref="RulebookFrozenAt"/>), never changed afterwards.</summary>
    public string RulebookId { get; set; } = "";
    public int SetNo { get; set; }
    public DateTime? RulebookFrozenAt { get; set; }

    // ---- Mẫu 01: Phiếu đăng ký sản phẩm ----
    /// <summary>Tên đơn vị (chủ thể).</summary>
    public string UnitName { get; set; } = "";
    public string? Address { get; set; }
    /// <summary>Người đại diện theo pháp luật.</summary>
    public string? LegalRepresentative { get; set; }
    public string? RepresentativePosition { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string ProductName { get; set; } = "";
    /// <summary>Ngành / nhóm copied from the rulebook so lists need not parse it.</summary>
    public string SectorCode { get; set; } = "";
    /// <summary>Số sản phẩm mẫu gửi kèm (5; none for tourism services, DossierRules.RequiredSamples).</summary>
    public int SampleCount { get; set; }
    /// <summary>Danh mục tài liệu kèm theo, one per line.</summary>
    public string? Attachments { get; set; }
    /// <summary>Nâng hạng: what changed since recognition (Art. 6.1.b).</summary>
    public string? ChangesSinceRecognition { get; set; }

    // ---- Mẫu 02: self-assessment answers (criterion code → option) ----
    public string AnswersJson { get; set; } = "{}";
    public decimal? SelfTotal { get; set; }
    public int? SelfStars { get; set; }
    public int? CopiedFromSelfAssessmentId { get; set; }

    // ---- Commune receipt (Art. 7.2) ----
    /// <summary>Số phiếu {seq}/PĐK-{tỉnh}-{xã}-{năm}; parts below carry the unique index that keeps it unique.</summary>
    public string? ReceiptNumber { get; set; }
    public int? ReceiptSequence { get; set; }
    public int? ReceiptYear { get; set; }
    public DateOnly? SubmittedOn { get; set; }
    public DateOnly? ReceivedOn { get; set; }
    /// <summary>Last day of the commune's 15 working days from <see cref="ReceivedOn"/>.</summary>
    public DateOnly? CommuneDueOn { get; set; }
    public DateOnly? ForwardedOn { get; set; }

    // ---- Mẫu 03: the commune's four local assessments (Art. 6.2.b) ----
    public bool? LocalMaterialsMet { get; set; }
    public string? LocalMaterialsNote { get; set; }
    public bool? LocalLabourMet { get; set; }
    public string? LocalLabourNote { get; set; }
    public bool? IdeaOriginMet { get; set; }
    public string? IdeaOriginNote { get; set; }
    public bool? LocalIdentityMet { get; set; }
    public string? LocalIdentityNote { get; set; }
    /// <summary>Ý kiến đề xuất của UBND cấp xã.</summary>
    public string? CommuneProposal { get; set; }

    // ---- Province ----
    public int? RoundId { get; set; }
    public Round? Round { get; set; }
    /// <summary>Tổ tư vấn: field survey (khảo sát thực tế), extra lab tests requested and their results (Art. 7.3.c).</summary>
    public string? SurveyNotes { get; set; }
    public string? LabTestsRequested { get; set; }
    public string? LabTestResults { get; set; }

    public string CreatedBy { get; set; } = "";
    /// <summary>The creator's ActorRole name: anything but Producer means the dossier was opened "thay mặt chủ thể".</summary>
    public string? CreatedByRole { get; set; }
    /// <summary>
    /// Nâng hạng / đánh giá lại: the certificate in force when the dossier was opened (refreshed when filed). The
    /// comparison "thay đổi so với lần được công nhận" reads it, and a re-evaluation sets its ReEvaluationFiledOn.
    /// A plain reference (no foreign key), like Certificate.DossierId.
    /// </summary>
    public int? BasedOnCertificateId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public long Version { get; set; }

    public List<DossierEvent> Events { get; set; } = [];
    public List<DossierEvidence> Evidence { get; set; } = [];

    public bool CommuneReportComplete =>
        LocalMaterialsMet is not null && LocalLabourMet is not null && IdeaOriginMet is not null && LocalIdentityMet is not null;
}

/// <summary>One step of the dossier's history, shown as its timeline. Written with the state change it records.</summary>
public class DossierEvent
{
    public long Id { get; set; }
    public int DossierId { get; set; }
    public DateTime At { get; set; }
    public string? UserId { get; set; }
    public string UserName { get; set; } = "";
    /// <summary>The acting role (ActorRole name).</summary>
    public string Role { get; set; } = "";
    public DossierAction Action { get; set; }
    public DossierState From { get; set; }
    public DossierState To { get; set; }
    public string? Note { get; set; }
}

/// <summary>Minh chứng: a file attached to the dossier, for one criterion of the sheet or for the whole dossier (no criterion).</summary>
public class DossierEvidence : IAudited
{
    public int Id { get; set; }
    public int DossierId { get; set; }
    public string? CriterionCode { get; set; }
    /// <summary>The uploaded name, cleaned, for display and download only.</summary>
    public string FileName { get; set; } = "";
    /// <summary>Name on disk: a GUID and the extension of the detected type.</summary>
    public string StoredName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long SizeBytes { get; set; }
    public string UploadedBy { get; set; } = "";
    public DateTime UploadedAt { get; set; }
}

/// <summary>Đợt đánh giá cấp tỉnh (Art. 5.1): statutory rounds by default dates, extra rounds by the council's plan.</summary>
public class Round : IAudited, IVersioned
{
    public int Id { get; set; }
    public string ProvinceCode { get; set; } = "";
    public int PlanYear { get; set; }
    public int Number { get; set; }
    /// <summary>Exclusive: proposals dated before this day join the round ("trước ngày 30/4").</summary>
    public DateOnly ProposedBefore { get; set; }
    public DateOnly DecideBefore { get; set; }
    public bool IsExtra { get; set; }
    public string Basis { get; set; } = "";
    public string? Note { get; set; }
    public long Version { get; set; }

    public Core.Rounds.EvaluationRound ToCore() =>
        new(Core.Rounds.RoundLevel.Province, PlanYear, Number, ProposedBefore, DecideBefore, IsExtra, Basis);
}

