using System.Collections;
using System.Reflection;
using OcopHub.Core.Criteria;

namespace OcopHub.Core.Scoring;

/// <summary>
/// COMPATIBILITY SHIMS for rulebook model properties being added on another branch (Criterion.KnockOuts with
/// CriterionKnockOut(Effect, Condition), and TitleEn on criteria). They are read by reflection so the engine
/// compiles before and after that change lands. Once it has, replace the bodies with direct property access:
///     NotesOf:  c.KnockOuts.Select(k => new KnockOutCondition(k.Effect.ToString(), k.Condition)).ToArray()
///     TitleEn:  c.TitleEn ?? c.Title
/// Runs once per compiled sheet, never per evaluation.
/// </summary>
internal static class RulebookCompat
{
    private static readonly PropertyInfo? NotesProperty = typeof(Criterion).GetProperty("KnockOuts");
    private static readonly PropertyInfo? TitleEnProperty = typeof(Criterion).GetProperty("TitleEn");

    /// <summary>The project's English title when the data has one, else the Vietnamese title.</summary>
    public static string TitleEn(Criterion c) =>
        TitleEnProperty?.GetValue(c) is string { Length: > 0 } en ? en : c.Title;

    /// <summary>
    /// The knock-out conditions a member can record as found: the criterion's printed knock-out notes, else its
    /// knock-out options' reasons.
    /// </summary>
    public static KnockOutCondition[] KnockOutsOf(Criterion c)
    {
        var notes = NotesOf(c);
        if (notes.Length > 0) return notes;
        return c.Options.Where(o => o.KnockOut)
            .Select(o => new KnockOutCondition(KnockOutCondition.Eliminated, o.KnockOutReason ?? o.Text)).ToArray();
    }

    private static KnockOutCondition[] NotesOf(Criterion c)
    {
        if (NotesProperty?.GetValue(c) is not IEnumerable items) return [];
        var list = new List<KnockOutCondition>();
        foreach (var item in items)
        {
            if (item is null) continue;
            var type = item.GetType();
            var effect = type.GetProperty("Effect")?.GetValue(item)?.ToString() ?? KnockOutCondition.Eliminated;
            var condition = type.GetProperty("Condition")?.GetValue(item) as string ?? "";
            list.Add(new KnockOutCondition(effect, condition));
        }
        return list.ToArray();
    }
}

/// <summary>Effect: "Eliminated" (bị loại) or "StopsEvaluation" (không đánh giá các bước tiếp theo).</summary>
internal sealed record KnockOutCondition(string Effect, string Condition)
{
    public const string Eliminated = "Eliminated";
}
