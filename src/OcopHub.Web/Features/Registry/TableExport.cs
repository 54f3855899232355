using System.Text;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace OcopHub.Web.Features.Registry;

/// <summary>
/// Writes a list page's rows to .xlsx (MiniExcel) or .csv (UTF-8 with BOM so Excel reads Vietnamese). Text that a
/// spreadsheet would run as a formula (starting with = + - @ tab or CR) gets a leading apostrophe.
/// </summary>
public static class TableExport
{
    public const int MaxRows = 100_000;

    public static string Neutralise(string? value) =>
        string.IsNullOrEmpty(value) ? "" : value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    private static object? Cell(object? value) => value switch
    {
        null => null,
        string s => Neutralise(s),
        int or long or decimal or double => value,
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => Neutralise(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)),
    };

    public static Microsoft.AspNetCore.Mvc.FileContentResult File(string format, string baseName, IReadOnlyList<string> headers, IEnumerable<object?[]> rows)
    {
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmm", System.Globalization.CultureInfo.InvariantCulture);
        if (format == "csv")
        {
            var sb = new StringBuilder();
            sb.AppendLine(string.Join(',', headers.Select(Csv)));
            foreach (var row in rows) sb.AppendLine(string.Join(',', row.Select(v => Csv(Convert.ToString(Cell(v), System.Globalization.CultureInfo.InvariantCulture)))));
            var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(sb.ToString())).ToArray();
            return new(bytes, "text/csv; charset=utf-8") { FileDownloadName = $"{baseName}-{stamp}.csv" };
        }
        var sheet = rows.Select(row =>
        {
            IDictionary<string, object?> d = new Dictionary<string, object?>();
            for (var i = 0; i < headers.Count; i++) d[headers[i]] = Cell(row[i]);
            return d;
        }).ToList();
        using var stream = new MemoryStream();
        if (sheet.Count == 0) sheet.Add(headers.ToDictionary(h => h, _ => (object?)null)); // headers even for an empty list
        MiniExcel.SaveAs(stream, sheet);
        return new(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") { FileDownloadName = $"{baseName}-{stamp}.xlsx" };
    }

    private static string Csv(string? value)
    {
        value ??= "";
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
