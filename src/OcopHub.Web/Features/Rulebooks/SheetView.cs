namespace OcopHub.Web.Features.Rulebooks;

/// <summary>
/// What the sheet partial renders: the sheet, optional answers, whether it is a form, criteria to flag.
/// RecordKnockOuts: a council member's form also records the criteria's printed knock-outs as found (checkboxes "ko");
/// KnockOutsFound: those recorded.
/// </summary>
public sealed record SheetView(RulebookDtos.SheetDto Sheet, IReadOnlyDictionary<string, string>? Answers = null, bool Editable = false,
    IReadOnlySet<string>? Problems = null, bool RecordKnockOuts = false, IReadOnlyCollection<string>? KnockOutsFound = null);
