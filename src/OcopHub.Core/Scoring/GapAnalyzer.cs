using OcopHub.Core.Criteria;

namespace OcopHub.Core.Scoring;

/// <summary>
/// Gap analysis (phân tích khoảng cách): the cheapest way from the current result to the next star.
/// A change is product-level: when the product improves on a criterion every member who scored it lower is
/// assumed to tick the new option, so one member's sheet is simply the one-member case.
/// </summary>
public static class GapAnalyzer
{
    /// <summary>Gap for one phiếu chấm (e.g. a producer's self-assessment, Mẫu 02).</summary>
    public static GapAnalysis Analyze(Rulebook rulebook, int setNo, ScoreSheetAnswers sheet, EvaluationOptions? options = null) =>
        Analyze(rulebook, setNo, [sheet], null, options);

    /// <summary>Gap for the council's evaluation: lifts the average.</summary>
    public static GapAnalysis Analyze(
        Rulebook rulebook, int setNo, IReadOnlyList<ScoreSheetAnswers> sheets,
        IReadOnlyCollection<string>? disqualifiers = null, EvaluationOptions? options = null) =>
        EvaluateWithGap(rulebook, setNo, sheets, disqualifiers, options).Gap;

    /// <summary>The evaluation and its gap from one scoring of the sheets (callers that need both score once).</summary>
    public static (EvaluationResult Result, GapAnalysis Gap) EvaluateWithGap(
        Rulebook rulebook, int setNo, IReadOnlyList<ScoreSheetAnswers> sheets,
        IReadOnlyCollection<string>? disqualifiers = null, EvaluationOptions? options = null)
    {
        options ??= EvaluationOptions.Default;
        var panel = ScoredPanel.Score(CompiledSheet.For(rulebook, setNo), sheets, disqualifiers);
        var result = StarEngine.Evaluate(panel, options);
        return (result, Analyze(panel, result, options));
    }

