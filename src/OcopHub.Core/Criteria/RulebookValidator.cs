using System.Text.RegularExpressions;

namespace OcopHub.Core.Criteria;

/// <summary>
/// Checks the invariants every rulebook must keep whatever its decision says: the arithmetic of the sheets
/// (parts, groups, criteria and options add up), the option-id scheme, unique numbering, star bands that tile
/// 0–100, and sheets that point at existing sets. Returns human-readable violations; empty means valid.
/// Figures that belong to one decision (26 sets, parts 40/25/35) are checked by that rulebook's tests, not here.
/// </summary>
public static partial class RulebookValidator
{
    private const decimal TotalPoints = 100m;

    public static IReadOnlyList<string> Validate(Rulebook rulebook)
    {
        var errors = new List<string>();
        CheckIdentity(rulebook, errors);
        CheckClassification(rulebook, errors);
        CheckBands(rulebook, errors);
        CheckSheetsCoverSets(rulebook, errors);
        foreach (var sheet in rulebook.Sheets) CheckSheet(sheet, errors);
        return errors;
    }

    private static void CheckIdentity(Rulebook rb, List<string> errors)
    {
        if (!UrlSafeId().IsMatch(rb.Id)) errors.Add($"Rulebook id '{rb.Id}' is not URL-safe (letters, digits, '-').");
        if (string.IsNullOrWhiteSpace(rb.Name)) errors.Add("Rulebook name is empty.");
        if (rb.EffectiveTo is { } to && to < rb.EffectiveFrom)
            errors.Add($"Rulebook {rb.Id}: effectiveTo {to:yyyy-MM-dd} is before effectiveFrom {rb.EffectiveFrom:yyyy-MM-dd}.");
        foreach (var p in rb.Periods)
        {
            if (p.From < rb.EffectiveFrom || (rb.EffectiveTo is { } end && (p.To is null || p.To > end)))
                errors.Add($"Rulebook {rb.Id}: period {p.From:yyyy-MM-dd}–{p.To:yyyy-MM-dd} lies outside the rulebook's own period.");
            if (p.To is { } pt && pt < p.From) errors.Add($"Rulebook {rb.Id}: period {p.From:yyyy-MM-dd}–{pt:yyyy-MM-dd} ends before it starts.");
        }
    }

    private static void CheckClassification(Rulebook rb, List<string> errors)
    {
        ReportDuplicates(rb.Sectors.Select(s => s.Code), "sector code", errors);
        ReportDuplicates(rb.Sectors.SelectMany(s => s.Groups).Select(g => g.No.ToString()), "group number", errors);
        ReportDuplicates(rb.AllSets.Select(s => s.No.ToString()), "product set number", errors);
        foreach (var set in rb.AllSets)
        {
            if (string.IsNullOrWhiteSpace(set.Name)) errors.Add($"Product set {set.No} has no name.");
            if (string.IsNullOrWhiteSpace(set.LeadMinistry)) errors.Add($"Product set {set.No} has no lead ministry.");
        }
    }

    private static void CheckBands(Rulebook rb, List<string> errors)
    {
        if (rb.Bands.Count == 0) { errors.Add($"Rulebook {rb.Id} has no star bands."); return; }
        ReportDuplicates(rb.Bands.Select(b => b.Stars.ToString()), "star band", errors);
        var bands = rb.Bands.OrderBy(b => b.MinInclusive).ToList();
        if (bands[0].MinInclusive != 0) errors.Add($"Star bands start at {bands[0].MinInclusive}, not 0.");
        for (var i = 0; i < bands.Count; i++)
        {
            var b = bands[i];
            if (b.MaxExclusive is { } max && max <= b.MinInclusive)
                errors.Add($"Star band {b.Stars}★ is empty: [{b.MinInclusive}, {max}).");
            var isLast = i == bands.Count - 1;
            if (!isLast && b.MaxExclusive != bands[i + 1].MinInclusive)
                errors.Add($"Star band {b.Stars}★ ends at {b.MaxExclusive?.ToString() ?? "open"} but the next band starts at {bands[i + 1].MinInclusive}: gap or overlap.");
            if (!isLast && bands[i + 1].Stars <= b.Stars)
                errors.Add($"Star band {bands[i + 1].Stars}★ needs more points than {b.Stars}★: stars must rise with points.");
            if (isLast && b.MaxExclusive is not null && b.MaxExclusive <= TotalPoints)
                errors.Add($"The top star band ({b.Stars}★) ends below {TotalPoints} points.");
        }
    }

    private static void CheckSheetsCoverSets(Rulebook rb, List<string> errors)
    {
        ReportDuplicates(rb.Sheets.Select(s => s.SetNo.ToString()), "scoring sheet for set", errors);
        var setNumbers = rb.AllSets.Select(s => s.No).ToHashSet();
        foreach (var sheet in rb.Sheets.Where(s => !setNumbers.Contains(s.SetNo)))
            errors.Add($"Scoring sheet for set {sheet.SetNo} has no product set in the classification.");
        // A rulebook may be recorded without sheets (older decisions not yet transcribed), but not half of them.
        if (rb.Sheets.Count > 0)
            foreach (var missing in setNumbers.Where(n => rb.FindSheet(n) is null).Order())
                errors.Add($"Product set {missing} has no scoring sheet.");
    }

