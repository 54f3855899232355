using System.Globalization;
using MiniExcelLibs;
using OcopHub.Core.Gs1;
using OcopHub.Core.Producers;

namespace OcopHub.Bench.Import;

/// <summary>Realistic import files: producers spread over a province's communes, products named like real OCOP lists.</summary>
public static class Generator
{
    public sealed record Producer(string Name, string TaxCode, string Commune);

    private static readonly string[] Goods =
    [
        "Chè xanh", "Chè búp", "Mật ong bạc hà", "Miến dong", "Bí xanh thơm", "Gạo Bao Thai", "Nấm hương", "Măng khô", "Lạp sườn",
        "Thịt trâu gác bếp", "Rượu ngô", "Bánh chưng", "Tương nếp", "Mơ ngâm", "Hồng không hạt", "Cam sành", "Gừng gió", "Trà hoa vàng",
        "Dầu sở", "Bánh gio", "Cao khôi", "Trám đen", "Tinh bột nghệ", "Hạt dẻ", "Vịt bầu", "Cá suối nướng", "Khẩu sli", "Bánh coóng phù",
    ];
    private static readonly string[] Forms = ["Hợp tác xã", "Công ty TNHH", "Hộ kinh doanh", "Tổ hợp tác"];
    private static readonly string[] LegalCodes = ["cooperative", "sme", "registered-household-business", "cooperative-group"];
    private static readonly string[] Surnames = ["Nguyễn", "Hoàng", "Nông", "Ma", "Lưu", "Triệu", "Đàm", "Phùng", "Hà", "Lục"];
    private static readonly string[] Mobile = ["091", "098", "097", "086", "088", "094", "090"];
    private static readonly string[] Given = ["Thị Hoa", "Văn Sơn", "Văn Thành", "Thị Lan", "Đức Minh", "Thị Mai", "Văn Khánh", "Thị Thu"];

    public static List<Producer> Producers(IReadOnlyList<string> communes, int count, Random rnd)
    {
        var list = new List<Producer>(count);
        var used = new HashSet<string>();
        for (var i = 0; i < count; i++)
        {
            var commune = communes[i % communes.Count];
            var k = rnd.Next(Forms.Length);
            var name = $"{Forms[k]} {Goods[rnd.Next(Goods.Length)]} {Place(commune)} {i + 1}";
            string tax;
            do
            {
                var nine = "46" + rnd.Next(0, 10_000_000).ToString("D7", CultureInfo.InvariantCulture);
                tax = VietnamTaxCode.ComputeCheckDigit(nine) is int d ? nine + d : "";
            } while (tax.Length != 10 || !used.Add(tax));
            list.Add(new Producer(name, tax, commune));
        }
        return list;
    }

    public static byte[] ProducersXlsx(IReadOnlyList<Producer> producers, Random rnd) => Save(producers.Select((p, i) => new Dictionary<string, object?>
    {
        ["Tên chủ thể (*)"] = p.Name,
        ["Loại hình (*)"] = LegalCodes[Array.FindIndex(Forms, f => p.Name.StartsWith(f, StringComparison.Ordinal))],
        ["Mã số thuế"] = p.TaxCode,
        ["Tỉnh/thành"] = "Thái Nguyên",
        ["Xã/phường (*)"] = p.Commune,
        ["Địa chỉ"] = $"Thôn {rnd.Next(1, 20)}",
        ["Điện thoại"] = Mobile[rnd.Next(Mobile.Length)] + rnd.Next(1_000_000, 9_999_999).ToString(CultureInfo.InvariantCulture),
        ["Người đại diện"] = $"{Surnames[rnd.Next(Surnames.Length)]} {Given[rnd.Next(Given.Length)]}",
        ["Ngày đăng ký"] = new DateTime(2015 + i % 10, 1 + i % 12, 1 + i % 28).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
    }));

    /// <summary>Products: 70 % name their producer by tax code, 30 % by name; about half carry a GTIN.</summary>
    public static byte[] ProductsXlsx(IReadOnlyList<Producer> producers, int count, int setCount, Random rnd) => Save(Enumerable.Range(0, count).Select(i =>
    {
        var p = producers[rnd.Next(producers.Count)];
        var byTax = rnd.NextDouble() < 0.7;
        return new Dictionary<string, object?>
        {
            ["Tên sản phẩm (*)"] = $"{Goods[rnd.Next(Goods.Length)]} {Place(p.Commune)} loại {i + 1}",
            ["Mã số thuế chủ thể"] = byTax ? p.TaxCode : null,
            ["Tên chủ thể"] = byTax ? null : p.Name,
            ["Tỉnh/thành"] = "Thái Nguyên",
            ["Xã/phường sản xuất (*)"] = p.Commune,
            ["Bộ tiêu chí"] = "26-2026",
            ["Bộ sản phẩm (*)"] = 1 + rnd.Next(setCount),
            ["Mã vạch (GTIN)"] = rnd.Next(2) == 0 ? Gtin.FromBody("893" + rnd.Next(0, 1_000_000_000).ToString("D9", CultureInfo.InvariantCulture)).Value : null,
            ["Mô tả"] = "Sản phẩm đặc trưng của địa phương, sản xuất theo quy trình truyền thống.",
            ["Hạn sử dụng (ngày)"] = 90 * (1 + rnd.Next(8)),
        };
    }));

    private static string Place(string commune) => commune.All(char.IsAsciiDigit) ? "xã " + commune : commune.Replace("Xã ", "").Replace("Phường ", "");

    private static byte[] Save(IEnumerable<Dictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows);
        return stream.ToArray();
    }
}
