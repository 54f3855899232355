using OcopHub.Core.Text;

namespace OcopHub.Web.Features.Imports;

/// <summary>What a file holds: producers (chủ thể), products (sản phẩm) or OCOP results (lịch sử xếp hạng).</summary>
public enum ImportKind { Producers, Products, History }

/// <summary>A field the import understands: its key, the Vietnamese header of the template, an example value and aliases.</summary>
public sealed record ImportField(string Key, string Header, bool Required, string Example, string Note, params string[] Aliases)
{
    /// <summary>Longest text the column takes (the database column's length); longer cells are row errors, never a failed save.</summary>
    public int? Max { get; init; }

    /// <summary>Folded header and aliases: what a file's header is matched against when mapping automatically.</summary>
    public IEnumerable<string> FoldedNames => new[] { Header, Key }.Concat(Aliases).Select(ImportFields.FoldHeader);
}

public static class ImportFields
{
    public static readonly IReadOnlyList<ImportField> Producers =
    [
        new("name", "Tên chủ thể", true, "Hợp tác xã Chè Tân Cương", "Tên đầy đủ theo đăng ký", "ten", "ten chu the ocop", "chu the"),
        new("legalForm", "Loại hình", true, "cooperative", "Mã hoặc tên loại hình (xem danh mục)", "loai hinh chu the", "ma loai hinh"),
        new("taxCode", "Mã số thuế", false, "4600123459", "10 hoặc 13 chữ số", "mst"),
        new("province", "Tỉnh/thành", false, "Thái Nguyên", "Tên hoặc mã tỉnh (để phân biệt xã trùng tên)", "tinh", "tinh thanh pho", "ma tinh"),
        new("commune", "Xã/phường", true, "Xã Ba Bể", "Tên hoặc mã xã; tên cũ trước 1/7/2025 được chuyển sang xã mới", "xa", "xa phuong", "ma xa", "xa/phuong/thi tran"),
        new("address", "Địa chỉ", false, "Thôn Pác Ngòi", "Thôn, bản, số nhà", "dia chi chi tiet") { Max = 500 },
        new("phone", "Điện thoại", false, "0912345678", "", "so dien thoai", "sdt"),
        new("email", "Email", false, "htx@example.vn", "", "thu dien tu") { Max = 256 },
        new("representative", "Người đại diện", false, "Nguyễn Thị Hoa", "", "nguoi dai dien theo phap luat", "dai dien") { Max = 200 },
        new("registrationNumber", "Số đăng ký kinh doanh", false, "4607000123", "Dùng để so khớp khi không có mã số thuế", "so dkkd", "so dang ky") { Max = 50 },
        new("registrationDate", "Ngày đăng ký", false, "15/03/2018", "dd/MM/yyyy", "ngay dkkd"),
        new("representativeGender", "Giới tính người đại diện", false, "nữ", "nữ hoặc nam (tiêu chí 3.2)", "gioi tinh", "gioi tinh dai dien"),
        new("representativeEthnicity", "Dân tộc người đại diện", false, "Tày", "", "dan toc", "dan toc dai dien") { Max = 50 },
        new("representativeHasDisability", "Người đại diện là người khuyết tật", false, "không", "có hoặc không", "khuyet tat", "nguoi khuyet tat"),
        new("workers", "Số lao động", false, "25", "Tổng số lao động", "lao dong", "tong so lao dong", "tong lao dong"),
        new("localWorkers", "Lao động địa phương", false, "20", "Không lớn hơn tổng số lao động", "so lao dong dia phuong", "lao dong tai dia phuong"),
        new("isSme", "Doanh nghiệp nhỏ và vừa", false, "không", "có hoặc không", "dnnvv", "doanh nghiep nho va vua"),
        new("craftVillage", "Làng nghề", false, "Làng nghề chè Tân Cương", "Làng nghề truyền thống, nếu có", "lang nghe truyen thong") { Max = 200 },
        new("greenValueChain", "Chuỗi giá trị xanh", false, "có", "có hoặc không (OCOP xanh, kinh tế tuần hoàn)", "ocop xanh", "chuoi gia tri xanh tuan hoan"),
    ];

