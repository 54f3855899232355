using System.Globalization;
using System.IO.Compression;
using System.Text;
using MiniExcelLibs;

namespace OcopHub.Web.Features.Imports;

/// <summary>A spreadsheet's header row and data rows as text, each with its row number in the file.</summary>
public sealed record ImportSheet(IReadOnlyList<string> Headers, IReadOnlyList<ImportSheet.Row> Rows)
{
    public sealed record Row(int Number, string?[] Cells)
    {
        public string? this[int column] => column >= 0 && column < Cells.Length ? Cells[column] : null;
    }
}

public enum ImportFormat { Xlsx, Csv }

/// <summary>A workbook as the import reads it: the main sheet and the child sheets found (by name).</summary>
public sealed record ImportWorkbook(string MainName, ImportSheet Main, IReadOnlyList<ImportChildData> Children);

/// <summary>One child sheet of a workbook: what it holds, its name in the file, its rows.</summary>
public sealed record ImportChildData(ImportChildSheet Definition, string Name, ImportSheet Sheet);

/// <summary>
/// Recognises an upload by its content (xlsx = a zip holding [Content_Types].xml; csv = UTF-8 text) and reads it
/// with MiniExcel's streaming Query, so a large sheet is never loaded as a whole workbook.
/// </summary>
public static class ImportFile
{
    /// <summary>The format the name claims and the content confirms, or a Vietnamese reason why not.</summary>
    public static (ImportFormat? Format, string? Error) Detect(string fileName, Stream content)
    {
        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        if (ext is not (".xlsx" or ".csv")) return (null, $"Chỉ nhận tệp .xlsx hoặc .csv (tệp '{Path.GetFileName(fileName)}' không đúng loại).");
        if (content.Length == 0) return (null, "Tệp rỗng.");
        var head = new byte[4];
        content.Position = 0;
        var read = content.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        content.Position = 0;
        var isZip = read == 4 && head[0] == 0x50 && head[1] == 0x4B && head[2] == 3 && head[3] == 4;
        if (ext == ".xlsx")
        {
            if (!isZip) return (null, "Tệp có đuôi .xlsx nhưng nội dung không phải bảng tính Excel (.xlsx).");
            try
            {
                using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
                if (zip.GetEntry("[Content_Types].xml") is null) return (null, "Tệp .xlsx bị hỏng hoặc không phải bảng tính Excel.");
            }
            catch (InvalidDataException) { return (null, "Tệp .xlsx bị hỏng hoặc không phải bảng tính Excel."); }
            finally { content.Position = 0; }
            return (ImportFormat.Xlsx, null);
        }
        if (isZip) return (null, "Tệp có đuôi .csv nhưng nội dung là tệp nén/Excel; hãy lưu với đuôi .xlsx.");
        // A CSV must be UTF-8 (with or without BOM): legacy encodings would turn Vietnamese into garbage silently.
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var buffer = new byte[Math.Min(content.Length, 1 << 20)];
        var n = content.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        content.Position = 0;
        var span = buffer.AsSpan(0, n);
        if (span.Contains((byte)0)) return (null, "Tệp .csv không phải văn bản (có thể là tệp nhị phân).");
        // The 1 MB sample may end inside a character: drop up to 3 trailing bytes before decoding.
        for (var cut = 0; cut <= 3 && cut < n; cut++)
        {
            try { utf8.GetCharCount(span[..(n - cut)]); return (ImportFormat.Csv, null); }
            catch (DecoderFallbackException) when (n == buffer.Length && cut < 3) { }
            catch (DecoderFallbackException) { break; }
        }
        return (null, "Tệp .csv phải được lưu với mã hoá UTF-8 (trong Excel: CSV UTF-8).");
    }

    /// <summary>
    /// The main sheet of a workbook: "Dữ liệu" (the template's) when present, else the first sheet that is neither a
    /// child sheet nor the instructions. Name null: the first sheet (a .csv, or a file <see cref="Read"/> will reject).
    /// None: the workbook has child sheets only (e.g. this year's accounts of producers already registered).
    /// </summary>
    public static (string? Name, bool None) MainSheet(Stream content, ImportFormat format, IReadOnlyList<ImportChildSheet> children)
    {
        if (format != ImportFormat.Xlsx) return (null, false);
        List<string> names;
        try { names = MiniExcel.GetSheetNames(content); }
        catch (Exception ex) when (ex is not OperationCanceledException) { return (null, false); }
        finally { content.Position = 0; }
        var main = names.FirstOrDefault(n => ImportFields.FoldHeader(n) == "du lieu")
            ?? names.FirstOrDefault(n => !children.Any(c => c.Matches(n)) && ImportFields.FoldHeader(n) != "huong dan");
        if (main is null && names.Any(n => children.Any(c => c.Matches(n)))) return (null, true);
        return (main ?? names.FirstOrDefault(), false);
    }

