namespace OcopHub.Core.Recognition;

/// <summary>
/// One stretch of the OCOP procedure under one rulebook: which councils scored a product, in order (the path a dossier
/// climbs), and which level recognised each star class. Dates are inclusive; To null = open.
/// </summary>
public sealed record ProcedureStage(
    string RulebookId,
    DateOnly From,
    DateOnly? To,
    string LegalBasis,
    IReadOnlyList<RecognitionLevel> Councils,
    RecognitionLevel ThreeStars,
    RecognitionLevel FourStars,
    RecognitionLevel FiveStars,
    string Note)
{
    public bool Covers(DateOnly day) => day >= From && (To is null || day <= To);

    /// <summary>Whether the period overlaps [from, to].</summary>
    public bool Overlaps(DateOnly from, DateOnly to) => from <= (To ?? DateOnly.MaxValue) && to >= From;

    /// <summary>Whether a district (cấp huyện) had any part in this stage.</summary>
    public bool DistrictsTakePart => Councils.Contains(RecognitionLevel.District) || ThreeStars == RecognitionLevel.District;

    /// <summary>The level that recognised a product of these stars; null below 3★ (not recognised).</summary>
    public RecognitionLevel? RecognisedBy(int stars) => stars switch
    {
        3 => ThreeStars,
        4 => FourStars,
        5 => FiveStars,
        _ => null,
    };

    /// <summary>Every level that recognised something in this stage, lowest first.</summary>
    public IReadOnlyList<RecognitionLevel> RecognisingLevels => new[] { ThreeStars, FourStars, FiveStars }.Distinct().Order().ToList();

    /// <summary>
    /// The councils whose score a record of these stars can carry: for a recognised product, the council of the
    /// recognising level or one above it (e.g. under 26/2026 the province may recognise 4★ on the central council's
    /// score); below 3★ any council of the path (a product can fall short at any step).
    /// </summary>
    public IReadOnlyList<RecognitionLevel> CouncilsFor(int stars) =>
        RecognisedBy(stars) is { } level ? Councils.Where(c => c >= level).ToList() : Councils;

    /// <summary>The council whose score a recognition normally rests on: the one at the recognising level.</summary>
    public RecognitionLevel? ScoringCouncil(int stars) => RecognisedBy(stars) is { } level && Councils.Contains(level) ? level : null;
}
