namespace OcopHub.Core.Dossiers;

/// <summary>Vietnamese names shown to users and used in refusal reasons.</summary>
public static class DossierLabels
{
    public static string Vi(this DossierState s) => s switch
    {
        DossierState.Draft => "Bản nháp",
        DossierState.Submitted => "Đã nộp, chờ UBND cấp xã tiếp nhận",
        DossierState.CommuneReview => "UBND cấp xã đang xem xét",
        DossierState.ReturnedForCompletion => "Trả lại để hoàn thiện hồ sơ",
        DossierState.ForwardedToProvince => "Đã gửi UBND cấp tỉnh",
        DossierState.ProvinceCheck => "Cơ quan tham mưu cấp tỉnh đang kiểm tra",
        DossierState.AssignedToRound => "Đã xếp vào đợt đánh giá",
        DossierState.AdvisoryReview => "Tổ tư vấn đang đánh giá",
        DossierState.Scoring => "Hội đồng cấp tỉnh đang chấm điểm",
        DossierState.ProvincialDecision => "Chờ Chủ tịch UBND cấp tỉnh quyết định",
        DossierState.CentralReview => "Bộ Nông nghiệp và Môi trường đang đánh giá",
        DossierState.Recognised => "Đã công nhận",
        DossierState.NotRecognised => "Không được công nhận",
        DossierState.Withdrawn => "Đã rút hồ sơ",
        DossierState.Rejected => "Hồ sơ bị loại",
        _ => throw new ArgumentOutOfRangeException(nameof(s), s, null),
    };

    public static string Vi(this DossierAction a) => a switch
    {
        DossierAction.Submit => "Nộp hồ sơ",
        DossierAction.Withdraw => "Rút hồ sơ",
        DossierAction.Receive => "Tiếp nhận hồ sơ",
        DossierAction.ReturnForCompletion => "Trả lại để hoàn thiện",
        DossierAction.ForwardToProvince => "Gửi UBND cấp tỉnh",
        DossierAction.AcceptAtProvince => "Tiếp nhận hồ sơ cấp tỉnh",
        DossierAction.AssignToRound => "Xếp vào đợt đánh giá",
        DossierAction.StartAdvisoryReview => "Giao Tổ tư vấn đánh giá",
        DossierAction.OpenScoring => "Mở chấm điểm",
        DossierAction.SubmitScore => "Nộp phiếu chấm điểm",
        DossierAction.ConcludeScoring => "Kết thúc chấm điểm",
        DossierAction.Recognise => "Công nhận",
        DossierAction.DeclineRecognition => "Không công nhận",
        DossierAction.ForwardToMinistry => "Đề nghị Bộ đánh giá 5 sao",
        DossierAction.ReturnToProvince => "Trả kết quả về tỉnh",
        DossierAction.Reject => "Loại hồ sơ",
        _ => throw new ArgumentOutOfRangeException(nameof(a), a, null),
    };

    public static string Vi(this ActorRole r) => r switch
    {
        ActorRole.Producer => "Chủ thể OCOP",
        ActorRole.CommuneOfficer => "UBND cấp xã",
        ActorRole.ProvincialOffice => "Cơ quan tham mưu quản lý OCOP cấp tỉnh",
        ActorRole.CouncilMember => "Thành viên Hội đồng",
        ActorRole.CouncilChair => "Chủ tịch Hội đồng",
        ActorRole.Ministry => "Bộ Nông nghiệp và Môi trường",
        ActorRole.SystemAdmin => "Quản trị hệ thống",
        _ => throw new ArgumentOutOfRangeException(nameof(r), r, null),
    };

    public static string Vi(this DossierType t) => t switch
    {
        DossierType.FirstTime => "Lần đầu",
        DossierType.Upgrade => "Nâng hạng",
        DossierType.ReEvaluation => "Đánh giá lại",
        _ => throw new ArgumentOutOfRangeException(nameof(t), t, null),
    };
}
