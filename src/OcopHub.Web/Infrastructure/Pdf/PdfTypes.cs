namespace OcopHub.Web.Infrastructure.Pdf;

/// <summary>Horizontal alignment of text or a block inside the content area (or a table cell).</summary>
public enum PdfAlign
{
    Left,
    Center,
    Right,
    /// <summary>Both edges flush, as Vietnamese administrative documents are usually set; the last line of a paragraph stays left.</summary>
    Justify,
}

/// <summary>Page orientation; the paper is always A4.</summary>
public enum PdfOrientation
{
    Portrait,
    Landscape,
}

/// <summary>A table column: header text, width relative to the other columns, and cell alignment.</summary>
/// <param name="Header">Header text (wraps like any cell).</param>
/// <param name="Width">Relative width: columns share the content width in proportion to these numbers.</param>
/// <param name="Align">Alignment of the column's cells; headers are always centred.</param>
public sealed record PdfColumn(string Header, float Width = 1f, PdfAlign Align = PdfAlign.Left);

/// <summary>A table row: one text per column, optionally bold and/or with a background colour.</summary>
public sealed record PdfRow(IReadOnlyList<string> Cells)
{
    /// <summary>Background used by <see cref="Highlight"/>: a pale amber that still prints legibly in greyscale.</summary>
    public const string HighlightColor = "#FFE8A3";

    public PdfRow(params string[] cells) : this((IReadOnlyList<string>)cells) { }

    /// <summary>Row text in bold, e.g. for totals.</summary>
    public bool Bold { get; init; }

    /// <summary>Mark the row (e.g. a criterion that is a star minimum) with <see cref="HighlightColor"/>.</summary>
    public bool Highlight { get; init; }

    /// <summary>Explicit background as "#RRGGBB"; wins over <see cref="Highlight"/>.</summary>
    public string? Background { get; init; }
}

/// <summary>
/// One signature column: the place/date line ("Bắc Kạn, ngày 05 tháng 02 năm 2026"), the signer's title,
/// a note, room to sign, and the printed name.
/// </summary>
/// <param name="Title">Signer's role, printed bold, e.g. "CHỦ TỊCH HỘI ĐỒNG".</param>
/// <param name="Name">Printed name under the signature space; null leaves the space empty for handwriting.</param>
/// <param name="Place">Place for the date line; null prints "…".</param>
/// <param name="Date">Date for the date line; null prints blanks ("ngày … tháng … năm …") to fill in by hand.</param>
/// <param name="ShowDateLine">False omits the date line, e.g. for a second signer beside the first.</param>
/// <param name="Note">Small italic line under the title; null omits it.</param>
public sealed record PdfSignature(
    string Title,
    string? Name = null,
    string? Place = null,
    DateOnly? Date = null,
    bool ShowDateLine = true,
    string? Note = "(Ký, ghi rõ họ tên)")
{
    /// <summary>
    /// The place/date line. Decree 30/2020/NĐ-CP on administrative documents writes days below 10 and
    /// months 1–2 with a leading zero ("ngày 05 tháng 02"), so that they cannot be altered by hand later.
    /// </summary>
    public string DateLine()
    {
        var place = string.IsNullOrWhiteSpace(Place) ? "…" : Place.Trim();
        if (Date is not { } d) return $"{place}, ngày … tháng … năm …";
        var day = d.Day < 10 ? $"0{d.Day}" : d.Day.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var month = d.Month < 3 ? $"0{d.Month}" : d.Month.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"{place}, ngày {day} tháng {month} năm {d.Year}";
    }
}
