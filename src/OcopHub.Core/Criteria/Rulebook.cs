namespace OcopHub.Core.Criteria;

/// <summary>
/// A version of the national OCOP rulebook (bộ tiêu chí): classification, star bands and scoring sheets.
/// Loaded from versioned data files (data/reference/rulebooks), never written as code.
/// </summary>
public sealed record Rulebook(
    string Id,                      // URL-safe: "26-2026", "148-2023", "1048-2019"
    string Name,                    // "Quyết định 26/2026/QĐ-TTg"
    string LegalBasis,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,          // null = in force
    IReadOnlyList<Sector> Sectors,
    IReadOnlyList<StarBand> Bands,
    IReadOnlyList<ScoreSheet> Sheets)
{
    public IEnumerable<ProductSet> AllSets => Sectors.SelectMany(s => s.Groups).SelectMany(g => g.Sets);
    public ProductSet? FindSet(int setNo) => AllSets.FirstOrDefault(s => s.No == setNo);
    public ScoreSheet? FindSheet(int setNo) => Sheets.FirstOrDefault(s => s.SetNo == setNo);
    public bool IsInForceOn(DateOnly day) => day >= EffectiveFrom && (EffectiveTo is null || day <= EffectiveTo);

    /// <summary>Sub-periods inside [EffectiveFrom, EffectiveTo] where an amending decision changed the rules (e.g. 148 as amended by 1489).</summary>
    public IReadOnlyList<RulebookPeriod> Periods { get; init; } = [];

    /// <summary>Why the data says what it says where the legal text is silent, inconsistent or not yet sourced.</summary>
    public IReadOnlyList<string> CurationNotes { get; init; } = [];
}

/// <summary>A stretch of a rulebook's life under one amending decision; To is inclusive, null = open.</summary>
public sealed record RulebookPeriod(DateOnly From, DateOnly? To, string LegalBasis, string Note);

/// <summary>Ngành (sector), e.g. "I" thực phẩm.</summary>
public sealed record Sector(string Code, string Name, string NameEn, IReadOnlyList<ProductGroup> Groups);

/// <summary>Nhóm (group) within a sector.</summary>
public sealed record ProductGroup(int No, string Name, string NameEn, IReadOnlyList<ProductSet> Sets);

/// <summary>Bộ sản phẩm (product set): each has its own scoring sheet and a lead ministry.</summary>
public sealed record ProductSet(int No, string Name, string NameEn, string LeadMinistry, string? Scope);

/// <summary>A star band over the average total: [MinInclusive, MaxExclusive).</summary>
public sealed record StarBand(int Stars, decimal MinInclusive, decimal? MaxExclusive, string RecognisedBy);

/// <summary>The scoring sheet of one product set (phiếu đánh giá).</summary>
public sealed record ScoreSheet(
    int SetNo,
    IReadOnlyList<SheetPart> Parts,
    IReadOnlyList<Disqualifier> Disqualifiers,   // "Hồ sơ bị loại khi"
    IReadOnlyList<string> Notes)
{
    public IEnumerable<Criterion> AllCriteria => Parts.SelectMany(p => p.Groups).SelectMany(g => g.Criteria);
    public decimal Max => Parts.Sum(p => p.Max);

    /// <summary>Where this sheet's data departs from, or interprets, the printed sheet, and why.</summary>
    public IReadOnlyList<string> CurationNotes { get; init; } = [];
}

/// <summary>A dossier-level disqualifier printed at the top of a sheet.</summary>
public sealed record Disqualifier(string Code, string Text);

/// <summary>Phần A/B/C.</summary>
public sealed record SheetPart(string Code, string Title, decimal Max, IReadOnlyList<CriteriaGroup> Groups)
{
    /// <summary>The project's English title (not an official translation).</summary>
    public string? TitleEn { get; init; }
}

/// <summary>A numbered group of criteria (1–17), e.g. "1. Tổ chức sản xuất".</summary>
public sealed record CriteriaGroup(int No, string Title, decimal Max, IReadOnlyList<Criterion> Criteria)
{
    /// <summary>The project's English title (not an official translation).</summary>
    public string? TitleEn { get; init; }

    /// <summary>Text printed under the group heading that belongs to no single criterion (explanations in brackets).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

public enum CriterionKind
{
    /// <summary>Tick exactly one of the printed options.</summary>
    SingleChoice,
    /// <summary>Có / Không: answered "yes" or "no".</summary>
    YesNo,
}

/// <summary>
/// A scorable criterion (leaf), e.g. "1.1" or "6.1.1". Parent holds the heading code (e.g. "6.1") for sub-criteria.
/// AllowsNone: the printed sheet has no 0-point box, so "none" (nothing ticked, 0 points) is a valid explicit answer.
/// </summary>
public sealed record Criterion(
    string Code,
    string Title,
    decimal Max,
    CriterionKind Kind,
    IReadOnlyList<CriterionOption> Options,
    bool AllowsNone,
    string? Parent,
    string? ParentTitle,
    IReadOnlyList<string> Notes)
{
    public CriterionOption? FindOption(string letter) =>
        Options.FirstOrDefault(o => string.Equals(o.Letter, letter, StringComparison.OrdinalIgnoreCase));

    /// <summary>The project's English title (not an official translation); the printed explanation is not translated.</summary>
    public string? TitleEn { get; init; }

    /// <summary>
    /// Knock-outs printed as notes of the criterion ("Bị loại nếu …", "… không đánh giá các bước tiếp theo").
    /// They describe a finding of the council, not a tick-box, so they are kept beside the options.
    /// </summary>
    public IReadOnlyList<CriterionKnockOut> KnockOuts { get; init; } = [];
}

public enum KnockOutEffect
{
    /// <summary>The product is eliminated (bị loại).</summary>
    Eliminated,
    /// <summary>The remaining criteria are not evaluated (không đánh giá các bước tiếp theo).</summary>
    StopsEvaluation,
}

/// <summary>A knock-out note of a criterion: Condition is the printed note, verbatim.</summary>
public sealed record CriterionKnockOut(KnockOutEffect Effect, string Condition);

/// <summary>
/// One tick-box. Id = criterion code + "." + letter in printed order ("1.1.a"); yes/no options use letters "yes"/"no".
/// MinimumForStars: 3, 4 or 5 when the option is marked ***, ****, ***** (the least a product must reach on this criterion).
/// KnockOut: ticking it eliminates the product (e.g. all raw material imported).
/// </summary>
public sealed record CriterionOption(
    string Id,
    string Letter,
    string Text,
    decimal Points,
    int? MinimumForStars,
    bool KnockOut,
    string? KnockOutReason);
