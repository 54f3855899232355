using OcopHub.Core.Criteria;

namespace OcopHub.Core.Dossiers;

/// <summary>One Mẫu 01 field that differs from the recognised dossier.</summary>
public sealed record FieldChange(string Label, string? Before, string? After);

/// <summary>One criterion answered differently: option letters (null = not answered) and the points each option gives.</summary>
public sealed record AnswerChange(string Code, string Title, string? Before, decimal? BeforePoints, string? After, decimal? AfterPoints)
{
    /// <summary>Points gained (negative: lost); null when either side has no points to compare.</summary>
    public decimal? Delta => BeforePoints is { } b && AfterPoints is { } a ? a - b : null;
}

/// <summary>
/// "Thay đổi so với lần được công nhận" (Art. 6.1.b–c): what an upgrade or re-evaluation dossier changes against the
/// dossier behind the product's certificate. Pure: callers pass both dossiers' values.
/// </summary>
public static class RecognitionChanges
{
    /// <summary>The labelled fields whose trimmed values differ (blank and missing are the same).</summary>
    public static IReadOnlyList<FieldChange> Fields(IEnumerable<(string Label, string? Before, string? After)> fields) =>
        fields.Select(f => new FieldChange(f.Label, Norm(f.Before), Norm(f.After)))
            .Where(f => !string.Equals(f.Before, f.After, StringComparison.Ordinal)).ToList();

    /// <summary>
    /// Criteria of <paramref name="afterBook"/>'s sheet for <paramref name="afterSet"/> whose answer changed, in sheet order,
    /// then criteria only the earlier sheet had (when the rulebook or set changed). Points come from each side's own sheet.
    /// </summary>
    public static IReadOnlyList<AnswerChange> Answers(Rulebook? beforeBook, int beforeSet, IReadOnlyDictionary<string, string> before,
        Rulebook afterBook, int afterSet, IReadOnlyDictionary<string, string> after)
    {
        var afterSheet = afterBook.FindSheet(afterSet) ?? throw new ArgumentException($"Rulebook {afterBook.Id} has no sheet for set {afterSet}.", nameof(afterSet));
        var beforeCriteria = (beforeBook?.FindSheet(beforeSet)?.AllCriteria ?? []).ToDictionary(c => c.Code);
        var changes = new List<AnswerChange>();
        foreach (var c in afterSheet.AllCriteria)
        {
            var b = Answer(before, c.Code);
            var a = Answer(after, c.Code);
            if (string.Equals(b, a, StringComparison.OrdinalIgnoreCase)) continue;
            var bc = beforeCriteria.GetValueOrDefault(c.Code);
            changes.Add(new AnswerChange(c.Code, c.Title, b, b is null ? null : bc?.FindOption(b)?.Points, a, a is null ? null : c.FindOption(a)?.Points));
        }
        var afterCodes = afterSheet.AllCriteria.Select(c => c.Code).ToHashSet();
        foreach (var c in beforeCriteria.Values.Where(c => !afterCodes.Contains(c.Code)))
            if (Answer(before, c.Code) is { } b)
                changes.Add(new AnswerChange(c.Code, c.Title, b, c.FindOption(b)?.Points, null, null));
        return changes;
    }

    private static string? Answer(IReadOnlyDictionary<string, string> answers, string code) =>
        answers.TryGetValue(code, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim().ToLowerInvariant() : null;

    private static string? Norm(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
