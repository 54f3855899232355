using OcopHub.Core.Scoring;

namespace OcopHub.Web.Features.Scoring;

/// <summary>The JSON contract of POST /api/v1/scoring/evaluate (field names are part of the public API).</summary>
public static class EvaluateContract
{
    public sealed record Request(string? Rulebook, int? Set, IReadOnlyList<SheetInput>? Sheets, IReadOnlyList<string>? Disqualifiers, string? MinimumRule);
    public sealed record SheetInput(string? MemberId, Dictionary<string, string>? Answers, IReadOnlyList<string>? KnockOuts);

    public sealed record Response(
        string Rulebook, int Set, string Status,
        IReadOnlyList<SheetOutput> Sheets,
        decimal Average, int Band, int? Stars,
        Dictionary<string, IReadOnlyList<FailedMinimum>> FailedMinimums,
        KnockoutOutput? Knockout, DisqualifiedOutput? Disqualified,
        decimal Spread, bool SpreadExceeded,
        Explanation Explanation, GapAnalysis Gap);

    public sealed record SheetOutput(string? MemberId, decimal Total, Dictionary<string, decimal> Parts);
    public sealed record KnockoutOutput(IReadOnlyList<string> Reasons, IReadOnlyList<KnockOutHit> Hits);
    public sealed record DisqualifiedOutput(IReadOnlyList<string> Reasons, IReadOnlyList<DisqualifierHit> Hits);

    public static Response ToResponse(EvaluationResult r, GapAnalysis gap) => new(
        r.RulebookId, r.SetNo, r.Status.ToString(),
        r.Members.Select(m => new SheetOutput(m.MemberId, m.Total, m.Parts.ToDictionary(p => p.Code, p => p.Points))).ToList(),
        r.AverageRounded, r.Band, r.AwardedStars,
        r.Minimums.ToDictionary(m => m.Stars.ToString(System.Globalization.CultureInfo.InvariantCulture), m => m.Failed),
        r.KnockOuts.Count == 0 ? null : new KnockoutOutput(r.KnockOuts.Select(k => $"{k.CriterionCode}: {k.Reason}").Distinct().ToList(), r.KnockOuts),
        r.Disqualifications.Count == 0 ? null : new DisqualifiedOutput(r.Disqualifications.Select(d => d.Text).ToList(), r.Disqualifications),
        r.Spread, r.SpreadExceeded, r.Explanation, gap);
}
