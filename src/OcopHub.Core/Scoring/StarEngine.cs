using OcopHub.Core.Criteria;

namespace OcopHub.Core.Scoring;

/// <summary>
/// The star engine: scores the council's sheets for one product and decides its stars (26/2026 Art. 3.3 and the
/// star minima printed on every sheet). Pure and thread-safe; compiled sheets are cached.
/// </summary>
public static class StarEngine
{
    public static EvaluationResult Evaluate(
        Rulebook rulebook,
        int setNo,
        IReadOnlyList<ScoreSheetAnswers> sheets,
        IReadOnlyCollection<string>? disqualifiers = null,
        EvaluationOptions? options = null) =>
        Evaluate(CompiledSheet.For(rulebook, setNo), sheets, disqualifiers, options);

    public static EvaluationResult Evaluate(
        CompiledSheet sheet,
        IReadOnlyList<ScoreSheetAnswers> sheets,
        IReadOnlyCollection<string>? disqualifiers = null,
        EvaluationOptions? options = null) =>
        Evaluate(ScoredPanel.Score(sheet, sheets, disqualifiers), options ?? EvaluationOptions.Default);

    /// <summary>Every problem in a request without throwing (empty = valid), for form validation.</summary>
    public static IReadOnlyList<ScoringProblem> Validate(
        Rulebook rulebook, int setNo, IReadOnlyList<ScoreSheetAnswers> sheets, IReadOnlyCollection<string>? disqualifiers = null)
    {
        try
        {
            return ScoredPanel.Validate(CompiledSheet.For(rulebook, setNo), sheets, disqualifiers);
        }
        catch (ScoringException e)
        {
            return e.Problems; // unknown set or invalid rulebook
        }
    }

    internal static EvaluationResult Evaluate(ScoredPanel panel, EvaluationOptions options)
    {
        var s = panel.Sheet;
        var n = panel.Members;
        var band = BandOf(s, panel.Sum, n);

        var checks = new StarMinimumCheck[s.StarLevels.Length];
        // Levels repeat most requirements (cumulative), so each criterion's verdict is computed once and shared.
        var verdicts = new FailedMinimum?[s.Codes.Length];
        var judged = new int[s.Codes.Length]; // option index + 1 of the requirement judged, 0 = none yet
        for (var li = 0; li < checks.Length; li++)
        {
            var failed = FailedMinimums(panel, li, options.MinimumRule, verdicts, judged);
            checks[li] = new StarMinimumCheck(s.StarLevels[li], failed.Count == 0, failed);
        }

        var knockOuts = KnockOuts(panel);
        var disqualified = panel.Disqualifiers.Select(d => s.Disqualifiers[d]).DistinctBy(d => d.Code)
            .Select(d => new DisqualifierHit(d.Code, d.Text)).ToArray();

        int? awarded = null;
        if (disqualified.Length == 0 && knockOuts.Count == 0)
            for (var li = checks.Length - 1; li >= 0; li--)
                if (band >= s.StarLevels[li] && checks[li].Met) { awarded = s.StarLevels[li]; break; }

        var status = disqualified.Length > 0 ? EvaluationStatus.Disqualified
            : knockOuts.Count > 0 ? EvaluationStatus.KnockedOut
            : awarded is null ? EvaluationStatus.NotRecognised
            : EvaluationStatus.Recognised;

        decimal min = decimal.MaxValue, max = decimal.MinValue;
        foreach (var t in panel.Totals) { if (t < min) min = t; if (t > max) max = t; }
        var spread = max - min;

        int? next = null;
        decimal short_ = 0;
        IReadOnlyList<FailedMinimum> blocking = [];
        if (status is EvaluationStatus.Recognised or EvaluationStatus.NotRecognised)
        {
            next = NextStars(s, awarded);
            if (next is { } ns)
            {
                short_ = PointsShort(s, panel.Sum, n, ns);
                blocking = checks[s.LevelIndex(ns)].Failed;
            }
        }

        var average = panel.Sum / n;
        return new EvaluationResult(
            s.Rulebook.Id, s.SetNo, status, Members(panel), average,
            Math.Round(average, 2, MidpointRounding.AwayFromZero), band, awarded, spread,
            options.MaxSpread is { } limit && spread > limit,
            checks, knockOuts, disqualified, next, short_, blocking);
    }

    /// <summary>
    /// Band from the exact sum: sum ≥ min × n avoids both division error and display rounding. The band is the
    /// highest whose lower bound the average reaches; upper bounds (MaxExclusive) are implied by the next band,
    /// so a perfect 100 stays in the top band even if data gives it MaxExclusive = 100.
    /// </summary>
    internal static int BandOf(CompiledSheet s, decimal sum, int n)
    {
        foreach (var b in s.BandsDesc)
            if (sum >= b.MinInclusive * n) return b.Stars;
        return s.BandsDesc[^1].Stars; // below the lowest bound (negative points): the lowest band
    }

