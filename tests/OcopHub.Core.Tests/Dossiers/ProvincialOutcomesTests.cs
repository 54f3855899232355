using OcopHub.Core.Dossiers;

namespace OcopHub.Core.Tests.Dossiers;

public class ProvincialOutcomesTests
{
    [Theory]
    [InlineData(0, ProvincialOutcome.NotRecognised)]
    [InlineData(29.99, ProvincialOutcome.NotRecognised)]
    [InlineData(49.99, ProvincialOutcome.NotRecognised)]
    [InlineData(50, ProvincialOutcome.RecogniseAtProvince)]
    [InlineData(70, ProvincialOutcome.RecogniseAtProvince)]
    [InlineData(89.99, ProvincialOutcome.RecogniseAtProvince)]
    [InlineData(90, ProvincialOutcome.ForwardToMinistry)]
    [InlineData(100, ProvincialOutcome.ForwardToMinistry)]
    public void Score_bands(double score, ProvincialOutcome expected) =>
        Assert.Equal(expected, ProvincialOutcomes.For((decimal)score));

    [Theory]
    [InlineData(-1)]
    [InlineData(100.01)]
    public void Out_of_range_scores_throw(double score) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ProvincialOutcomes.For((decimal)score));

    [Fact]
    public void Actions_for_outcomes_are_allowed_from_ProvincialDecision()
    {
        foreach (var o in Enum.GetValues<ProvincialOutcome>())
            Assert.True(DossierStateMachine.Decide(DossierState.ProvincialDecision, ProvincialOutcomes.ActionFor(o), ActorRole.ProvincialOffice).Allowed);
    }

    [Fact]
    public void After_central_result_below_90()
    {
        Assert.Equal(ProvincialOutcome.RecogniseAtProvince, ProvincialOutcomes.AfterCentralResult(88m));
        Assert.Equal(ProvincialOutcome.NotRecognised, ProvincialOutcomes.AfterCentralResult(45m));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProvincialOutcomes.AfterCentralResult(90m));
    }
}
