using OcopHub.Core.Dossiers;

namespace OcopHub.Core.Councils;

/// <summary>Hội đồng cấp tỉnh (Art. 7.3.b) or Hội đồng cấp trung ương (Art. 7.4.b).</summary>
public enum CouncilLevel
{
    Province,
    Central,
}

public static class CouncilLevels
{
    /// <summary>Stored codes (Council.Level, Evaluation.Level).</summary>
    public const string ProvinceCode = "province";
    public const string CentralCode = "central";

    public static string Code(this CouncilLevel level) => level switch
    {
        CouncilLevel.Province => ProvinceCode,
        CouncilLevel.Central => CentralCode,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public static CouncilLevel Parse(string? code) => code switch
    {
        ProvinceCode => CouncilLevel.Province,
        CentralCode => CouncilLevel.Central,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Cấp Hội đồng phải là \"province\" hoặc \"central\"."),
    };

    public static string Vi(this CouncilLevel level) => level switch
    {
        CouncilLevel.Province => "Hội đồng cấp tỉnh",
        CouncilLevel.Central => "Hội đồng cấp trung ương",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary>The dossier state in which a council of this level scores.</summary>
    public static DossierState ScoringState(this CouncilLevel level) => level switch
    {
        CouncilLevel.Province => DossierState.Scoring,
        CouncilLevel.Central => DossierState.CentralReview,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary>
    /// The procedural role a council member acts in. Provincial: the chair as CouncilChair, others as CouncilMember.
    /// Central: members are Ministry officers and the Ministry's council acts as the Ministry (Art. 7.4).
    /// </summary>
    public static ActorRole ActorFor(this CouncilLevel level, bool isChair) => level switch
    {
        CouncilLevel.Province => isChair ? ActorRole.CouncilChair : ActorRole.CouncilMember,
        CouncilLevel.Central => ActorRole.Ministry,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };
}
