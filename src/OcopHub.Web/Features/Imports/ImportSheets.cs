using MiniExcelLibs;
using OcopHub.Web.Features.Registry;
using OcopHub.Web.Features.Rulebooks;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Imports;

/// <summary>The downloadable template (Vietnamese headers, an example row, instructions and allowed codes) and the error report.</summary>
public static class ImportSheets
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Header as written in the template: required columns carry "(*)", which auto-mapping ignores.</summary>
    public static string TemplateHeader(ImportField f) => f.Required ? f.Header + " (*)" : f.Header;

    public static byte[] Template(ImportKind kind, RegistryReference reference, RulebookCatalog rulebooks)
    {
        var fields = ImportFields.For(kind);
        var data = new List<Dictionary<string, object?>> { fields.ToDictionary(TemplateHeader, f => (object?)f.Example) };
        var help = new List<Dictionary<string, object?>>();
        void Line(string a, string b, string c = "") => help.Add(new() { ["Mục"] = a, ["Nội dung"] = b, ["Ghi chú"] = c });
        Line("Tệp mẫu", $"Nhập {ImportFields.Title(kind)} vào OCOP Hub");
        Line("Cách dùng", "Điền từ dòng 2 của trang 'Dữ liệu' (xoá dòng ví dụ). Cột có (*) là bắt buộc. Có thể dùng tiêu đề cột khác rồi ghép cột khi tải lên.");
        Line("Định dạng tệp", ".xlsx, hoặc .csv lưu với mã hoá UTF-8 (Excel: 'CSV UTF-8'). Tối đa 20 MB, 100.000 dòng.");
        Line("Ngày tháng", "dd/MM/yyyy (ví dụ 20/11/2024) hoặc ô kiểu ngày của Excel.");
        Line("Số thập phân", "Dấu phẩy hoặc dấu chấm (78,5 hoặc 78.5).");
        Line("Xã/phường", "Tên (có hoặc không dấu, có hoặc không 'Xã'/'Phường') hoặc mã 5 chữ số. Tên/mã cũ trước 1/7/2025 được chuyển sang xã/phường mới; ghi tỉnh để phân biệt xã trùng tên.");
        Line("Nhập lại", "Tải lại cùng tệp không tạo bản ghi trùng: dòng đã có được so khớp và cập nhật, hoặc giữ nguyên.");
        Line("Ghi dữ liệu", "Hệ thống kiểm tra toàn bộ tệp trước; chỉ ghi khi không còn dòng lỗi, và ghi tất cả trong một lần.");
        Line("", "");
        Line("CÁC CỘT", "", "");
        foreach (var f in fields) Line(TemplateHeader(f), f.Note, f.Required ? "Bắt buộc" : "Không bắt buộc");
        if (kind == ImportKind.Producers)
        {
            Line("", "");
            Line("LOẠI HÌNH (mã)", "Tên", "");
            foreach (var lf in reference.LegalForms.Items) Line(lf.Code, lf.Name);
        }
        if (kind is ImportKind.Products or ImportKind.History)
        {
            foreach (var rb in rulebooks.Rulebooks)
            {
                Line("", "");
                Line($"BỘ SẢN PHẨM — {rb.Id}", rb.Name, "Số bộ | Tên bộ sản phẩm");
                foreach (var (sector, set) in rulebooks.Sets(rb.Id)) Line(set.No.ToString(System.Globalization.CultureInfo.InvariantCulture), set.Name, $"Ngành {sector.Code}");
            }
        }
        if (kind == ImportKind.History)
        {
            Line("", "");
            Line("SỐ SAO", "1, 2, 3, 4, 5", "Sản phẩm OCOP được công nhận từ 3 sao; 5 sao là cấp trung ương.");
            Line("CẤP CÔNG NHẬN", "province (tỉnh) hoặc national (trung ương)");
        }
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object> { ["Dữ liệu"] = data, ["Hướng dẫn"] = help });
        return stream.ToArray();
    }

    /// <summary>The rows with errors, their reasons first, then the original cells. Every text is neutralised against formula injection.</summary>
    public static byte[] ErrorReport(ImportJob job)
    {
        var headers = new List<string>();
        foreach (var h in job.Headers)
        {
            var name = h;
            for (var i = 2; headers.Contains(name) || name is "Dòng" or "Lỗi"; i++) name = $"{h} ({i})";
            headers.Add(name);
        }
        var rows = job.Rows.Where(r => r.Status == ImportRowStatus.Error).Select(r =>
        {
            var d = new Dictionary<string, object?> { ["Dòng"] = r.Number, ["Lỗi"] = SpreadsheetSafety.Neutralise(string.Join("; ", r.Errors)) };
            for (var i = 0; i < headers.Count; i++) d[headers[i]] = SpreadsheetSafety.Neutralise(i < r.Cells.Length ? r.Cells[i] : null);
            return d;
        }).ToList();
        if (rows.Count == 0) rows.Add(new[] { "Dòng", "Lỗi" }.Concat(headers).ToDictionary(h => h, _ => (object?)null));
        using var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: "Lỗi");
        return stream.ToArray();
    }
}