    /// <summary>
    /// The main sheet and the child sheets the workbook holds (by sheet name; a child sheet without data rows is
    /// skipped). The row limit counts every sheet. A .csv has only the main sheet.
    /// </summary>
    public static (ImportWorkbook? Book, string? Error) ReadWorkbook(Stream content, ImportFormat format, int maxRows, IReadOnlyList<ImportChildSheet> children)
    {
        var (mainName, none) = MainSheet(content, format, children);
        // With child sheets the main sheet may be empty or absent: a workbook of this year's accounts for registered producers.
        var withChildren = format == ImportFormat.Xlsx && children.Count > 0;
        var (main, error) = none ? (new ImportSheet([], []), null) : Read(content, format, maxRows, sheetName: mainName, optional: withChildren);
        if (main is null) return (null, error);
        var found = new List<ImportChildData>();
        if (format == ImportFormat.Xlsx && children.Count > 0)
        {
            List<string> names;
            try { names = MiniExcel.GetSheetNames(content); }
            catch (Exception ex) when (ex is not OperationCanceledException) { return (null, "Không đọc được tệp: tệp bị hỏng hoặc không đúng định dạng bảng tính."); }
            finally { content.Position = 0; }
            var left = maxRows - main.Rows.Count;
            foreach (var name in names.Where(n => n != mainName))
            {
                if (children.FirstOrDefault(c => c.Matches(name)) is not { } definition) continue;
                if (found.Any(f => f.Definition == definition)) return (null, $"Tệp có hai trang '{found.First(f => f.Definition == definition).Name}' và '{name}' cho cùng một danh sách {definition.Name}.");
                var (sheet, childError) = Read(content, format, left, sheetName: name, optional: true);
                if (sheet is null) return (null, childError is null ? null : $"Trang '{name}': {childError}");
                if (sheet.Rows.Count == 0) continue;
                left -= sheet.Rows.Count;
                found.Add(new ImportChildData(definition, name, sheet));
            }
            if (main.Rows.Count == 0 && found.Count == 0)
                return (null, main.Headers.Count == 0 ? "Tệp không có dữ liệu (không có dòng tiêu đề)." : "Tệp chỉ có dòng tiêu đề, không có dòng dữ liệu nào.");
        }
        return (new ImportWorkbook(mainName ?? "Dữ liệu", main, found), null);
    }

    /// <summary>
    /// Reads one sheet (the first, or <paramref name="sheetName"/>; with <paramref name="headersOnly"/>, the header and
    /// first data row): the first non-empty row is the header. Fails with a Vietnamese message past
    /// <paramref name="maxRows"/>. An <paramref name="optional"/> sheet may be empty (no rows, no error).
    /// </summary>
    public static (ImportSheet? Sheet, string? Error) Read(Stream content, ImportFormat format, int maxRows, bool headersOnly = false,
        string? sheetName = null, bool optional = false)
    {
        var headers = new List<string>();
        var rows = new List<ImportSheet.Row>();
        content.Position = 0;
        try
        {
            var type = format == ImportFormat.Xlsx ? ExcelType.XLSX : ExcelType.CSV;
            var number = 0;
            foreach (IDictionary<string, object?> raw in MiniExcel.Query(content, useHeaderRow: false, sheetName: sheetName, excelType: type))
            {
                number++;
                var cells = ToCells(raw);
                if (cells.All(string.IsNullOrWhiteSpace)) continue;
                if (headers.Count == 0)
                {
                    headers.AddRange(cells.Select((c, i) => string.IsNullOrWhiteSpace(c) ? $"Cột {i + 1}" : c.Trim().TrimStart('\uFEFF')));
                    continue;
                }
                if (rows.Count >= maxRows) return (null, $"Tệp có hơn {maxRows:N0} dòng dữ liệu; hãy chia thành nhiều tệp.".Replace(",", "."));
                rows.Add(new ImportSheet.Row(number, cells));
                if (headersOnly) break; // the upload check: a header and at least one data row
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return (null, "Không đọc được tệp: tệp bị hỏng hoặc không đúng định dạng bảng tính.");
        }
        finally { content.Position = 0; }
        if (optional && rows.Count == 0) return (new ImportSheet(headers, rows), null);
        if (headers.Count == 0) return (null, "Tệp không có dữ liệu (không có dòng tiêu đề).");
        if (rows.Count == 0) return (null, "Tệp chỉ có dòng tiêu đề, không có dòng dữ liệu nào.");
        return (new ImportSheet(headers, rows), null);
    }

    private static string?[] ToCells(IDictionary<string, object?> raw)
    {
        var cells = new string?[raw.Count];
        var i = 0;
        foreach (var (key, value) in raw)
        {
            var index = ColumnIndex(key);
            if (index >= cells.Length) Array.Resize(ref cells, index + 1);
            cells[index < 0 ? i : index] = Text(value);
            i++;
        }
        return cells;
    }

    /// <summary>"A" → 0, "AB" → 27.</summary>
    private static int ColumnIndex(string letters)
    {
        var n = 0;
        foreach (var c in letters)
        {
            if (c is < 'A' or > 'Z') return -1;
            n = n * 26 + (c - 'A' + 1);
        }
        return n - 1;
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        double d => d.ToString("0.############", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}

/// <summary>Typed values from cell text, with Vietnamese reasons.</summary>
public static class ImportValues
{
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy", "yyyy-MM-dd HH:mm"];

    public static bool TryInt(string text, out int value)
    {
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value)) return true;
        // Excel stores whole numbers as doubles: "365.0".
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) && d == Math.Truncate(d) && d is >= int.MinValue and <= int.MaxValue)
        {
            value = (int)d;
            return true;
        }
        return false;
    }

    /// <summary>"78,5" (Vietnamese) or "78.5".</summary>
    public static bool TryDecimal(string text, out decimal value)
    {
        var t = text.Trim();
        if (t.Contains(',') && !t.Contains('.')) t = t.Replace(',', '.');
        return decimal.TryParse(t, NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>dd/MM/yyyy, yyyy-MM-dd, or an Excel serial day number (a date cell formatted as a number).</summary>
    public static bool TryDate(string text, out DateOnly value)
    {
        var t = text.Trim();
        if (DateTime.TryParseExact(t, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt))
        {
            value = DateOnly.FromDateTime(dt);
            return true;
        }
        // Serials 1–2958465 are 1900-01-01 … 9999-12-31; only plausible years (1950–2100) are accepted.
        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 18264 and <= 73051)
        {
            value = DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)));
            return true;
        }
        value = default;
        return false;
    }
}
