using OcopHub.Core.Text;

namespace OcopHub.Web.Features.Imports;

/// <summary>What a file holds: producers (chủ thể), products (sản phẩm) or OCOP results (lịch sử xếp hạng).</summary>
public enum ImportKind { Producers, Products, History }

/// <summary>A field the import understands: its key, the Vietnamese header of the template, an example value and aliases.</summary>
public sealed record ImportField(string Key, string Header, bool Required, string Example, string Note, params string[] Aliases)
{
    /// <summary>Folded header and aliases: what a file's header is matched against when mapping automatically.</summary>
    public IEnumerable<string> FoldedNames => new[] { Header, Key }.Concat(Aliases).Select(ImportFields.FoldHeader);
}

public static class ImportFields
{
    public static readonly IReadOnlyList<ImportField> Producers =
    [
        new("name", "Tên chủ thể", true, "Hợp tác xã Chè Tân Cương", "Tên đầy đủ theo đăng ký", "ten", "ten chu the ocop", "chu the"),
        new("legalForm", "Loại hình", true, "cooperative", "Mã loại hình (xem danh mục)", "loai hinh chu the", "ma loai hinh"),
        new("taxCode", "Mã số thuế", false, "4600123456", "10 hoặc 13 chữ số", "mst"),
        new("province", "Tỉnh/thành", false, "Thái Nguyên", "Tên hoặc mã tỉnh (để phân biệt xã trùng tên)", "tinh", "tinh thanh pho", "ma tinh"),
        new("commune", "Xã/phường", true, "Xã Ba Bể", "Tên hoặc mã xã; tên cũ trước 1/7/2025 được chuyển sang xã mới", "xa", "xa phuong", "ma xa", "xa/phuong/thi tran"),
        new("address", "Địa chỉ", false, "Thôn Pác Ngòi", "Thôn, bản, số nhà", "dia chi chi tiet"),
        new("phone", "Điện thoại", false, "0912345678", "", "so dien thoai", "sdt"),
        new("email", "Email", false, "htx@example.vn", "", "thu dien tu"),
        new("representative", "Người đại diện", false, "Nguyễn Thị Hoa", "", "nguoi dai dien theo phap luat", "dai dien"),
        new("registrationNumber", "Số đăng ký kinh doanh", false, "4607000123", "", "so dkkd", "so dang ky"),
        new("registrationDate", "Ngày đăng ký", false, "15/03/2018", "dd/MM/yyyy", "ngay dkkd"),
    ];

    public static readonly IReadOnlyList<ImportField> Products =
    [
        new("name", "Tên sản phẩm", true, "Chè xanh Tân Cương", "", "ten", "san pham", "ten san pham ocop"),
        new("ocopCode", "Mã số OCOP", false, "19-01906-1-2025", "Để trống: hệ thống cấp mã", "ma so san pham", "ma san pham", "ma ocop"),
        new("producerTaxCode", "Mã số thuế chủ thể", false, "4600123456", "Tìm chủ thể theo mã số thuế", "mst chu the", "ma so thue"),
        new("producer", "Tên chủ thể", false, "Hợp tác xã Chè Tân Cương", "Bắt buộc khi không có mã số thuế", "chu the", "ten chu the ocop"),
        new("province", "Tỉnh/thành", false, "Thái Nguyên", "Tên hoặc mã tỉnh", "tinh", "ma tinh"),
        new("commune", "Xã/phường sản xuất", true, "Xã Ba Bể", "Tên hoặc mã xã (tên cũ được chuyển sang xã mới)", "xa", "xa phuong", "ma xa", "dia ban"),
        new("rulebook", "Bộ tiêu chí", false, "26-2026", "26-2026, 148-2023 hoặc 1048-2019; để trống: bộ hiện hành", "bo tieu chi ap dung", "phien ban"),
        new("productSet", "Bộ sản phẩm", true, "1", "Số bộ sản phẩm (xem danh mục)", "so bo san pham", "ma bo san pham"),
        new("gtin", "Mã vạch (GTIN)", false, "8930000000019", "8, 12, 13 hoặc 14 chữ số", "gtin", "ma vach", "ma gtin"),
        new("description", "Mô tả", false, "Chè búp tôm nõn", "", "mo ta san pham"),
        new("standards", "Tiêu chuẩn áp dụng", false, "TCCS 01:2024", "", "tieu chuan"),
        new("shelfLifeDays", "Hạn sử dụng (ngày)", false, "365", "Số ngày", "han su dung"),
    ];

