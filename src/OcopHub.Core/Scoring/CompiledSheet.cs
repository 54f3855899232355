using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using OcopHub.Core.Criteria;

namespace OcopHub.Core.Scoring;

/// <summary>
/// A set's scoring sheet flattened into arrays for fast scoring: criteria by index, options by index, star
/// requirements per level, bands. Built once per (rulebook instance, set) and cached.
/// The cache is keyed by the Rulebook instance (weakly), not by its Id string: two different rulebook objects
/// with the same Id (tests, a reloaded data file) must never share a stale compiled sheet, and a dropped
/// rulebook frees its compiled sheets.
/// </summary>
public sealed class CompiledSheet
{
    /// <summary>The lowest star the law recognises (26/2026 Art. 3.3): 1★ and 2★ get no certificate.</summary>
    public const int LowestRecognisedStars = 3;

    private static readonly ConditionalWeakTable<Rulebook, ConcurrentDictionary<int, CompiledSheet>> Cache = new();

    public static CompiledSheet For(Rulebook rulebook, int setNo)
    {
        ArgumentNullException.ThrowIfNull(rulebook);
        var perSet = Cache.GetValue(rulebook, _ => new ConcurrentDictionary<int, CompiledSheet>());
        if (perSet.TryGetValue(setNo, out var hit)) return hit;
        var compiled = new CompiledSheet(rulebook, setNo); // throws before caching when the sheet is invalid
        return perSet.GetOrAdd(setNo, compiled);
    }

    public Rulebook Rulebook { get; }
    public ScoreSheet Sheet { get; }
    public int SetNo { get; }

    internal readonly Criterion[] Criteria;
    internal readonly string[] Codes;
    internal readonly int[] PartOf;
    internal readonly string[] PartCodes;
    internal readonly decimal[] PartMax;
    internal readonly string[][] Letters;
    internal readonly decimal[][] Points;
    /// <summary>
    /// Points × Scale as integers: sums and minimum checks run on longs (several times faster than decimal) and
    /// stay exact; totals convert back by one exact division by a power of ten.
    /// </summary>
    internal readonly int[][] Units;
    internal readonly decimal Scale;
    internal readonly bool[][] KnockOut;
    internal readonly bool[] AllowsNone;
    /// <summary>Per criterion the knock-out conditions a member can record as found (empty = none).</summary>
    internal readonly KnockOutCondition[][] KnockOutConditions;
    /// <summary>English criterion titles (the Vietnamese title where the data has none).</summary>
    internal readonly string[] TitlesEn;
    internal readonly FrozenDictionary<string, int> IndexOf;
    internal readonly Dictionary<string, Disqualifier> Disqualifiers;
    /// <summary>Star levels that can be awarded, ascending (3, 4, 5 under current rules).</summary>
    internal readonly int[] StarLevels;
    /// <summary>Per entry of StarLevels: every requirement for that level, cumulative.</summary>
    internal readonly StarRequirement[][] Requirements;
    /// <summary>Bands sorted by MinInclusive descending, so the first match is the highest.</summary>
    internal readonly StarBand[] BandsDesc;
    internal readonly int MaxStars;

