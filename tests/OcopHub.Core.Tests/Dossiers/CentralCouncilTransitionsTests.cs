using OcopHub.Core.Councils;
using OcopHub.Core.Dossiers;

namespace OcopHub.Core.Tests.Dossiers;

/// <summary>The central council's moves (Art. 7.4.d–g) and the score guard of its conclusion.</summary>
public class CentralCouncilTransitionsTests
{
    [Fact]
    public void The_ministry_scores_and_concludes_in_central_review_and_stays_there()
    {
        Assert.Equal(DossierState.CentralReview, DossierStateMachine.Decide(DossierState.CentralReview, DossierAction.SubmitScore, ActorRole.Ministry).Next);
        Assert.Equal(DossierState.CentralReview, DossierStateMachine.Decide(DossierState.CentralReview, DossierAction.ConcludeScoring, ActorRole.Ministry).Next);
        Assert.Equal(DossierState.ProvincialDecision, DossierStateMachine.Decide(DossierState.CentralReview, DossierAction.ReturnToProvince, ActorRole.Ministry).Next);
    }

    [Theory]
    [InlineData(ActorRole.CouncilMember)]
    [InlineData(ActorRole.CouncilChair)]
    [InlineData(ActorRole.ProvincialOffice)]
    [InlineData(ActorRole.Producer)]
    [InlineData(ActorRole.SystemAdmin)]
    public void Provincial_roles_cannot_score_at_the_central_level(ActorRole role)
    {
        Assert.False(DossierStateMachine.Decide(DossierState.CentralReview, DossierAction.SubmitScore, role).Allowed);
        Assert.False(DossierStateMachine.Decide(DossierState.CentralReview, DossierAction.ConcludeScoring, role).Allowed);
    }

    [Theory]
    [InlineData(DossierState.Scoring)]
    [InlineData(DossierState.ProvincialDecision)]
    [InlineData(DossierState.Recognised)]
    public void The_ministry_scores_only_in_central_review(DossierState state) =>
        Assert.False(DossierStateMachine.Decide(state, DossierAction.SubmitScore, ActorRole.Ministry).Allowed);

    [Fact]
    public void Score_sheet_moves_are_not_menu_actions()
    {
        Assert.True(DossierStateMachine.IsScoreSheetAction(DossierAction.SubmitScore));
        Assert.True(DossierStateMachine.IsScoreSheetAction(DossierAction.ConcludeScoring));
        Assert.False(DossierStateMachine.IsScoreSheetAction(DossierAction.Reject));
        Assert.Empty(DossierStateMachine.AvailableActions(DossierState.Scoring, ActorRole.CouncilMember));
        Assert.Equal([DossierAction.Reject], DossierStateMachine.AvailableActions(DossierState.Scoring, ActorRole.CouncilChair));
    }

    [Theory]
    [InlineData("90", CentralOutcome.ProposeFiveStars)]
    [InlineData("100", CentralOutcome.ProposeFiveStars)]
    [InlineData("89.9999", CentralOutcome.ReturnToProvince)]
    [InlineData("0", CentralOutcome.ReturnToProvince)]
    public void Central_outcome_by_the_90_point_threshold(string average, CentralOutcome expected) =>
        Assert.Equal(expected, CentralOutcomes.For(decimal.Parse(average, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("-0.01")]
    [InlineData("100.01")]
    public void Central_outcome_refuses_impossible_averages(string average) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CentralOutcomes.For(decimal.Parse(average, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Each_central_outcome_is_an_allowed_ministry_move_from_central_review()
    {
        Assert.Equal(DossierAction.ConcludeScoring, CentralOutcomes.ActionFor(CentralOutcome.ProposeFiveStars));
        Assert.Equal(DossierAction.ReturnToProvince, CentralOutcomes.ActionFor(CentralOutcome.ReturnToProvince));
        foreach (var o in Enum.GetValues<CentralOutcome>())
        {
            Assert.True(DossierStateMachine.Decide(DossierState.CentralReview, CentralOutcomes.ActionFor(o), ActorRole.Ministry).Allowed);
            Assert.False(string.IsNullOrWhiteSpace(o.Vi()));
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => CentralOutcomes.ActionFor((CentralOutcome)9));
    }

    [Fact]
    public void Council_levels()
    {
        Assert.Equal(DossierState.Scoring, CouncilLevel.Province.ScoringState());
        Assert.Equal(DossierState.CentralReview, CouncilLevel.Central.ScoringState());
        Assert.Equal(ActorRole.CouncilChair, CouncilLevel.Province.ActorFor(isChair: true));
        Assert.Equal(ActorRole.CouncilMember, CouncilLevel.Province.ActorFor(isChair: false));
        Assert.Equal(ActorRole.Ministry, CouncilLevel.Central.ActorFor(isChair: true));
        Assert.Equal(ActorRole.Ministry, CouncilLevel.Central.ActorFor(isChair: false));
        foreach (var l in Enum.GetValues<CouncilLevel>()) Assert.Equal(l, CouncilLevels.Parse(l.Code()));
        Assert.Equal("central", CouncilLevel.Central.Code());
        Assert.Throws<ArgumentOutOfRangeException>(() => CouncilLevels.Parse("district"));
        Assert.Equal("Hội đồng cấp trung ương", CouncilLevel.Central.Vi());
        // Every scoring state's sheet moves exist for the level's roles.
        foreach (var l in Enum.GetValues<CouncilLevel>())
            Assert.True(DossierStateMachine.Decide(l.ScoringState(), DossierAction.SubmitScore, l.ActorFor(false)).Allowed);
    }
}
