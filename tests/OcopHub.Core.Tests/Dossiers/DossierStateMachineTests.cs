using OcopHub.Core.Dossiers;

namespace OcopHub.Core.Tests.Dossiers;

public class DossierStateMachineTests
{
    // The procedure written out independently of the implementation: "State Action Role[,Role] -> Next".
    // Every (state, action, role) combination not listed here must be refused.
    private const string Spec = """
        Draft Submit Producer,CommuneOfficer -> Submitted
        Draft Withdraw Producer -> Withdrawn
        Submitted Receive CommuneOfficer -> CommuneReview
        Submitted ReturnForCompletion CommuneOfficer -> ReturnedForCompletion
        Submitted Withdraw Producer -> Withdrawn
        CommuneReview ReturnForCompletion CommuneOfficer -> ReturnedForCompletion
        CommuneReview ForwardToProvince CommuneOfficer -> ForwardedToProvince
        CommuneReview Withdraw Producer -> Withdrawn
        ReturnedForCompletion Submit Producer,CommuneOfficer -> Submitted
        ReturnedForCompletion Withdraw Producer -> Withdrawn
        ForwardedToProvince AcceptAtProvince ProvincialOffice -> ProvinceCheck
        ForwardedToProvince Withdraw Producer -> Withdrawn
        ProvinceCheck ReturnForCompletion ProvincialOffice -> ReturnedForCompletion
        ProvinceCheck AssignToRound ProvincialOffice -> AssignedToRound
        ProvinceCheck Reject ProvincialOffice -> Rejected
        ProvinceCheck Withdraw Producer -> Withdrawn
        AssignedToRound StartAdvisoryReview ProvincialOffice -> AdvisoryReview
        AssignedToRound OpenScoring CouncilChair -> Scoring
        AssignedToRound Withdraw Producer -> Withdrawn
        AdvisoryReview OpenScoring CouncilChair -> Scoring
        AdvisoryReview ReturnForCompletion ProvincialOffice -> ReturnedForCompletion
        AdvisoryReview Reject CouncilChair -> Rejected
        Scoring SubmitScore CouncilMember,CouncilChair -> Scoring
        Scoring ConcludeScoring CouncilChair -> ProvincialDecision
        Scoring Reject CouncilChair -> Rejected
        ProvincialDecision Recognise ProvincialOffice -> Recognised
        ProvincialDecision DeclineRecognition ProvincialOffice -> NotRecognised
        ProvincialDecision ForwardToMinistry ProvincialOffice -> CentralReview
        ProvincialDecision AssignToRound ProvincialOffice -> AssignedToRound
        CentralReview SubmitScore Ministry -> CentralReview
        CentralReview ConcludeScoring Ministry -> CentralReview
        CentralReview Recognise Ministry -> Recognised
        CentralReview ReturnToProvince Ministry -> ProvincialDecision
        CentralReview Reject Ministry -> Rejected
        """;

    private static readonly Dictionary<(DossierState, DossierAction), (ActorRole[] Roles, DossierState Next)> Expected = ParseSpec();

    private static Dictionary<(DossierState, DossierAction), (ActorRole[], DossierState)> ParseSpec()
    {
        var d = new Dictionary<(DossierState, DossierAction), (ActorRole[], DossierState)>();
        foreach (var raw in Spec.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var p = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var roles = p[2].Split(',').Select(Enum.Parse<ActorRole>).ToArray();
            d.Add((Enum.Parse<DossierState>(p[0]), Enum.Parse<DossierAction>(p[1])), (roles, Enum.Parse<DossierState>(p[4])));
        }
        return d;
    }

    public static TheoryData<DossierState, DossierAction, ActorRole> AllCombinations()
    {
        var data = new TheoryData<DossierState, DossierAction, ActorRole>();
        foreach (var s in Enum.GetValues<DossierState>())
            foreach (var a in Enum.GetValues<DossierAction>())
                foreach (var r in Enum.GetValues<ActorRole>())
                    data.Add(s, a, r);
        return data;
    }

    [Theory]
    [MemberData(nameof(AllCombinations))]
    public void Every_state_action_role_combination(DossierState state, DossierAction action, ActorRole role)
    {
        var result = DossierStateMachine.Decide(state, action, role);
        if (Expected.TryGetValue((state, action), out var e) && e.Roles.Contains(role))
        {
            Assert.True(result.Allowed, result.Reason);
            Assert.Equal(e.Next, result.Next);
            Assert.Null(result.Reason);
        }
        else
        {
            Assert.False(result.Allowed);
            Assert.Null(result.Next);
            Assert.False(string.IsNullOrWhiteSpace(result.Reason));
        }
    }