    internal static GapAnalysis Analyze(ScoredPanel panel, EvaluationResult result, EvaluationOptions options)
    {
        var s = panel.Sheet;
        int n = panel.Members, cCount = panel.Criteria;
        var current = result.Average;

        GapAnalysis Unreachable(int? target, decimal? bandMin, IReadOnlyList<FailedMinimum> missing, string vi, string en) =>
            new(result.AwardedStars, target, false, current, bandMin,
                target is { } t ? StarEngine.PointsShort(s, panel.Sum, n, t) : 0m,
                missing, [], 0m, 0m, current, new Explanation(vi, en));

        if (result.Status is EvaluationStatus.Disqualified or EvaluationStatus.KnockedOut)
            return Unreachable(null, null, [],
                $"Không thể nâng hạng: {result.Explanation.Vi}",
                $"No star is reachable: {result.Explanation.En}");
        if (result.NextStars is not { } target)
            return Unreachable(null, null, [],
                $"Sản phẩm đã đạt {result.AwardedStars} sao, hạng cao nhất.",
                $"The product already has {result.AwardedStars} stars, the highest.");

        var bandMin = s.BandMin(target)!.MinInclusive;
        var li = s.LevelIndex(target);

        // 1. Mandatory: every unmet minimum of the target star, raising each member below it to the marked option.
        var baseChosen = (int[])panel.Chosen.Clone();
        var forced = new int[cCount];
        Array.Fill(forced, -1);
        var missing = new List<FailedMinimum>();
        decimal forcedGain = 0;
        foreach (var r in s.Requirements[li])
        {
            var meeting = StarEngine.MembersMeeting(panel, r);
            if (StarEngine.IsMet(meeting, n, options.MinimumRule)) continue;
            missing.Add(StarEngine.ToFailed(panel, r, meeting));
            forced[r.Criterion] = r.Option;
            for (var m = 0; m < n; m++)
            {
                var p = s.PointsOf(r.Criterion, baseChosen[m * cCount + r.Criterion]);
                if (p >= r.Threshold) continue;
                forcedGain += r.Threshold - p;
                baseChosen[m * cCount + r.Criterion] = r.Option;
            }
        }

        // 2. Further points, if the band is still out of reach: fewest points over the target, then fewest changes.
        var need = bandMin * n - (panel.Sum + forcedGain);
        var extra = new int[cCount];
        Array.Fill(extra, -1);
        decimal extraGain = 0;
        if (need > 0)
        {
            var plan = Knapsack.Cheapest(s, baseChosen, n, forced, need);
            if (plan is null)
                return Unreachable(target, bandMin, missing,
                    $"Không thể đạt {target} sao: kể cả khi chọn phương án cao nhất ở mọi tiêu chí, điểm trung bình vẫn dưới {ExplanationText.NumVi(bandMin)}.",
                    $"{target} stars are unreachable: even the best option on every criterion keeps the average below {ExplanationText.NumEn(bandMin)}.");
            (extra, extraGain) = plan.Value;
        }

        var upgrades = new List<OptionUpgrade>();
        for (var c = 0; c < cCount; c++)
        {
            var to = extra[c] >= 0 ? extra[c] : forced[c];
            if (to < 0) continue;
            var from = new string[n];
            decimal gain = 0;
            for (var m = 0; m < n; m++)
            {
                var chosen = panel.ChosenAt(m, c);
                from[m] = s.LetterOf(c, chosen);
                gain += Math.Max(0m, s.Points[c][to] - s.PointsOf(c, chosen));
            }
            upgrades.Add(new OptionUpgrade(s.Codes[c], s.Criteria[c].Title, s.TitlesEn[c], from, s.Letters[c][to], s.Points[c][to],
                gain / n, forced[c] >= 0));
        }

        var projected = (panel.Sum + forcedGain + extraGain) / n;
        var gap = new GapAnalysis(result.AwardedStars, target, true, current, bandMin,
            StarEngine.PointsShort(s, panel.Sum, n, target), missing, upgrades,
            forcedGain / n, extraGain / n, projected, Explanation: null!);
        return gap with { Explanation = GapText(gap) };
    }

    private static Explanation GapText(GapAnalysis g)
    {
        if (g.Upgrades.Count == 0)
            return new Explanation(
                $"Sản phẩm đã đủ điều kiện {g.TargetStars} sao.", $"The product already qualifies for {g.TargetStars} stars.");
        static string Vi(OptionUpgrade u) =>
            $"{u.CriterionCode} ({u.CriterionTitle}) lên phương án {u.ToOption} (+{ExplanationText.NumVi(u.AverageGain)} điểm TB{(u.RequiredByMinimum ? ", bắt buộc theo yêu cầu tối thiểu" : "")})";
        static string En(OptionUpgrade u) =>
            $"{u.CriterionCode} ({u.CriterionTitleEn}) to option {u.ToOption} (+{ExplanationText.PointsEn(u.AverageGain)} on the average{(u.RequiredByMinimum ? ", required minimum" : "")})";
        var total = g.GainFromMinimums + g.GainFromUpgrades;
        return new Explanation(
            $"Để đạt {g.TargetStars} sao cần nâng: {string.Join("; ", g.Upgrades.Select(Vi))}. Tổng cộng +{ExplanationText.NumVi(total)} điểm, điểm trung bình dự kiến {ExplanationText.NumVi(g.ProjectedAverage)} (khung {g.TargetStars} sao từ {ExplanationText.NumVi(g.TargetBandMinimum ?? 0)}).",
            $"To reach {g.TargetStars} stars, raise: {string.Join("; ", g.Upgrades.Select(En))}. In total +{ExplanationText.NumEn(total)} points, projected average {ExplanationText.NumEn(g.ProjectedAverage)} (the {g.TargetStars}-star band starts at {ExplanationText.NumEn(g.TargetBandMinimum ?? 0)}).");
    }
}
