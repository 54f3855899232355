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
        Line("Ô để trống", "Cột không có trong tệp thì không đổi dữ liệu đã lưu; cột có mà ô trống thì xoá giá trị đó (trừ các cột có/không và trạng thái: ô trống giữ nguyên).");
        var children = ImportFields.ChildSheets(kind);
        if (children.Count > 0)
        {
            Line("Các trang danh sách", $"Ngoài trang 'Dữ liệu', tệp .xlsx có thể có các trang: {string.Join(", ", children.Select(c => $"'{c.Name}'"))}. Mỗi dòng ghi chủ thể của nó bằng mã số thuế, hoặc số đăng ký kinh doanh, hoặc tên (thêm xã/phường khi trùng tên): chủ thể trong trang 'Dữ liệu' của cùng tệp hoặc đã có trong hệ thống. Trang không dùng thì xoá hoặc để trống.");
            Line("Nhập lại danh sách", "Dòng được so khớp với dữ liệu đã lưu (xem cột 'Ghi chú' của từng trang bên dưới) và được thêm mới, cập nhật hoặc giữ nguyên; hệ thống không xoá mục nào không có trong tệp.");
            Line("Tệp .csv", "Tệp .csv chỉ có một trang: chỉ nhập được danh sách chủ thể (trang 'Dữ liệu'). Tài chính, chứng nhận, vùng nguyên liệu, kênh bán hàng và thị trường xuất khẩu cần tệp .xlsx theo mẫu này.");
        }
        Line("", "");
        Line("CÁC CỘT", "", "");
        foreach (var f in fields) Line(TemplateHeader(f), f.Note, f.Required ? "Bắt buộc" : "Không bắt buộc");
        foreach (var child in children)
        {
            Line("", "");
            Line($"TRANG '{child.Name.ToUpperInvariant()}'", child.Purpose, "");
            foreach (var f in child.Fields) Line(TemplateHeader(f), f.Note, f.Required ? "Bắt buộc" : "Không bắt buộc");
        }
        if (kind == ImportKind.Producers)
        {
            Line("", "");
            Line("LOẠI HÌNH (mã)", "Tên", "");
            foreach (var lf in reference.LegalForms.Items) Line(lf.Code, lf.Name);
            Line("", "");
            Line("LOẠI CHỨNG NHẬN (mã)", "Tên", "Dùng ở trang 'Chứng nhận' và cột 'Chứng nhận vùng'");
            foreach (var c in reference.CertificationKinds.Items) Line(c.Code, c.Name);
            Line("", "");
            Line("LOẠI KÊNH BÁN HÀNG (mã)", "Tên", "Dùng ở trang 'Kênh bán hàng'");
            foreach (var c in reference.SalesChannelKinds.Items) Line(c.Code, c.Name);
        }
        if (kind == ImportKind.Products)
        {
            Line("", "");
            Line("TRẠNG THÁI", "đang sản xuất, tạm dừng, ngừng sản xuất", "Để trống: giữ nguyên; sản phẩm mới là 'đang sản xuất'");
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
        var sheets = new Dictionary<string, object> { ["Dữ liệu"] = data };
        foreach (var child in children)
            sheets[child.Name] = new List<Dictionary<string, object?>> { child.Fields.ToDictionary(TemplateHeader, f => (object?)f.Example) };
        sheets["Hướng dẫn"] = help;
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    /// <summary>
    /// The rows with errors, their reasons first, then the original cells: the main sheet's in "Lỗi", each child
    /// sheet's in "Lỗi - (sheet)". Every text is neutralised against formula injection.
    /// </summary>
    public static byte[] ErrorReport(ImportJob job)
    {
        var sheets = new Dictionary<string, object> { ["Lỗi"] = ErrorRows(job.Headers, job.Rows.Where(r => r.Sheet is null && r.Status == ImportRowStatus.Error)) };
        foreach (var child in job.Sheets)
        {
            var bad = job.Rows.Where(r => r.Sheet == child.Definition.Key && r.Status == ImportRowStatus.Error).ToList();
            if (bad.Count > 0) sheets[SheetTitle($"Lỗi - {child.Definition.Name}")] = ErrorRows(child.Headers, bad);
        }
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    /// <summary>Excel allows 31 characters in a sheet name.</summary>
    private static string SheetTitle(string name) => name.Length <= 31 ? name : name[..31];

    private static List<Dictionary<string, object?>> ErrorRows(IReadOnlyList<string> sourceHeaders, IEnumerable<ImportRowResult> errors)
    {
        var headers = new List<string>();
        foreach (var h in sourceHeaders)
        {
            var name = h;
            for (var i = 2; headers.Contains(name) || name is "Dòng" or "Lỗi"; i++) name = $"{h} ({i})";
            headers.Add(name);
        }
        var rows = errors.Select(r =>
        {
            var d = new Dictionary<string, object?> { ["Dòng"] = r.Number, ["Lỗi"] = SpreadsheetSafety.Neutralise(string.Join("; ", r.Errors)) };
            for (var i = 0; i < headers.Count; i++) d[headers[i]] = SpreadsheetSafety.Neutralise(i < r.Cells.Length ? r.Cells[i] : null);
            return d;
        }).ToList();
        if (rows.Count == 0) rows.Add(new[] { "Dòng", "Lỗi" }.Concat(headers).ToDictionary(h => h, _ => (object?)null));
        return rows;
    }
}
