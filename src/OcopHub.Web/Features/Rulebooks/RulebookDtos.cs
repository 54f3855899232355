using OcopHub.Core.Criteria;

namespace OcopHub.Web.Features.Rulebooks;

/// <summary>The public shape of rulebooks in the API: stable names, option ids "1.1.a", nothing computed twice.</summary>
public static class RulebookDtos
{
    public sealed record RulebookDto(string Id, string Name, string LegalBasis, DateOnly EffectiveFrom, DateOnly? EffectiveTo, bool InForce,
        int Sets, int Sheets, IReadOnlyList<BandDto> Bands, IReadOnlyList<PeriodDto> Periods);
    public sealed record PeriodDto(DateOnly From, DateOnly? To, string LegalBasis, string Note);
    public sealed record BandDto(int Stars, decimal MinInclusive, decimal? MaxExclusive, string RecognisedBy);
    public sealed record SetDto(int No, string Name, string NameEn, string LeadMinistry, string? Scope,
        string SectorCode, string SectorName, int GroupNo, string GroupName, bool HasSheet);
    public sealed record SheetDto(string Rulebook, SetDto Set, decimal Max, IReadOnlyList<PartDto> Parts,
        IReadOnlyList<DisqualifierDto> Disqualifiers, IReadOnlyList<string> Notes, IReadOnlyList<string> CurationNotes);
    public sealed record DisqualifierDto(string Code, string Text);
    public sealed record PartDto(string Code, string Title, string? TitleEn, decimal Max, IReadOnlyList<GroupDto> Groups);
    public sealed record GroupDto(int No, string Title, string? TitleEn, decimal Max, IReadOnlyList<string> Notes, IReadOnlyList<CriterionDto> Criteria);
    public sealed record CriterionDto(string Code, string Title, string? TitleEn, decimal Max, string Kind, bool AllowsNone,
        string? Parent, string? ParentTitle, IReadOnlyList<string> Notes, IReadOnlyList<KnockOutDto> KnockOuts, IReadOnlyList<OptionDto> Options);
    public sealed record KnockOutDto(string Effect, string Condition);
    public sealed record OptionDto(string Id, string Letter, string Text, decimal Points, int? MinimumForStars, bool KnockOut, string? KnockOutReason);

    public static RulebookDto ToDto(Rulebook r, DateOnly today) => new(r.Id, r.Name, r.LegalBasis, r.EffectiveFrom, r.EffectiveTo,
        r.IsInForceOn(today), r.AllSets.Count(), r.Sheets.Count,
        r.Bands.Select(b => new BandDto(b.Stars, b.MinInclusive, b.MaxExclusive, b.RecognisedBy)).ToList(),
        r.Periods.Select(p => new PeriodDto(p.From, p.To, p.LegalBasis, p.Note)).ToList());

    public static IEnumerable<SetDto> Sets(Rulebook r) =>
        from s in r.Sectors
        from g in s.Groups
        from set in g.Sets
        orderby set.No
        select new SetDto(set.No, set.Name, set.NameEn, set.LeadMinistry, set.Scope, s.Code, s.Name, g.No, g.Name, r.FindSheet(set.No) is not null);

    public static SheetDto ToDto(Rulebook r, SetDto set, ScoreSheet sheet) => new(r.Id, set, sheet.Max,
        sheet.Parts.Select(p => new PartDto(p.Code, p.Title, p.TitleEn, p.Max, p.Groups.Select(g => new GroupDto(g.No, g.Title, g.TitleEn, g.Max, g.Notes,
            g.Criteria.Select(c => new CriterionDto(c.Code, c.Title, c.TitleEn, c.Max, c.Kind.ToString(), c.AllowsNone, c.Parent, c.ParentTitle, c.Notes,
                c.KnockOuts.Select(k => new KnockOutDto(k.Effect.ToString(), k.Condition)).ToList(),
                c.Options.Select(o => new OptionDto(o.Id, o.Letter, o.Text, o.Points, o.MinimumForStars, o.KnockOut, o.KnockOutReason)).ToList())).ToList())).ToList())).ToList(),
        sheet.Disqualifiers.Select(d => new DisqualifierDto(d.Code, d.Text)).ToList(), sheet.Notes, sheet.CurationNotes);
}