    private CompiledSheet(Rulebook rulebook, int setNo)
    {
        Rulebook = rulebook;
        SetNo = setNo;
        Sheet = rulebook.FindSheet(setNo) ?? throw new ScoringException(new ScoringProblem(
            ScoringError.UnknownSet, null, setNo.ToString(System.Globalization.CultureInfo.InvariantCulture), null, null,
            $"Bộ tiêu chí {rulebook.Id} không có phiếu đánh giá cho bộ sản phẩm số {setNo}.",
            $"Rulebook {rulebook.Id} has no scoring sheet for product set {setNo}."));

        var parts = Sheet.Parts;
        PartCodes = parts.Select(p => p.Code).ToArray();
        PartMax = parts.Select(p => p.Max).ToArray();
        var criteria = new List<Criterion>();
        var partOf = new List<int>();
        for (var p = 0; p < parts.Count; p++)
            foreach (var c in parts[p].Groups.SelectMany(g => g.Criteria))
            {
                criteria.Add(c);
                partOf.Add(p);
            }

        Criteria = criteria.ToArray();
        PartOf = partOf.ToArray();
        Codes = Criteria.Select(c => c.Code).ToArray();
        Letters = Criteria.Select(c => c.Options.Select(o => o.Letter).ToArray()).ToArray();
        Points = Criteria.Select(c => c.Options.Select(o => o.Points).ToArray()).ToArray();
        KnockOut = Criteria.Select(c => c.Options.Select(o => o.KnockOut).ToArray()).ToArray();
        AllowsNone = Criteria.Select(c => c.AllowsNone).ToArray();
        KnockOutConditions = Criteria.Select(RulebookCompat.KnockOutsOf).ToArray();
        TitlesEn = Criteria.Select(RulebookCompat.TitleEn).ToArray();
        Scale = FindScale(Points) ?? throw Invalid("option points have more than 4 decimal places", null);
        Units = Points.Select(ps => ps.Select(p => (int)(p * Scale)).ToArray()).ToArray();

        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Codes.Length; i++)
            if (!indexOf.TryAdd(Codes[i], i)) throw Invalid($"criterion {Codes[i]} appears twice", Codes[i]);
        IndexOf = indexOf.ToFrozenDictionary(StringComparer.Ordinal); // read-optimised: looked up per answer
        for (var i = 0; i < Criteria.Length; i++)
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var letter in Letters[i])
                if (!seen.Add(letter) || string.Equals(letter, ScoreSheetAnswers.None, StringComparison.OrdinalIgnoreCase))
                    throw Invalid($"criterion {Codes[i]} has a duplicate or reserved option letter '{letter}'", Codes[i]);
        }

        Disqualifiers = new Dictionary<string, Disqualifier>(StringComparer.OrdinalIgnoreCase);
        foreach (var d in Sheet.Disqualifiers) Disqualifiers.TryAdd(d.Code, d);

        if (rulebook.Bands.Count == 0) throw Invalid("it has no star bands", null);
        BandsDesc = rulebook.Bands.OrderByDescending(b => b.MinInclusive).ToArray();
        MaxStars = rulebook.Bands.Max(b => b.Stars);
        StarLevels = rulebook.Bands.Select(b => b.Stars).Where(s => s >= LowestRecognisedStars).Distinct().Order().ToArray();
        Requirements = StarLevels.Select(BuildRequirements).ToArray();
    }

    /// <summary>
    /// Requirements for a star level: on each criterion with a mark at or below the level, the option to reach is
    /// the highest-scoring marked one (so 4★ on 2.3 needs the **** option, and on 3.5 still the *** one). "Reach"
    /// is judged by points: any option worth at least the marked option's points meets it.
    /// </summary>
    private StarRequirement[] BuildRequirements(int stars)
    {
        var list = new List<StarRequirement>();
        for (var c = 0; c < Criteria.Length; c++)
        {
            var best = -1;
            var options = Criteria[c].Options;
            for (var o = 0; o < options.Count; o++)
            {
                if (options[o].MinimumForStars is not { } mark || mark > stars) continue;
                if (best < 0 || options[o].Points > options[best].Points) best = o;
            }
            if (best >= 0) list.Add(new StarRequirement(c, best, options[best].Points, Units[c][best], options[best].MinimumForStars!.Value));
        }
        return list.ToArray();
    }

    /// <summary>Smallest power of ten (up to 10⁴) that makes every option's points whole (ints: ≤ 10⁶ per option).</summary>
    private static decimal? FindScale(decimal[][] points)
    {
        for (decimal scale = 1; scale <= 10_000; scale *= 10)
            if (points.All(ps => ps.All(p => decimal.Truncate(p * scale) == p * scale))) return scale;
        return null;
    }

    /// <summary>Integer units of a chosen option index ("none" and missing score 0).</summary>
    internal int UnitsOf(int criterion, int option) => option >= 0 ? Units[criterion][option] : 0;

    internal int LevelIndex(int stars) => Array.IndexOf(StarLevels, stars);

    internal StarBand? BandMin(int stars) => BandsDesc.FirstOrDefault(b => b.Stars == stars);

    /// <summary>Points of a chosen option index (-1 = "none", -2 = missing after a knock-out: both 0).</summary>
    internal decimal PointsOf(int criterion, int option) => option >= 0 ? Points[criterion][option] : 0m;

    internal string LetterOf(int criterion, int option) => option switch
    {
        >= 0 => Letters[criterion][option],
        Missing => "missing",
        _ => ScoreSheetAnswers.None,
    };

    internal const int NoneOption = -1;
    internal const int Missing = -2;

    private ScoringException Invalid(string what, string? code) => new(new ScoringProblem(
        ScoringError.InvalidRulebook, code, null, null, null,
        $"Phiếu đánh giá bộ {SetNo} của bộ tiêu chí {Rulebook.Id} không hợp lệ: {what}.",
        $"The scoring sheet of set {SetNo} in rulebook {Rulebook.Id} is invalid: {what}."));
}

/// <summary>A star minimum on one criterion: reach Threshold points (the marked option Option, marked for MarkStars).</summary>
internal readonly record struct StarRequirement(int Criterion, int Option, decimal Threshold, int ThresholdUnits, int MarkStars);
