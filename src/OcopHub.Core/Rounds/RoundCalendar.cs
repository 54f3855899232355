namespace OcopHub.Core.Rounds;

/// <summary>
/// The evaluation rounds of one level (Art. 5). Default rounds each plan year Y:
/// province — đợt 01: proposed before 30/4/Y, decided before 30/6/Y; đợt 02: before 30/10/Y, decided before 30/12/Y;
/// central — đợt 01: proposed before 30/7/Y, decided before 30/9/Y; đợt 02: proposed before 30/01/Y+1, decided
/// before 30/3/Y+1 (the Decision numbers the 30/9 round first, so its đợt 02 is the following one).
/// Extra rounds are allowed when set in the council's regulation and evaluation plan (Art. 5.1, 5.2 second para.).
/// Immutable: <see cref="WithExtraRound"/> returns a new calendar.
/// </summary>
public sealed class RoundCalendar
{
    private readonly IReadOnlyList<EvaluationRound> _extra;

    private RoundCalendar(RoundLevel level, IReadOnlyList<EvaluationRound> extra)
    {
        Level = level;
        _extra = extra;
    }

    public RoundLevel Level { get; }

    public static RoundCalendar Default(RoundLevel level) =>
        Enum.IsDefined(level) ? new(level, []) : throw new ArgumentOutOfRangeException(nameof(level), level, null);

    /// <summary>The statutory rounds of plan year <paramref name="year"/>.</summary>
    public static IReadOnlyList<EvaluationRound> StatutoryRounds(RoundLevel level, int year) => level switch
    {
        RoundLevel.Province =>
        [
            new(level, year, 1, new(year, 4, 30), new(year, 6, 30), false, "Điều 5.1"),
            new(level, year, 2, new(year, 10, 30), new(year, 12, 30), false, "Điều 5.1"),
        ],
        RoundLevel.Central =>
        [
            new(level, year, 1, new(year, 7, 30), new(year, 9, 30), false, "Điều 5.2"),
            new(level, year, 2, new(year + 1, 1, 30), new(year + 1, 3, 30), false, "Điều 5.2"),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary>Adds an extra round (đợt bổ sung); its basis must name the regulation or plan that set it.</summary>
    public RoundCalendar WithExtraRound(int planYear, DateOnly proposedBefore, DateOnly decideBefore, string basis)
    {
        if (string.IsNullOrWhiteSpace(basis))
            throw new ArgumentException("Đợt bổ sung phải được quy định trong Quy chế hoạt động của Hội đồng và kế hoạch đánh giá (Điều 5).", nameof(basis));
        if (decideBefore <= proposedBefore)
            throw new ArgumentException("Hạn quyết định phải sau hạn nhận hồ sơ.", nameof(decideBefore));
        if (RoundsOf(planYear).Any(r => r.ProposedBefore == proposedBefore && r.DecideBefore == decideBefore))
            throw new ArgumentException("Đã có đợt đánh giá với cùng các mốc thời gian.", nameof(proposedBefore));
        var number = 3 + _extra.Count(r => r.PlanYear == planYear);
        return new RoundCalendar(Level, [.. _extra, new(Level, planYear, number, proposedBefore, decideBefore, true, basis)]);
    }

    /// <summary>All rounds of a plan year, statutory and extra, by decision date.</summary>
    public IReadOnlyList<EvaluationRound> RoundsOf(int planYear) =>
        StatutoryRounds(Level, planYear).Concat(_extra.Where(r => r.PlanYear == planYear))
            .OrderBy(r => r.DecideBefore).ThenBy(r => r.ProposedBefore).ToList();

    /// <summary>
    /// The round a dossier proposed on <paramref name="proposedOn"/> joins: of the rounds still accepting it, the one
    /// that decides first (a later round never holds a dossier an earlier one could decide).
    /// </summary>
    public EvaluationRound RoundFor(DateOnly proposedOn) =>
        Enumerable.Range(proposedOn.Year - 1, 3)
            .SelectMany(RoundsOf)
            .Where(r => r.Accepts(proposedOn))
            .OrderBy(r => r.DecideBefore).ThenBy(r => r.ProposedBefore)
            .First();
}
