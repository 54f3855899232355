using OcopHub.Core.Criteria;
using OcopHub.Core.Scoring;

namespace OcopHub.Core.Tests.Scoring;

/// <summary>One option in a test sheet: letter, points, optional star mark, optional knock-out reason.</summary>
internal sealed record Opt(string Letter, decimal Points, int? Min = null, string? KnockOut = null);

/// <summary>
/// Builds rulebooks in code so engine tests never depend on the (separately owned) data files.
/// Part and group maxima are derived from their criteria; a criterion's max is its best option.
/// </summary>
internal sealed class TestRulebookBuilder
{
    private readonly string _id;
    private readonly List<ScoreSheet> _sheets = [];
    private IReadOnlyList<StarBand> _bands = StandardBands;

    public TestRulebookBuilder(string id = "test") => _id = id;

    /// <summary>26/2026 Art. 3.3: &lt;30, 30–&lt;50, 50–&lt;70, 70–&lt;90, 90–100.</summary>
    public static IReadOnlyList<StarBand> StandardBands { get; } =
    [
        new(1, 0m, 30m, ""),
        new(2, 30m, 50m, ""),
        new(3, 50m, 70m, "UBND tỉnh"),
        new(4, 70m, 90m, "UBND tỉnh"),
        new(5, 90m, null, "Bộ NN&MT"),
    ];

    public TestRulebookBuilder Bands(IReadOnlyList<StarBand> bands) { _bands = bands; return this; }

    public TestRulebookBuilder Sheet(int setNo, Action<SheetBuilder> build)
    {
        var b = new SheetBuilder(setNo);
        build(b);
        _sheets.Add(b.Build());
        return this;
    }

    public Rulebook Build()
    {
        var sets = _sheets.Select(s => new ProductSet(s.SetNo, $"Bộ {s.SetNo}", $"Set {s.SetNo}", "Bộ NN&MT", null)).ToList();
        var sector = new Sector("I", "Thực phẩm", "Food", [new ProductGroup(1, "Nhóm thử", "Test group", sets)]);
        return new Rulebook(_id, $"Bộ tiêu chí thử {_id}", "test", new DateOnly(2026, 5, 22), null, [sector], _bands, _sheets.ToList());
    }

    /// <summary>Shortcut: a one-sheet rulebook for set 1.</summary>
    public static Rulebook Single(Action<SheetBuilder> build, string id = "test") => new TestRulebookBuilder(id).Sheet(1, build).Build();
}

internal sealed class SheetBuilder(int setNo)
{
    private readonly List<(string Code, string Title, List<(int No, string Title, List<Criterion> Criteria)> Groups)> _parts = [];
    private readonly List<Disqualifier> _disqualifiers = [];

    public SheetBuilder Part(string code, string title = "")
    {
        _parts.Add((code, title, []));
        return this;
    }

    public SheetBuilder Group(int no, string title = "")
    {
        if (_parts.Count == 0) Part("A");
        _parts[^1].Groups.Add((no, title, []));
        return this;
    }

    public SheetBuilder Criterion(string code, string title, params Opt[] options) => Add(code, title, false, CriterionKind.SingleChoice, options);

    /// <summary>A criterion whose printed sheet has no 0-point box: "none" is a valid answer.</summary>
    public SheetBuilder CriterionNone(string code, string title, params Opt[] options) => Add(code, title, true, CriterionKind.SingleChoice, options);

    public SheetBuilder YesNo(string code, string title, decimal points) =>
        Add(code, title, false, CriterionKind.YesNo, [new Opt("yes", points), new Opt("no", 0m)]);

    public SheetBuilder Disqualifier(string code, string text)
    {
        _disqualifiers.Add(new Disqualifier(code, text));
        return this;
    }

    private SheetBuilder Add(string code, string title, bool allowsNone, CriterionKind kind, Opt[] options)
    {
        if (_parts.Count == 0) Part("A");
        if (_parts[^1].Groups.Count == 0) Group(_parts[^1].Groups.Count + 1);
        var opts = options.Select(o => new CriterionOption($"{code}.{o.Letter}", o.Letter, $"Phương án {o.Letter}", o.Points, o.Min,
            o.KnockOut is not null, o.KnockOut)).ToList();
        var max = opts.Count == 0 ? 0m : opts.Max(o => o.Points);
        _parts[^1].Groups[^1].Criteria.Add(new Criterion(code, title, max, kind, opts, allowsNone, null, null, []));
        return this;
    }

    public ScoreSheet Build()
    {
        var parts = _parts.Select(p =>
        {
            var groups = p.Groups.Select(g => new CriteriaGroup(g.No, g.Title, g.Criteria.Sum(c => c.Max), g.Criteria)).ToList();
            return new SheetPart(p.Code, p.Title, groups.Sum(g => g.Max), groups);
        }).ToList();
        return new ScoreSheet(setNo, parts, _disqualifiers, []);
    }
}

/// <summary>Terse answer dictionaries for tests.</summary>
internal static class Answers
{
    public static ScoreSheetAnswers Sheet(params (string Code, string Letter)[] answers) => Sheet(null, answers);

    public static ScoreSheetAnswers Sheet(string? member, params (string Code, string Letter)[] answers) =>
        new(member, answers.ToDictionary(a => a.Code, a => a.Letter));

    public static ScoreSheetAnswers With(this ScoreSheetAnswers sheet, params (string Code, string Letter)[] changes)
    {
        var copy = new Dictionary<string, string>(sheet.Answers);
        foreach (var (code, letter) in changes) copy[code] = letter;
        return sheet with { Answers = copy };
    }

    public static ScoreSheetAnswers Without(this ScoreSheetAnswers sheet, params string[] codes)
    {
        var copy = new Dictionary<string, string>(sheet.Answers);
        foreach (var code in codes) copy.Remove(code);
        return sheet with { Answers = copy };
    }
}
