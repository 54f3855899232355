namespace OcopHub.Core.Dossiers;

/// <summary>One allowed move: from a state, an action by one of the roles leads to a state. Article = legal basis.</summary>
public sealed record DossierTransition(DossierState From, DossierAction Action, IReadOnlyList<ActorRole> Roles, DossierState To, string Article);

/// <summary>The answer: allowed with the next state, or refused with a reason in Vietnamese.</summary>
public sealed record TransitionResult(bool Allowed, DossierState? Next, string? Reason)
{
    public static TransitionResult Ok(DossierState next) => new(true, next, null);
    public static TransitionResult Refused(string reason) => new(false, null, reason);
}

/// <summary>
/// The OCOP procedure (QĐ 26/2026/QĐ-TTg Art. 7) as a table of (state, action) → (roles, next state).
/// Everything not in the table is refused. Decisions the Decision leaves open are marked "quyết định thiết kế" in
/// the Article column and explained in docs/procedure.md.
/// </summary>
public static class DossierStateMachine
{
    private static readonly ActorRole[] Producer = [ActorRole.Producer];
    // "Chủ thể … hoặc cán bộ thay mặt": the commune officer may file the producer's dossier on its behalf (Art. 7.1).
    private static readonly ActorRole[] ProducerOrOfficer = [ActorRole.Producer, ActorRole.CommuneOfficer];
    private static readonly ActorRole[] Commune = [ActorRole.CommuneOfficer];
    private static readonly ActorRole[] Office = [ActorRole.ProvincialOffice];
    private static readonly ActorRole[] Chair = [ActorRole.CouncilChair];
    private static readonly ActorRole[] Council = [ActorRole.CouncilMember, ActorRole.CouncilChair];
    private static readonly ActorRole[] Ministry = [ActorRole.Ministry];

    // The producer may withdraw until the advisory group or council starts work on the dossier (design decision:
    // the Decision is silent; after that point the council's work and any finding of forgery must stand).
    private const string WithdrawBasis = "quyết định thiết kế: rút trước khi Tổ tư vấn/Hội đồng làm việc";

    /// <summary>Every allowed transition, in procedure order.</summary>
    public static IReadOnlyList<DossierTransition> Transitions { get; } =
    [
        new(DossierState.Draft, DossierAction.Submit, ProducerOrOfficer, DossierState.Submitted, "Điều 7.1"),
        new(DossierState.Draft, DossierAction.Withdraw, Producer, DossierState.Withdrawn, WithdrawBasis),

        new(DossierState.Submitted, DossierAction.Receive, Commune, DossierState.CommuneReview, "Điều 7.2"),
        new(DossierState.Submitted, DossierAction.ReturnForCompletion, Commune, DossierState.ReturnedForCompletion, "Điều 7.2.a, 10.4.a"),
        new(DossierState.Submitted, DossierAction.Withdraw, Producer, DossierState.Withdrawn, WithdrawBasis),

        new(DossierState.CommuneReview, DossierAction.ReturnForCompletion, Commune, DossierState.ReturnedForCompletion, "Điều 7.2.a, 10.4.a"),
        new(DossierState.CommuneReview, DossierAction.ForwardToProvince, Commune, DossierState.ForwardedToProvince, "Điều 7.2.b, 6.2"),
        new(DossierState.CommuneReview, DossierAction.Withdraw, Producer, DossierState.Withdrawn, WithdrawBasis),

        // Completion always re-enters through the commune, where the paper set is filed (Art. 7.1, 7.3.a).
        new(DossierState.ReturnedForCompletion, DossierAction.Submit, ProducerOrOfficer, DossierState.Submitted, "Điều 7.1, 7.3.a"),
        new(DossierState.ReturnedForCompletion, DossierAction.Withdraw, Producer, DossierState.Withdrawn, WithdrawBasis),

        new(DossierState.ForwardedToProvince, DossierAction.AcceptAtProvince, Office, DossierState.ProvinceCheck, "Điều 7.3.a"),
        new(DossierState.ForwardedToProvince, DossierAction.Withdraw, Producer, DossierState.Withdrawn, WithdrawBasis),

        new(DossierState.ProvinceCheck, DossierAction.ReturnForCompletion, Office, DossierState.ReturnedForCompletion, "Điều 7.3.a"),
        new(DossierState.ProvinceCheck, DossierAction.AssignToRound, Office, DossierState.AssignedToRound, "Điều 5.1"),
        new(DossierState.ProvinceCheck, DossierAction.Reject, Office, DossierState.Rejected, "Phụ lục II: Hồ sơ bị loại"),
        new(DossierState.ProvinceCheck, DossierAction.Withdraw, Producer, DossierState.Withdrawn, WithdrawBasis),

        new(DossierState.AssignedToRound, DossierAction.StartAdvisoryReview, Office, DossierState.AdvisoryReview, "Điều 7.3.c"),
        // Re-evaluation: the office's report replaces the advisory review and the council decides in writing (Art. 7.6.c–d).
        new(DossierState.AssignedToRound, DossierAction.OpenScoring, Chair, DossierState.Scoring, "Điều 7.6.c–d"),
        new(DossierState.AssignedToRound, DossierAction.Withdraw, Producer, DossierState.Withdrawn, WithdrawBasis),

        new(DossierState.AdvisoryReview, DossierAction.OpenScoring, Chair, DossierState.Scoring, "Điều 7.3.c–d"),
        new(DossierState.AdvisoryReview, DossierAction.ReturnForCompletion, Office, DossierState.ReturnedForCompletion, "Điều 7.3.c (đề xuất bổ sung hồ sơ)"),
        new(DossierState.AdvisoryReview, DossierAction.Reject, Chair, DossierState.Rejected, "Phụ lục II: Hồ sơ bị loại"),

        new(DossierState.Scoring, DossierAction.SubmitScore, Council, DossierState.Scoring, "Điều 7.3.d; Phụ lục II"),
        new(DossierState.Scoring, DossierAction.ConcludeScoring, Chair, DossierState.ProvincialDecision, "Điều 7.3.d"),
        new(DossierState.Scoring, DossierAction.Reject, Chair, DossierState.Rejected, "Phụ lục II: Hồ sơ bị loại, điểm loại trực tiếp"),

        new(DossierState.ProvincialDecision, DossierAction.Recognise, Office, DossierState.Recognised, "Điều 7.3.đ–e (3, 4 sao)"),
        new(DossierState.ProvincialDecision, DossierAction.DeclineRecognition, Office, DossierState.NotRecognised, "Điều 4.1.a (1, 2 sao)"),
        new(DossierState.ProvincialDecision, DossierAction.ForwardToMinistry, Office, DossierState.CentralReview, "Điều 7.3.e (≥ 90 điểm)"),
        new(DossierState.ProvincialDecision, DossierAction.AssignToRound, Office, DossierState.AssignedToRound, "Điều 7.4.g (tỉnh tổ chức đánh giá lại)"),

        // The central council (Ministry users) scores on the same digital sheet; its chair concludes: ≥ 90 stays for the
        // Minister's 5★ decision, < 90 goes back to the province (ReturnToProvince) (Art. 7.4.d–g).
        new(DossierState.CentralReview, DossierAction.SubmitScore, Ministry, DossierState.CentralReview, "Điều 7.4.d; Phụ lục II"),
        new(DossierState.CentralReview, DossierAction.ConcludeScoring, Ministry, DossierState.CentralReview, "Điều 7.4.d–đ (≥ 90 điểm: chờ Bộ trưởng quyết định)"),
        new(DossierState.CentralReview, DossierAction.Recognise, Ministry, DossierState.Recognised, "Điều 7.4.đ–e (5 sao)"),
        new(DossierState.CentralReview, DossierAction.ReturnToProvince, Ministry, DossierState.ProvincialDecision, "Điều 7.4.g (< 90 điểm)"),
        new(DossierState.CentralReview, DossierAction.Reject, Ministry, DossierState.Rejected, "Phụ lục II: Hồ sơ bị loại"),
    ];