    public static readonly IReadOnlyList<ImportField> Products =
    [
        new("name", "Tên sản phẩm", true, "Chè xanh Tân Cương", "", "ten", "san pham", "ten san pham ocop"),
        new("ocopCode", "Mã số OCOP", false, "19-01906-1-2025", "Để trống: hệ thống cấp mã", "ma so san pham", "ma san pham", "ma ocop"),
        new("producerTaxCode", "Mã số thuế chủ thể", false, "4600123459", "Tìm chủ thể theo mã số thuế", "mst chu the", "ma so thue"),
        new("producer", "Tên chủ thể", false, "Hợp tác xã Chè Tân Cương", "Bắt buộc khi không có mã số thuế", "chu the", "ten chu the ocop"),
        new("province", "Tỉnh/thành", false, "Thái Nguyên", "Tên hoặc mã tỉnh", "tinh", "ma tinh"),
        new("commune", "Xã/phường sản xuất", true, "Xã Ba Bể", "Tên hoặc mã xã (tên cũ được chuyển sang xã mới)", "xa", "xa phuong", "ma xa", "dia ban"),
        new("rulebook", "Bộ tiêu chí", false, "26-2026", "26-2026, 148-2023 hoặc 1048-2019; để trống: bộ hiện hành", "bo tieu chi ap dung", "phien ban"),
        new("productSet", "Bộ sản phẩm", true, "1", "Số bộ sản phẩm (xem danh mục)", "so bo san pham", "ma bo san pham"),
        new("gtin", "Mã vạch (GTIN)", false, "8930000000019", "8, 12, 13 hoặc 14 chữ số", "gtin", "ma vach", "ma gtin"),
        new("description", "Mô tả", false, "Chè búp tôm nõn", "", "mo ta san pham") { Max = 4000 },
        new("standards", "Tiêu chuẩn áp dụng", false, "TCCS 01:2024", "", "tieu chuan") { Max = 500 },
        new("shelfLifeDays", "Hạn sử dụng (ngày)", false, "365", "Số ngày", "han su dung"),
        new("status", "Trạng thái", false, "đang sản xuất", "đang sản xuất, tạm dừng hoặc ngừng sản xuất; để trống: giữ nguyên (mới: đang sản xuất)", "tinh trang", "tinh trang san xuat"),
        new("story", "Câu chuyện sản phẩm", false, "Chè được hái từ vùng chè Tân Cương…", "", "cau chuyen") { Max = 8000 },
        new("packaging", "Bao bì, đóng gói", false, "Hộp giấy 200 g, túi hút chân không", "Chất liệu, quy cách", "bao bi", "quy cach dong goi", "dong goi") { Max = 1000 },
        new("label", "Nhãn sản phẩm", false, "Nhãn đủ nội dung theo Nghị định 43/2017/NĐ-CP, có mã QR truy xuất", "", "nhan", "nhan mac", "nhan hang hoa") { Max = 1000 },
        new("trademarkNumber", "Số văn bằng nhãn hiệu", false, "4-0123456-000", "Giấy chứng nhận đăng ký nhãn hiệu", "nhan hieu", "so nhan hieu", "van bang nhan hieu") { Max = 100 },
        new("geographicalIndication", "Chỉ dẫn địa lý", false, "Chè Tân Cương", "Tên chỉ dẫn địa lý được bảo hộ, nếu có", "cddl") { Max = 200 },
        new("collectiveMark", "Nhãn hiệu tập thể", false, "Chè Thái Nguyên", "Nhãn hiệu tập thể/chứng nhận, nếu có", "nhan hieu chung nhan") { Max = 200 },
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

    /// <summary>
    /// How a row of a child sheet names its producer: the tax code, else the registration number, else the name
    /// (with the commune when two producers share it) — a producer of the same file or one already in the system.
    /// </summary>
    private static ImportField[] ProducerKey(string example) =>
    [
        new("producerTaxCode", "Mã số thuế chủ thể", false, "4600123459", "Chủ thể: mã số thuế, hoặc số đăng ký kinh doanh, hoặc tên", "mst", "ma so thue", "mst chu the"),
        new("producerRegistration", "Số đăng ký kinh doanh", false, "", "Khi chủ thể không có mã số thuế", "so dkkd", "so dang ky"),
        new("producer", "Tên chủ thể", false, example, "Khi không có mã số thuế và số đăng ký", "chu the", "ten chu the ocop"),
        new("commune", "Xã/phường", false, "", "Chỉ cần khi có chủ thể trùng tên", "xa", "xa phuong", "ma xa"),
    ];

    private const string ExampleProducer = "Hợp tác xã Chè Tân Cương";

    /// <summary>The producer's child lists, one extra sheet each in the .xlsx (a .csv holds one sheet: the producers only).</summary>
    public static readonly IReadOnlyList<ImportChildSheet> ProducerSheets =
    [
        new("financials", "Tài chính", "Doanh thu, lợi nhuận từng năm (tiêu chí 3.4 tăng trưởng); so khớp theo chủ thể + năm",
            [.. ProducerKey(ExampleProducer),
             new("year", "Năm", true, "2024", "Năm tài chính", "nam tai chinh"),
             new("revenue", "Doanh thu (đồng)", false, "1250000000", "Số, đơn vị đồng", "doanh thu"),
             new("profit", "Lợi nhuận (đồng)", false, "180000000", "Số, có thể âm", "loi nhuan", "loi nhuan sau thue")],
            "tai chinh", "doanh thu", "bao cao tai chinh"),
        new("certifications", "Chứng nhận", "Giấy chứng nhận chất lượng (VietGAP, ISO 22000 …); so khớp theo chủ thể + loại + số",
            [.. ProducerKey(ExampleProducer),
             new("kind", "Loại chứng nhận", true, "vietgap", "Mã hoặc tên loại (xem danh mục)", "loai", "ma loai chung nhan"),
             new("number", "Số chứng nhận", false, "VietGAP-TT-12-34-0001", "", "so giay chung nhan", "so") { Max = 100 },
             new("issuer", "Nơi cấp", false, "Trung tâm Kiểm nghiệm và Chứng nhận chất lượng", "", "co quan cap", "don vi cap") { Max = 200 },
             new("validFrom", "Ngày cấp", false, "01/06/2024", "dd/MM/yyyy", "hieu luc tu", "tu ngay"),
             new("validTo", "Ngày hết hạn", false, "01/06/2027", "dd/MM/yyyy", "hieu luc den", "den ngay", "ngay het hieu luc")],
            "chung nhan", "chung nhan chat luong", "giay chung nhan"),
        new("rawMaterialAreas", "Vùng nguyên liệu", "Vùng nguyên liệu (tiêu chí 1.2); so khớp theo chủ thể + tên vùng",
            [.. ProducerKey(ExampleProducer),
             new("name", "Tên vùng", true, "Vùng chè Tân Cương xóm Nam Đồng", "", "ten vung nguyen lieu", "vung") { Max = 200 },
             new("areaHa", "Diện tích (ha)", false, "12,5", "Héc-ta", "dien tich", "dien tich ha"),
             new("certification", "Chứng nhận vùng", false, "vietgap", "Mã hoặc tên loại chứng nhận của vùng, nếu có", "chung nhan", "loai chung nhan")],
            "vung nguyen lieu", "nguyen lieu"),
        new("salesChannels", "Kênh bán hàng", "Kênh phân phối, bán hàng (tiêu chí 4.1); so khớp theo chủ thể + loại + tên (hoặc địa chỉ web)",
            [.. ProducerKey(ExampleProducer),
             new("kind", "Loại kênh", true, "ecommerce-platform", "Mã hoặc tên loại (xem danh mục)", "loai", "ma loai kenh"),
             new("name", "Tên kênh", false, "Gian hàng trên sàn Postmart", "Tên nơi bán", "ten", "ten noi ban", "noi ban") { Max = 200 },
             new("url", "Địa chỉ web", false, "https://postmart.vn/", "Bắt đầu bằng http:// hoặc https://", "url", "website", "lien ket", "duong dan") { Max = 500 }],
            "kenh ban hang", "kenh phan phoi", "kenh ban"),
        new("exportMarkets", "Thị trường xuất khẩu", "Mỗi dòng một thị trường; so khớp theo chủ thể + tên thị trường",
            [.. ProducerKey(ExampleProducer),
             new("market", "Thị trường", true, "Nhật Bản", "Quốc gia hoặc khu vực (EU …)", "thi truong xuat khau", "quoc gia") { Max = 100 }],
            "thi truong xuat khau", "xuat khau", "thi truong"),
    ];

    public static IReadOnlyList<ImportChildSheet> ChildSheets(ImportKind kind) => kind == ImportKind.Producers ? ProducerSheets : [];

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
    public static Dictionary<string, int> AutoMap(ImportKind kind, IReadOnlyList<string> headers) => AutoMap(For(kind), headers);

    public static Dictionary<string, int> AutoMap(IReadOnlyList<ImportField> fields, IReadOnlyList<string> headers)
    {
        var map = new Dictionary<string, int>();
        var folded = headers.Select(FoldHeader).ToList();
        foreach (var field in fields)
        {
            var names = field.FoldedNames.ToHashSet();
            var index = folded.FindIndex(h => h.Length > 0 && names.Contains(h));
            if (index >= 0 && !map.ContainsValue(index)) map[field.Key] = index;
        }
        return map;
    }
}

/// <summary>
/// An extra sheet of the .xlsx holding one of a record's child lists (a producer's yearly accounts, certifications …):
/// each row names its parent with the key fields and is checked, previewed and committed like a row of the main sheet.
/// </summary>
public sealed record ImportChildSheet(string Key, string Name, string Purpose, IReadOnlyList<ImportField> Fields, params string[] Aliases)
{
    /// <summary>Whether a workbook's sheet name ("Tai chinh", "TÀI CHÍNH", "Kênh phân phối" …) means this sheet.</summary>
    public bool Matches(string sheetName)
    {
        var folded = ImportFields.FoldHeader(sheetName);
        return folded == ImportFields.FoldHeader(Name) || Aliases.Contains(folded);
    }
}
