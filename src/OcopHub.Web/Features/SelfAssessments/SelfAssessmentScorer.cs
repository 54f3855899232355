using OcopHub.Core.Criteria;
using OcopHub.Core.Scoring;

namespace OcopHub.Web.Features.SelfAssessments;

/// <summary>
/// Scores a self-assessment draft. Until every criterion is answered there is no prediction — a blank is never a
/// silent zero — only the progress and the points of what is answered so far.
/// </summary>
public static class SelfAssessmentScorer
{
    public sealed record Outcome(int Answered, int Criteria, IReadOnlyList<Criterion> Missing, decimal AnsweredPoints,
        EvaluationResult? Result, GapAnalysis? Gap, IReadOnlyList<ScoringProblem> Problems)
    {
        public bool Complete => Missing.Count == 0 && Problems.Count == 0;
    }

    public static Outcome Score(Rulebook rulebook, int setNo, IReadOnlyDictionary<string, string> answers)
    {
        var sheet = rulebook.FindSheet(setNo) ?? throw new ArgumentException($"Rulebook {rulebook.Id} has no sheet for set {setNo}.");
        var criteria = sheet.AllCriteria.ToList();
        var missing = criteria.Where(c => !answers.ContainsKey(c.Code)).ToList();
        var points = criteria.Sum(c => answers.TryGetValue(c.Code, out var a) ? c.FindOption(a)?.Points ?? 0m : 0m);
        // Answers to criteria the sheet does not have, or options it does not print, are reported, not dropped.
        var problems = StarEngine.Validate(rulebook, setNo, [new ScoreSheetAnswers(null, answers)])
            .Where(p => p.Error != ScoringError.MissingAnswer).ToList();
        if (missing.Count > 0 || problems.Count > 0)
            return new(criteria.Count - missing.Count, criteria.Count, missing, points, null, null, problems);
        var (result, gap) = GapAnalyzer.EvaluateWithGap(rulebook, setNo, [new ScoreSheetAnswers(null, answers)]);
        return new(criteria.Count, criteria.Count, [], result.Average, result, gap, []);
    }
}