    [Fact]
    public void Matrix_size_and_allowed_count()
    {
        var all = AllCombinations().Count();
        Assert.Equal(15 * 16 * 7, all);
        var allowed = Expected.Values.Sum(v => v.Roles.Length);
        var counted = Enum.GetValues<DossierState>().SelectMany(s => Enum.GetValues<DossierAction>().SelectMany(a =>
            Enum.GetValues<ActorRole>().Select(r => DossierStateMachine.Decide(s, a, r)))).Count(r => r.Allowed);
        Assert.Equal(allowed, counted);
        Assert.Equal(37, counted);
    }

    [Fact]
    public void Implementation_table_equals_the_spec()
    {
        Assert.Equal(Expected.Count, DossierStateMachine.Transitions.Count);
        foreach (var t in DossierStateMachine.Transitions)
        {
            var e = Expected[(t.From, t.Action)];
            Assert.Equal(e.Next, t.To);
            Assert.Equal(e.Roles.Order(), t.Roles.Order());
            Assert.False(string.IsNullOrWhiteSpace(t.Article));
        }
    }

    [Theory]
    [InlineData(DossierState.Recognised)]
    [InlineData(DossierState.NotRecognised)]
    [InlineData(DossierState.Withdrawn)]
    [InlineData(DossierState.Rejected)]
    public void Terminal_states_refuse_everything_with_a_terminal_reason(DossierState state)
    {
        Assert.True(DossierStateMachine.IsTerminal(state));
        foreach (var a in Enum.GetValues<DossierAction>())
            foreach (var r in Enum.GetValues<ActorRole>())
                Assert.StartsWith("Hồ sơ đã kết thúc", DossierStateMachine.Decide(state, a, r).Reason);
    }

    [Fact]
    public void Every_non_terminal_state_has_a_way_out_and_is_reachable_from_Draft()
    {
        var reachable = new HashSet<DossierState> { DossierState.Draft };
        var queue = new Queue<DossierState>([DossierState.Draft]);
        while (queue.Count > 0)
        {
            var from = queue.Dequeue();
            foreach (var t in DossierStateMachine.Transitions.Where(t => t.From == from))
                if (reachable.Add(t.To)) queue.Enqueue(t.To);
        }
        Assert.Equal(Enum.GetValues<DossierState>().ToHashSet(), reachable);
        foreach (var s in Enum.GetValues<DossierState>().Where(s => !DossierStateMachine.IsTerminal(s)))
            Assert.Contains(DossierStateMachine.Transitions, t => t.From == s && t.To != s);
    }

    [Fact]
    public void Wrong_role_is_refused_with_who_holds_the_power()
    {
        var r = DossierStateMachine.Decide(DossierState.Submitted, DossierAction.Receive, ActorRole.Producer);
        Assert.False(r.Allowed);
        Assert.Equal("Chủ thể OCOP không có thẩm quyền \"Tiếp nhận hồ sơ\" khi hồ sơ ở trạng thái \"Đã nộp, chờ UBND cấp xã tiếp nhận\"; thẩm quyền thuộc UBND cấp xã (Điều 7.2).", r.Reason);
    }

    [Fact]
    public void Action_not_applicable_in_state_is_refused()
    {
        var r = DossierStateMachine.Decide(DossierState.Draft, DossierAction.Recognise, ActorRole.ProvincialOffice);
        Assert.Equal("Không thể thực hiện \"Công nhận\" khi hồ sơ ở trạng thái \"Bản nháp\".", r.Reason);
    }

    [Fact]
    public void System_admin_has_no_procedural_power()
    {
        foreach (var t in DossierStateMachine.Transitions)
        {
            var r = DossierStateMachine.Decide(t.From, t.Action, ActorRole.SystemAdmin);
            Assert.False(r.Allowed);
            Assert.StartsWith("Quản trị hệ thống không có thẩm quyền", r.Reason);
        }
    }

    [Fact]
    public void Council_member_may_score_but_not_conclude()
    {
        Assert.True(DossierStateMachine.Decide(DossierState.Scoring, DossierAction.SubmitScore, ActorRole.CouncilMember).Allowed);
        Assert.False(DossierStateMachine.Decide(DossierState.Scoring, DossierAction.ConcludeScoring, ActorRole.CouncilMember).Allowed);
        Assert.Contains("Chủ tịch Hội đồng", DossierStateMachine.Decide(DossierState.Scoring, DossierAction.ConcludeScoring, ActorRole.CouncilMember).Reason);
    }

    [Fact]
    public void Happy_path_first_time_to_five_stars()
    {
        var s = DossierState.Draft;
        (DossierAction, ActorRole)[] steps =
        [
            (DossierAction.Submit, ActorRole.Producer),
            (DossierAction.Receive, ActorRole.CommuneOfficer),
            (DossierAction.ForwardToProvince, ActorRole.CommuneOfficer),
            (DossierAction.AcceptAtProvince, ActorRole.ProvincialOffice),
            (DossierAction.AssignToRound, ActorRole.ProvincialOffice),
            (DossierAction.StartAdvisoryReview, ActorRole.ProvincialOffice),
            (DossierAction.OpenScoring, ActorRole.CouncilChair),
            (DossierAction.SubmitScore, ActorRole.CouncilMember),
            (DossierAction.SubmitScore, ActorRole.CouncilChair),
            (DossierAction.ConcludeScoring, ActorRole.CouncilChair),
            (DossierAction.ForwardToMinistry, ActorRole.ProvincialOffice),
            (DossierAction.Recognise, ActorRole.Ministry),
        ];
        foreach (var (a, r) in steps)
        {
            var res = DossierStateMachine.Decide(s, a, r);
            Assert.True(res.Allowed, res.Reason);
            s = res.Next!.Value;
        }
        Assert.Equal(DossierState.Recognised, s);
    }

