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
            Line("CẤP CÔNG NHẬN", "huyện / cấp huyện / district; tỉnh / cấp tỉnh / province; trung ương / cấp trung ương / national", "Ghi đúng cấp đã ký quyết định; hệ thống giữ nguyên, không đổi theo quy định hiện hành.");
            Line("Theo QĐ 1048/QĐ-TTg (21/08/2019 – 23/02/2023)", "Hội đồng cấp huyện đánh giá sơ bộ; UBND tỉnh công nhận 3 và 4 sao; Bộ công nhận 5 sao.");
            Line("Theo QĐ 148/QĐ-TTg (24/02/2023 – 30/06/2025)", "UBND huyện công nhận 3 sao (hội đồng cấp huyện chấm); UBND tỉnh công nhận 4 sao; Bộ công nhận 5 sao.");
            Line("Từ 01/7/2025 (QĐ 1489/QĐ-TTg, QĐ 26/2026/QĐ-TTg)", "Không còn cấp huyện: UBND tỉnh công nhận 3 và 4 sao; Bộ Nông nghiệp và Môi trường công nhận 5 sao.");
            Line("HUYỆN (trước 7/2025)", "Bắt buộc khi cấp công nhận hoặc hội đồng chấm điểm là cấp huyện: tên (có hoặc không dấu, có hoặc không 'Huyện'/'Thị xã'/'Thành phố') hoặc mã 3 chữ số của huyện cũ thuộc tỉnh của sản phẩm (kể cả tỉnh cũ đã hợp nhất, ví dụ Bắc Kạn nay thuộc Thái Nguyên).", "Quyết định cấp huyện phải ban hành trước ngày 01/7/2025.");
            Line("KIỂM TRA", "Mỗi dòng được kiểm tra theo quy trình của bộ tiêu chí đã áp dụng: cấp công nhận đúng số sao, ngày quyết định trong thời gian hiệu lực của bộ tiêu chí, điểm đạt mức của hạng sao, giấy chứng nhận hiệu lực tối đa 36 tháng.");
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
