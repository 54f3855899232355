namespace OcopHub.Core.Dossiers;

/// <summary>Lần đăng ký đánh giá (Mẫu 01 item 4; Art. 6.1 a–c).</summary>
public enum DossierType
{
    /// <summary>Lần đầu (Art. 6.1.a, 7.1–7.4).</summary>
    FirstTime,
    /// <summary>Nâng hạng: same path, the dossier shows the changes since recognition (Art. 6.1.b, 7.5).</summary>
    Upgrade,
    /// <summary>Đánh giá (phân hạng) lại at the end of the 36 months (Art. 6.1.c, 7.6).</summary>
    ReEvaluation,
}

/// <summary>Who acts on a dossier. The chairmen of the People's Committees and the Minister act through their offices.</summary>
public enum ActorRole
{
    /// <summary>Chủ thể OCOP.</summary>
    Producer,
    /// <summary>Cán bộ UBND cấp xã.</summary>
    CommuneOfficer,
    /// <summary>Cơ quan tham mưu quản lý OCOP cấp tỉnh; records the provincial chairman's decisions.</summary>
    ProvincialOffice,
    /// <summary>Thành viên Hội đồng cấp tỉnh.</summary>
    CouncilMember,
    /// <summary>Chủ tịch Hội đồng cấp tỉnh.</summary>
    CouncilChair,
    /// <summary>Bộ Nông nghiệp và Môi trường (its OCOP office and central council); records the Minister's decisions.</summary>
    Ministry,
    /// <summary>Quản trị hệ thống: runs the software, holds no power in the procedure.</summary>
    SystemAdmin,
}

/// <summary>Where a dossier stands (Art. 7).</summary>
public enum DossierState
{
    /// <summary>Bản nháp: being prepared by the producer.</summary>
    Draft,
    /// <summary>Đã nộp: sent to the commune, not yet received. A resubmission after completion comes back here too.</summary>
    Submitted,
    /// <summary>UBND cấp xã đã tiếp nhận và đang xem xét (15 working days, Art. 7.2).</summary>
    CommuneReview,
    /// <summary>Trả lại để hoàn thiện hồ sơ (by the commune, the provincial office, or on the advisory group's request).</summary>
    ReturnedForCompletion,
    /// <summary>UBND cấp xã đã gửi đề nghị lên UBND cấp tỉnh (Mẫu 03 + proposal, Art. 7.2.b).</summary>
    ForwardedToProvince,
    /// <summary>Cơ quan tham mưu cấp tỉnh kiểm tra thành phần, nội dung (Art. 7.3.a).</summary>
    ProvinceCheck,
    /// <summary>Đã xếp vào đợt đánh giá (Art. 5.1).</summary>
    AssignedToRound,
    /// <summary>Tổ tư vấn đánh giá hồ sơ, khảo sát thực tế (Art. 7.3.c).</summary>
    AdvisoryReview,
    /// <summary>Hội đồng cấp tỉnh chấm điểm (meeting, or written consultation for re-evaluation, Art. 7.3.d, 7.6.d).</summary>
    Scoring,
    /// <summary>Chờ Chủ tịch UBND cấp tỉnh quyết định (Art. 7.3.đ–e); also where a product returns after a central score below 90.</summary>
    ProvincialDecision,
    /// <summary>Bộ NN&amp;MT đánh giá sản phẩm tiềm năng 5 sao (≥ 90 điểm, Art. 7.3.e, 7.4).</summary>
    CentralReview,
    /// <summary>Đã công nhận, cấp giấy chứng nhận (3–4★ by the province, 5★ by the Minister).</summary>
    Recognised,
    /// <summary>Không công nhận: 1–2★, no decision and no certificate (Art. 4.1.a).</summary>
    NotRecognised,
    /// <summary>Chủ thể rút hồ sơ.</summary>
    Withdrawn,
    /// <summary>Hồ sơ bị loại (forged, food-safety certificate missing, non-compliant, or a knock-out criterion).</summary>
    Rejected,
}

/// <summary>What an actor does to a dossier.</summary>
public enum DossierAction
{
    Submit,
    Withdraw,
    Receive,
    ReturnForCompletion,
    ForwardToProvince,
    AcceptAtProvince,
    AssignToRound,
    StartAdvisoryReview,
    OpenScoring,
    SubmitScore,
    ConcludeScoring,
    Recognise,
    DeclineRecognition,
    ForwardToMinistry,
    ReturnToProvince,
    Reject,
}