    private static void CheckSheet(ScoreSheet sheet, List<string> errors)
    {
        var at = $"Set {sheet.SetNo}";
        if (sheet.Max != TotalPoints) errors.Add($"{at}: parts sum to {sheet.Max}, not {TotalPoints}.");
        ReportDuplicates(sheet.Parts.Select(p => p.Code), $"{at}: part", errors);
        ReportDuplicates(sheet.Parts.SelectMany(p => p.Groups).Select(g => g.No.ToString()), $"{at}: group", errors);
        ReportDuplicates(sheet.AllCriteria.Select(c => c.Code), $"{at}: criterion code", errors);
        ReportDuplicates(sheet.AllCriteria.SelectMany(c => c.Options).Select(o => o.Id), $"{at}: option id", errors);
        foreach (var part in sheet.Parts)
        {
            var groups = part.Groups.Sum(g => g.Max);
            if (groups != part.Max) errors.Add($"{at} part {part.Code}: maximum {part.Max} but its groups sum to {groups}.");
            foreach (var group in part.Groups)
            {
                var criteria = group.Criteria.Sum(c => c.Max);
                if (criteria != group.Max) errors.Add($"{at} group {group.No}: maximum {group.Max} but its criteria sum to {criteria}.");
                if (group.Criteria.Count == 0) errors.Add($"{at} group {group.No} has no criteria.");
                foreach (var criterion in group.Criteria) CheckCriterion(at, group, criterion, errors);
            }
        }
    }

    private static void CheckCriterion(string at, CriteriaGroup group, Criterion c, List<string> errors)
    {
        var here = $"{at} criterion {c.Code}";
        var inGroup = c.Code == group.No.ToString() || c.Code.StartsWith(group.No + ".", StringComparison.Ordinal);
        if (!CriterionCode().IsMatch(c.Code) || !inGroup) errors.Add($"{here}: code does not belong to group {group.No}.");
        if (c.Parent is not null && !c.Code.StartsWith(c.Parent + ".", StringComparison.Ordinal))
            errors.Add($"{here}: parent {c.Parent} is not a prefix of the code.");
        if (c.Parent is null != (c.ParentTitle is null)) errors.Add($"{here}: parent and parentTitle must be given together.");
        if (c.Options.Count == 0) { errors.Add($"{here}: no options."); return; }
        var best = c.Options.Max(o => o.Points);
        if (best != c.Max) errors.Add($"{here}: maximum {c.Max} but its best option gives {best}.");
        foreach (var o in c.Options)
        {
            if (o.Id != $"{c.Code}.{o.Letter}") errors.Add($"{here}: option id '{o.Id}' is not code + '.' + letter ('{c.Code}.{o.Letter}').");
            if (o.Points < 0) errors.Add($"{here}: option {o.Letter} has negative points.");
            if (o.MinimumForStars is { } s && s is < 3 or > 5) errors.Add($"{here}: option {o.Letter} marks a {s}★ minimum; only 3–5 exist.");
            if (o.KnockOut && string.IsNullOrWhiteSpace(o.KnockOutReason)) errors.Add($"{here}: option {o.Letter} knocks out without a reason.");
            if (string.IsNullOrWhiteSpace(o.Text)) errors.Add($"{here}: option {o.Letter} has no text.");
        }
        if (c.Kind == CriterionKind.YesNo) CheckYesNo(here, c, errors);
        else CheckSingleChoice(here, c, errors);
        CheckStarMarkers(here, c, errors);
    }

    private static void CheckYesNo(string here, Criterion c, List<string> errors)
    {
        if (c.Options.Count != 2 || c.FindOption("yes") is not { } yes || c.FindOption("no") is not { } no)
        {
            errors.Add($"{here}: a yes/no criterion needs exactly the options 'yes' and 'no'.");
            return;
        }
        if (yes.Points != c.Max || no.Points != 0) errors.Add($"{here}: 'yes' must give the maximum and 'no' 0.");
        if (c.AllowsNone) errors.Add($"{here}: a yes/no criterion always has an answer; allowsNone must be false.");
    }

    private static void CheckSingleChoice(string here, Criterion c, List<string> errors)
    {
        for (var i = 0; i < c.Options.Count; i++)
        {
            var expected = ((char)('a' + i)).ToString();
            if (c.Options[i].Letter != expected) errors.Add($"{here}: option {i + 1} has letter '{c.Options[i].Letter}', expected '{expected}' (printed order).");
        }
        var hasZero = c.Options.Any(o => o.Points == 0);
        if (c.AllowsNone == hasZero)
            errors.Add(hasZero
                ? $"{here}: allowsNone is set but the sheet prints a 0-point option."
                : $"{here}: no 0-point option is printed, so allowsNone must be set.");
    }

    /// <summary>A higher star level cannot be satisfied by fewer points than a lower one on the same criterion.</summary>
    private static void CheckStarMarkers(string here, Criterion c, List<string> errors)
    {
        var marked = c.Options.Where(o => o.MinimumForStars is not null).ToList();
        ReportDuplicates(marked.Select(o => o.MinimumForStars!.Value + "★ marker"), $"{here}:", errors);
        foreach (var low in marked)
            foreach (var high in marked.Where(h => h.MinimumForStars > low.MinimumForStars && h.Points < low.Points))
                errors.Add($"{here}: the {high.MinimumForStars}★ minimum ({high.Letter}, {high.Points}) is worth less than the {low.MinimumForStars}★ minimum ({low.Letter}, {low.Points}).");
    }

    private static void ReportDuplicates(IEnumerable<string> keys, string what, List<string> errors)
    {
        foreach (var dup in keys.GroupBy(k => k).Where(g => g.Count() > 1))
            errors.Add($"Duplicate {what} '{dup.Key}' ({dup.Count()} times).");
    }

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex UrlSafeId();

    [GeneratedRegex(@"^\d+(\.\d+)*$")]
    private static partial Regex CriterionCode();
}
