namespace OcopHub.Web.Infrastructure;

/// <summary>
/// Cells that start with = + - @ (or a tab/CR) are run as formulas by spreadsheet programs: user text exported
/// to Excel/CSV gets a leading apostrophe so it stays text (CSV/formula injection).
/// </summary>
public static class SpreadsheetSafety
{
    public static string Neutralise(string? text) =>
        string.IsNullOrEmpty(text) ? "" : text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
