using OcopHub.Core.Dossiers;

namespace OcopHub.Core.Tests.Dossiers;

public class DossierRulesTests
{
    [Fact]
    public void Samples() => Assert.Equal((5, 0), (DossierRules.RequiredSamples(false), DossierRules.RequiredSamples(true)));

    [Theory]
    [InlineData(DossierType.FirstTime, false, false, false)]
    [InlineData(DossierType.Upgrade, false, false, true)]
    [InlineData(DossierType.ReEvaluation, true, true, false)]
    public void Per_type_rules(DossierType type, bool written, bool fortyFive, bool changes)
    {
        Assert.Equal(written, DossierRules.UsesWrittenConsultation(type));
        Assert.Equal(fortyFive, DossierRules.HasFortyFiveDayLimit(type));
        Assert.Equal(changes, DossierRules.MustShowChangesSinceRecognition(type));
        Assert.Equal(["Mẫu 01", "Mẫu 02"], DossierRules.ProducerForms(type));
    }

    [Fact]
    public void Undefined_type_throws() => Assert.Throws<ArgumentOutOfRangeException>(() => DossierRules.ProducerForms((DossierType)9));
}