    public static readonly IReadOnlyList<ImportField> History =
    [
        new("ocopCode", "Mã số OCOP", false, "19-01906-1-2025", "Tìm sản phẩm theo mã", "ma so san pham", "ma san pham", "ma ocop"),
        new("product", "Tên sản phẩm", false, "Chè xanh Tân Cương", "Bắt buộc khi không có mã số OCOP", "ten", "san pham"),
        new("producerTaxCode", "Mã số thuế chủ thể", false, "4600123456", "", "mst chu the", "ma so thue"),
        new("producer", "Tên chủ thể", false, "Hợp tác xã Chè Tân Cương", "Cùng tên sản phẩm khi không có mã số OCOP", "chu the"),
        new("year", "Năm đánh giá", true, "2024", "", "nam", "nam xep hang", "nam cong nhan"),
        new("stars", "Số sao", true, "4", "3, 4 hoặc 5 (1–5)", "hang sao", "sao", "xep hang"),
        new("points", "Điểm", false, "78,5", "0–100", "tong diem", "diem so"),
        new("rulebook", "Bộ tiêu chí", false, "148-2023", "26-2026, 148-2023 hoặc 1048-2019", "bo tieu chi ap dung"),
        new("level", "Cấp công nhận", false, "tỉnh", "huyện (trước 01/7/2025), tỉnh hoặc trung ương; hoặc district, province, national", "cap", "cap cong nhan ocop", "don vi cong nhan"),
        new("district", "Huyện (trước 7/2025)", false, "", "Khi cấp công nhận là huyện: tên hoặc mã huyện cũ (3 chữ số) thuộc tỉnh của sản phẩm", "huyen", "ma huyen", "quan/huyen", "huyen cu", "cap huyen"),
        new("councilLevel", "Hội đồng chấm điểm", false, "tỉnh", "Hội đồng cấp huyện, tỉnh hoặc trung ương (không bắt buộc)", "hoi dong", "cap hoi dong", "hoi dong cham"),
        new("decisionNumber", "Số quyết định", false, "1234/QĐ-UBND", "", "quyet dinh", "so qd"),
        new("decisionDate", "Ngày quyết định", false, "20/11/2024", "dd/MM/yyyy", "ngay qd"),
        new("certificateNumber", "Số giấy chứng nhận", false, "GCN-2024-001", "", "so chung nhan", "so gcn"),
        new("issuedOn", "Ngày cấp", false, "20/11/2024", "dd/MM/yyyy", "ngay cap gcn"),
        new("expiresOn", "Ngày hết hạn", false, "20/11/2027", "dd/MM/yyyy", "ngay het hieu luc", "hieu luc den"),
    ];

    public static IReadOnlyList<ImportField> For(ImportKind kind) => kind switch
    {
        ImportKind.Producers => Producers,
        ImportKind.Products => Products,
        _ => History,
    };

    public static string Title(ImportKind kind) => kind switch
    {
        ImportKind.Producers => "Chủ thể OCOP",
        ImportKind.Products => "Sản phẩm OCOP",
        _ => "Kết quả đánh giá, xếp hạng OCOP",
    };

    public static bool TryParseKind(string? text, out ImportKind kind) =>
        Enum.TryParse(text, ignoreCase: true, out kind) && Enum.IsDefined(kind);

    /// <summary>"Tên sản phẩm (*)" → "ten san pham": folded, without marks, brackets or punctuation.</summary>
    public static string FoldHeader(string? header)
    {
        var folded = VietnameseText.Fold(header);
        var cut = folded.IndexOf('(');
        if (cut > 0) folded = folded[..cut];
        return VietnameseText.Fold(new string(folded.Select(c => char.IsLetterOrDigit(c) || c == '/' ? c : ' ').ToArray()));
    }

    /// <summary>Maps file columns to fields by folded header: field key → column index.</summary>
    public static Dictionary<string, int> AutoMap(ImportKind kind, IReadOnlyList<string> headers)
    {
        var map = new Dictionary<string, int>();
        var folded = headers.Select(FoldHeader).ToList();
        foreach (var field in For(kind))
        {
            var names = field.FoldedNames.ToHashSet();
            var index = folded.FindIndex(h => h.Length > 0 && names.Contains(h));
            if (index >= 0 && !map.ContainsValue(index)) map[field.Key] = index;
        }
        return map;
    }
}
