using System.Collections;
using System.Reflection;
using OcopHub.Core.Criteria;

namespace OcopHub.Core.Scoring;

/// <summary>
/// The knock-out conditions a criterion can be found to meet: its printed knock-out notes, else its knock-out
/// options' reasons.
/// COMPATIBILITY SHIM: the rulebook model is gaining Criterion.KnockOuts (CriterionKnockOut(Effect, Condition))
/// on another branch. It is read by reflection so the engine compiles before and after that change lands; once
/// it has, replace NotesOf's body with
///     c.KnockOuts.Select(k => new KnockOutCondition(k.Effect.ToString(), k.Condition)).ToArray()
/// Runs once per compiled sheet, never per evaluation.
/// </summary>
internal static class KnockOutNotes
{
    private static readonly PropertyInfo? NotesProperty = typeof(Criterion).GetProperty("KnockOuts");

    public static KnockOutCondition[] Of(Criterion c)
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