    internal static int? NextStars(CompiledSheet s, int? awarded)
    {
        if (awarded is null) return s.StarLevels.Length > 0 ? s.StarLevels[0] : null;
        var li = s.LevelIndex(awarded.Value);
        return li + 1 < s.StarLevels.Length ? s.StarLevels[li + 1] : null;
    }

    /// <summary>
    /// Average points still missing to enter the band of the given star (0 when already there), rounded UP to
    /// 0.01: it is read as "how much more", so adding the shown figure must always reach the band.
    /// </summary>
    internal static decimal PointsShort(CompiledSheet s, decimal sum, int n, int stars)
    {
        var bandMin = s.BandMin(stars)?.MinInclusive ?? 0m;
        var missing = bandMin * n - sum;
        return missing > 0 ? Math.Ceiling(missing * 100m / n) / 100m : 0m;
    }

    internal static bool IsMet(int meeting, int members, MinimumRule rule) =>
        rule == MinimumRule.Unanimous ? meeting == members : meeting * 2 > members;

    internal static int MembersMeeting(ScoredPanel panel, StarRequirement r)
    {
        var meeting = 0;
        var units = panel.ChosenUnits;
        for (int m = 0, i = r.Criterion, stride = panel.Criteria; m < panel.Members; m++, i += stride)
            if (units[i] >= r.ThresholdUnits) meeting++;
        return meeting;
    }

    private static IReadOnlyList<FailedMinimum> FailedMinimums(
        ScoredPanel panel, int levelIndex, MinimumRule rule, FailedMinimum?[] verdicts, int[] judged)
    {
        List<FailedMinimum>? failed = null;
        foreach (var r in panel.Sheet.Requirements[levelIndex])
        {
            FailedMinimum? verdict;
            if (judged[r.Criterion] == r.Option + 1) verdict = verdicts[r.Criterion];
            else
            {
                var meeting = MembersMeeting(panel, r);
                verdict = IsMet(meeting, panel.Members, rule) ? null : ToFailed(panel, r, meeting);
                verdicts[r.Criterion] = verdict;
                judged[r.Criterion] = r.Option + 1;
            }
            if (verdict is not null) (failed ??= []).Add(verdict);
        }
        return failed is null ? [] : failed;
    }

    internal static FailedMinimum ToFailed(ScoredPanel panel, StarRequirement r, int meeting)
    {
        var s = panel.Sheet;
        var given = new string[panel.Members];
        for (var m = 0; m < given.Length; m++) given[m] = s.LetterOf(r.Criterion, panel.ChosenAt(m, r.Criterion));
        return new FailedMinimum(r.MarkStars, s.Codes[r.Criterion], s.Criteria[r.Criterion].Title, s.TitlesEn[r.Criterion],
            s.Letters[r.Criterion][r.Option], r.Threshold, given, meeting, panel.Members);
    }

    private static IReadOnlyList<KnockOutHit> KnockOuts(ScoredPanel panel)
    {
        if (!panel.AnyKnockOut) return [];
        var s = panel.Sheet;
        var hits = new List<KnockOutHit>();
        for (var m = 0; m < panel.Members; m++)
        {
            for (var c = 0; c < panel.Criteria; c++)
                if (panel.ChosenAt(m, c) is >= 0 and var o && s.KnockOut[c][o])
                {
                    var option = s.Criteria[c].Options[o];
                    hits.Add(new KnockOutHit(s.Codes[c], s.Criteria[c].Title, s.TitlesEn[c], option.Letter, KnockOutCondition.Eliminated,
                        option.KnockOutReason ?? option.Text, m, panel.Sheets[m].MemberId));
                }
            foreach (var code in panel.Sheets[m].KnockOuts ?? [])
            {
                var c = s.IndexOf[code];
                var condition = s.KnockOutConditions[c][0];
                hits.Add(new KnockOutHit(code, s.Criteria[c].Title, s.TitlesEn[c], null, condition.Effect, condition.Condition, m, panel.Sheets[m].MemberId));
            }
        }
        return hits;
    }

    private static MemberResult[] Members(ScoredPanel panel)
    {
        var s = panel.Sheet;
        var pCount = s.PartCodes.Length;
        var members = new MemberResult[panel.Members];
        for (var m = 0; m < members.Length; m++)
        {
            var parts = new PartScore[pCount];
            for (var p = 0; p < pCount; p++) parts[p] = new PartScore(s.PartCodes[p], panel.PartTotals[m * pCount + p], s.PartMax[p]);
            List<string>? unanswered = null;
            if (panel.AnyKnockOut)
                for (var c = 0; c < panel.Criteria; c++)
                    if (panel.ChosenAt(m, c) == CompiledSheet.Missing) (unanswered ??= []).Add(s.Codes[c]);
            members[m] = new MemberResult(m, panel.Sheets[m].MemberId, parts, panel.Totals[m], unanswered is null ? [] : unanswered);
        }
        return members;
    }
}