    private static readonly Dictionary<(DossierState, DossierAction), DossierTransition> Table =
        Transitions.ToDictionary(t => (t.From, t.Action));

    /// <summary>States with no way out.</summary>
    public static bool IsTerminal(DossierState state) =>
        state is DossierState.Recognised or DossierState.NotRecognised or DossierState.Withdrawn or DossierState.Rejected;

    /// <summary>Whether <paramref name="role"/> may do <paramref name="action"/> on a dossier in <paramref name="state"/>, and where it leads.</summary>
    public static TransitionResult Decide(DossierState state, DossierAction action, ActorRole role)
    {
        if (!Enum.IsDefined(state)) throw new ArgumentOutOfRangeException(nameof(state), state, null);
        if (!Enum.IsDefined(action)) throw new ArgumentOutOfRangeException(nameof(action), action, null);
        if (!Enum.IsDefined(role)) throw new ArgumentOutOfRangeException(nameof(role), role, null);

        if (IsTerminal(state))
            return TransitionResult.Refused($"Hồ sơ đã kết thúc ở trạng thái \"{state.Vi()}\"; không thể thực hiện \"{action.Vi()}\".");
        if (!Table.TryGetValue((state, action), out var t))
            return TransitionResult.Refused($"Không thể thực hiện \"{action.Vi()}\" khi hồ sơ ở trạng thái \"{state.Vi()}\".");
        if (role == ActorRole.SystemAdmin)
            return TransitionResult.Refused($"Quản trị hệ thống không có thẩm quyền trong quy trình đánh giá, phân hạng; \"{action.Vi()}\" thuộc thẩm quyền của {Who(t)}.");
        if (!t.Roles.Contains(role))
            return TransitionResult.Refused($"{role.Vi()} không có thẩm quyền \"{action.Vi()}\" khi hồ sơ ở trạng thái \"{state.Vi()}\"; thẩm quyền thuộc {Who(t)} ({t.Article}).");
        return TransitionResult.Ok(t.To);
    }

    /// <summary>
    /// The actions <paramref name="role"/> may take now from the dossier's menu. Submitting and concluding scores are
    /// taken on the council's digital score sheet (<see cref="IsScoreSheetAction"/>), never from a menu.
    /// </summary>
    public static IReadOnlyList<DossierAction> AvailableActions(DossierState state, ActorRole role) =>
        Transitions.Where(t => t.From == state && t.Roles.Contains(role) && !IsScoreSheetAction(t.Action)).Select(t => t.Action).ToList();

    /// <summary>Moves that only the council's score sheet takes (a member's sheet, the chair's conclusion on the scores).</summary>
    public static bool IsScoreSheetAction(DossierAction action) => action is DossierAction.SubmitScore or DossierAction.ConcludeScoring;

    /// <summary>
    /// Whether <paramref name="role"/> doing <paramref name="action"/> acts for the producer ("thay mặt chủ thể"): an
    /// act the table gives to the producer, done by someone else who is allowed to do it (the commune officer filing).
    /// </summary>
    public static bool ActsOnBehalfOfProducer(DossierAction action, ActorRole role) =>
        role != ActorRole.Producer && Transitions.Any(t => t.Action == action && t.Roles.Contains(ActorRole.Producer) && t.Roles.Contains(role));

    private static string Who(DossierTransition t) => string.Join(" hoặc ", t.Roles.Select(r => r.Vi()));
}
