namespace OcopHub.Web.Features.Rulebooks;

/// <summary>What the sheet partial renders: the sheet, optional answers, whether it is a form, criteria to flag.</summary>
public sealed record SheetView(RulebookDtos.SheetDto Sheet, IReadOnlyDictionary<string, string>? Answers = null, bool Editable = false,
    IReadOnlySet<string>? Problems = null);