    [Fact]
    public void Central_score_below_90_returns_to_the_province_which_may_recognise_or_re_evaluate()
    {
        var back = DossierStateMachine.Decide(DossierState.CentralReview, DossierAction.ReturnToProvince, ActorRole.Ministry);
        Assert.Equal(DossierState.ProvincialDecision, back.Next);
        Assert.Equal(DossierState.Recognised, DossierStateMachine.Decide(DossierState.ProvincialDecision, DossierAction.Recognise, ActorRole.ProvincialOffice).Next);
        Assert.Equal(DossierState.AssignedToRound, DossierStateMachine.Decide(DossierState.ProvincialDecision, DossierAction.AssignToRound, ActorRole.ProvincialOffice).Next);
    }

    [Fact]
    public void Resubmission_after_completion_goes_back_through_the_commune()
    {
        Assert.Equal(DossierState.Submitted, DossierStateMachine.Decide(DossierState.ReturnedForCompletion, DossierAction.Submit, ActorRole.Producer).Next);
    }

    [Fact]
    public void Commune_officer_files_for_the_producer_but_does_not_withdraw_for_it()
    {
        foreach (var s in new[] { DossierState.Draft, DossierState.ReturnedForCompletion })
        {
            Assert.Equal(DossierState.Submitted, DossierStateMachine.Decide(s, DossierAction.Submit, ActorRole.CommuneOfficer).Next);
            Assert.False(DossierStateMachine.Decide(s, DossierAction.Withdraw, ActorRole.CommuneOfficer).Allowed);
            Assert.False(DossierStateMachine.Decide(s, DossierAction.Submit, ActorRole.ProvincialOffice).Allowed);
        }
    }

    [Fact]
    public void Acting_on_behalf_of_the_producer_is_exactly_an_officer_doing_a_producer_act()
    {
        var onBehalf = new List<(DossierAction, ActorRole)>();
        foreach (var a in Enum.GetValues<DossierAction>())
            foreach (var r in Enum.GetValues<ActorRole>())
                if (DossierStateMachine.ActsOnBehalfOfProducer(a, r)) onBehalf.Add((a, r));
        Assert.Equal([(DossierAction.Submit, ActorRole.CommuneOfficer)], onBehalf);
    }

    [Fact]
    public void Withdrawal_is_closed_once_the_advisory_group_or_council_works()
    {
        foreach (var s in new[] { DossierState.AdvisoryReview, DossierState.Scoring, DossierState.ProvincialDecision, DossierState.CentralReview })
            Assert.False(DossierStateMachine.Decide(s, DossierAction.Withdraw, ActorRole.Producer).Allowed);
    }

    [Fact]
    public void Available_actions()
    {
        Assert.Equal([DossierAction.Receive, DossierAction.ReturnForCompletion],
            DossierStateMachine.AvailableActions(DossierState.Submitted, ActorRole.CommuneOfficer));
        Assert.Empty(DossierStateMachine.AvailableActions(DossierState.Scoring, ActorRole.SystemAdmin));
        Assert.Equal([DossierAction.Recognise, DossierAction.ReturnToProvince, DossierAction.Reject],
            DossierStateMachine.AvailableActions(DossierState.CentralReview, ActorRole.Ministry));
    }

    [Fact]
    public void Undefined_enum_values_throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DossierStateMachine.Decide((DossierState)99, DossierAction.Submit, ActorRole.Producer));
        Assert.Throws<ArgumentOutOfRangeException>(() => DossierStateMachine.Decide(DossierState.Draft, (DossierAction)99, ActorRole.Producer));
        Assert.Throws<ArgumentOutOfRangeException>(() => DossierStateMachine.Decide(DossierState.Draft, DossierAction.Submit, (ActorRole)99));
    }

    [Fact]
    public void Every_label_is_vietnamese_and_distinct()
    {
        Assert.Equal(15, Enum.GetValues<DossierState>().Select(s => s.Vi()).Distinct().Count());
        Assert.Equal(16, Enum.GetValues<DossierAction>().Select(s => s.Vi()).Distinct().Count());
        Assert.Equal(7, Enum.GetValues<ActorRole>().Select(s => s.Vi()).Distinct().Count());
        Assert.Equal(["Lần đầu", "Nâng hạng", "Đánh giá lại"], Enum.GetValues<DossierType>().Select(t => t.Vi()));
    }
}
