using OcopHub.Core.Criteria;

namespace OcopHub.Core.Scoring;

/// <summary>
/// How the engine reads a criterion's English title and knock-out conditions from the rulebook model.
/// Runs once per compiled sheet, never per evaluation.
/// </summary>
internal static class RulebookCompat
{
    /// <summary>The project's English title when the data has one, else the Vietnamese title.</summary>
    public static string TitleEn(Criterion c) => c.TitleEn is { Length: > 0 } en ? en : c.Title;

    /// <summary>
    /// The knock-out conditions a member can record as found: the criterion's printed knock-out notes, else its
    /// knock-out options' reasons.
    /// </summary>
    public static KnockOutCondition[] KnockOutsOf(Criterion c)
    {
        if (c.KnockOuts.Count > 0) return c.KnockOuts.Select(k => new KnockOutCondition(k.Effect.ToString(), k.Condition)).ToArray();
        return c.Options.Where(o => o.KnockOut)
            .Select(o => new KnockOutCondition(KnockOutCondition.Eliminated, o.KnockOutReason ?? o.Text)).ToArray();
    }
}

/// <summary>Effect: "Eliminated" (bị loại) or "StopsEvaluation" (không đánh giá các bước tiếp theo).</summary>
internal sealed record KnockOutCondition(string Effect, string Condition)
{
    public const string Eliminated = "Eliminated";
}
