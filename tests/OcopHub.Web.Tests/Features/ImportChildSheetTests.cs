using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using OcopHub.Core.Producers;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Tests.Infrastructure;
using static OcopHub.Web.Tests.Features.ImportTests;

namespace OcopHub.Web.Tests.Features;

/// <summary>
/// The producer's child lists from the extra sheets of the .xlsx (Tài chính, Chứng nhận, Vùng nguyên liệu, Kênh bán
/// hàng, Thị trường xuất khẩu), the product fields beyond the basics, and the bulk insert of new products with their audit rows.
/// </summary>
public abstract class ImportChildSheetTests(OcopAppFactory app)
{
    private static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>A valid organisation tax code nobody has: 9 random digits and their check digit.</summary>
    private static string NewTaxCode()
    {
        while (true)
        {
            var nine = Random.Shared.Next(100_000_000, 999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (VietnamTaxCode.ComputeCheckDigit(nine) is { } check) return nine + check;
        }
    }

    /// <summary>A workbook of several sheets, each a list of rows (every row gets every column of its sheet).</summary>
    private static byte[] Book(params (string Sheet, Dictionary<string, object?>[] Rows)[] sheets)
    {
        var book = new Dictionary<string, object>();
        foreach (var (sheet, rows) in sheets)
        {
            var columns = rows.SelectMany(r => r.Keys).Distinct().ToList();
            book[sheet] = rows.Select(r => columns.ToDictionary(c => c, c => r.GetValueOrDefault(c))).ToList();
        }
        using var stream = new MemoryStream();
        stream.SaveAs(book);
        return stream.ToArray();
    }

    private static Dictionary<string, object?> Row(params (string Column, object? Value)[] cells) => cells.ToDictionary(c => c.Column, c => c.Value);

    private static List<(string Sheet, string Status)> SheetStatuses(JsonElement body) =>
        body.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("sheet").GetString()!, r.GetProperty("status").GetString()!)).ToList();

    private static string ErrorsOf(JsonElement body, string sheet, int row) => string.Join(" | ", body.GetProperty("rows").EnumerateArray()
        .Single(r => r.GetProperty("sheet").GetString() == sheet && r.GetProperty("row").GetInt32() == row)
        .GetProperty("errors").EnumerateArray().Select(e => e.GetString()));

    [Fact]
    public async Task Producer_child_sheets_are_previewed_committed_and_reimported_unchanged()
    {
        var client = await app.ApiAsAsync("ocop.thainguyen");
        var (a, b, taxA, regB) = (Unique("HTX Chè Tân Cương"), Unique("HTX Miến dong"), NewTaxCode(), "HTX-" + Guid.NewGuid().ToString("N")[..8]);
        var file = Book(
            ("Dữ liệu", [
                Row(("Tên chủ thể", a), ("Loại hình", "Hợp tác xã"), ("Mã số thuế", taxA), ("Xã/phường", "Xã Ba Bể"), ("Số lao động", 25),
                    ("Lao động địa phương", 20), ("Giới tính người đại diện", "Nữ"), ("Dân tộc người đại diện", "Tày"), ("Doanh nghiệp nhỏ và vừa", "không"),
                    ("Chuỗi giá trị xanh", "có"), ("Làng nghề", "Làng chè Tân Cương")),
                Row(("Tên chủ thể", b), ("Loại hình", "cooperative"), ("Xã/phường", "Xã Ba Bể"), ("Số đăng ký kinh doanh", regB)),
            ]),
            ("Tài chính", [
                Row(("Mã số thuế chủ thể", taxA), ("Năm", 2023), ("Doanh thu (đồng)", 1_000_000_000), ("Lợi nhuận (đồng)", 100_000_000)),
                Row(("Mã số thuế chủ thể", taxA), ("Năm", 2024), ("Doanh thu (đồng)", 1_250_000_000), ("Lợi nhuận (đồng)", 180_000_000)),
                Row(("Số đăng ký kinh doanh", regB), ("Năm", 2024), ("Doanh thu (đồng)", 500_000_000), ("Lợi nhuận (đồng)", "-20000000")),
            ]),
            ("Chứng nhận", [
                Row(("Mã số thuế chủ thể", taxA), ("Loại chứng nhận", "VietGAP"), ("Số chứng nhận", "VG-01"), ("Nơi cấp", "Sở NN&MT"), ("Ngày cấp", "01/06/2024"), ("Ngày hết hạn", "01/06/2027")),
                Row(("Tên chủ thể", b), ("Loại chứng nhận", "ISO 22000"), ("Số chứng nhận", "ISO-7")),
            ]),
            ("Vùng nguyên liệu", [Row(("Mã số thuế chủ thể", taxA), ("Tên vùng", "Vùng chè xóm Nam"), ("Diện tích (ha)", "12,5"), ("Chứng nhận vùng", "vietgap"))]),
            ("Kênh bán hàng", [
                Row(("Mã số thuế chủ thể", taxA), ("Loại kênh", "Sàn thương mại điện tử"), ("Tên kênh", "Postmart"), ("Địa chỉ web", "https://postmart.vn/")),
                Row(("Mã số thuế chủ thể", taxA), ("Loại kênh", "supermarket"), ("Tên kênh", "Co.opmart Thái Nguyên"), ("Địa chỉ web", null)),
            ]),
            ("Thị trường xuất khẩu", [Row(("Mã số thuế chủ thể", taxA), ("Thị trường", "Nhật Bản")), Row(("Mã số thuế chủ thể", taxA), ("Thị trường", "EU"))]));

        var preview = await PreviewAsync(client, "producers", file);
        Assert.Equal(12, SheetStatuses(preview).Count);
        Assert.All(SheetStatuses(preview), s => Assert.Equal("Created", s.Status));
        Assert.Equal(["Dữ liệu", "Dữ liệu", "Tài chính", "Tài chính", "Tài chính", "Chứng nhận", "Chứng nhận", "Vùng nguyên liệu", "Kênh bán hàng", "Kênh bán hàng", "Thị trường xuất khẩu", "Thị trường xuất khẩu"],
            SheetStatuses(preview).Select(s => s.Sheet));
        Assert.Equal(5, preview.GetProperty("sheets").GetArrayLength());
        Assert.Equal(12, preview.GetProperty("counts").GetProperty("created").GetInt32());
        Assert.False(await app.WithDbAsync(db => db.Producers.AnyAsync(p => p.Name == a)));
        await CommitAsync(client, preview);

        var stored = await app.WithDbAsync(db => db.Producers.Include(p => p.FinancialYears).Include(p => p.Certifications).Include(p => p.RawMaterialAreas)
            .Include(p => p.SalesChannels).AsSplitQuery().Where(p => p.Name == a || p.Name == b).ToListAsync());
        var pa = stored.Single(p => p.Name == a);
        var pb = stored.Single(p => p.Name == b);
        Assert.Equal(("cooperative", 25, 20, "female", "Tày", false, true), (pa.LegalForm, pa.Workers!.Value, pa.LocalWorkers!.Value, pa.RepresentativeGender, pa.RepresentativeEthnicity, pa.IsSme, pa.GreenValueChain));
        Assert.Equal([(2023, 1_000_000_000m, 100_000_000m), (2024, 1_250_000_000m, 180_000_000m)],
            pa.FinancialYears.OrderBy(f => f.Year).Select(f => (f.Year, f.Revenue!.Value, f.Profit!.Value)));
        Assert.Equal((2024, -20_000_000m), (pb.FinancialYears.Single().Year, pb.FinancialYears.Single().Profit!.Value));
        var cert = Assert.Single(pa.Certifications);
        Assert.Equal(("vietgap", "VG-01", "Sở NN&MT", new DateOnly(2024, 6, 1), new DateOnly(2027, 6, 1)), (cert.Kind, cert.Number, cert.Issuer, cert.ValidFrom!.Value, cert.ValidTo!.Value));
        Assert.Equal("iso-22000", Assert.Single(pb.Certifications).Kind);
        var area = Assert.Single(pa.RawMaterialAreas);
        Assert.Equal(("Vùng chè xóm Nam", 12.5m, "vietgap"), (area.Name, area.AreaHa!.Value, area.Certification));
        Assert.Equal(["ecommerce-platform", "supermarket"], pa.SalesChannels.Select(c => c.Kind).Order());
        Assert.Equal("Nhật Bản, EU", pa.ExportMarkets);
        Assert.Contains(await app.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == nameof(ProducerFinancialYear)).Select(e => e.UserName).ToListAsync()), u => u == "ocop.thainguyen");

        // The same file again: every row of every sheet unchanged, nothing written.
        var audits = await app.WithDbAsync(db => db.AuditEntries.CountAsync());
        var again = await PreviewAsync(client, "producers", file);
        Assert.All(SheetStatuses(again), s => Assert.Equal("Unchanged", s.Status));
        await CommitAsync(client, again);
        Assert.Equal(audits, await app.WithDbAsync(db => db.AuditEntries.CountAsync()));

        // A workbook of child sheets only (this year's accounts): matched to the stored producers and their rows.
        var version = pa.Version;
        var update = Book(
            ("Tài chính", [
                Row(("Mã số thuế chủ thể", taxA), ("Năm", 2023), ("Doanh thu (đồng)", 1_000_000_000), ("Lợi nhuận (đồng)", 100_000_000)),
                Row(("Mã số thuế chủ thể", taxA), ("Năm", 2024), ("Doanh thu (đồng)", 1_300_000_000), ("Lợi nhuận (đồng)", 180_000_000)),
                Row(("Mã số thuế chủ thể", taxA), ("Năm", 2025), ("Doanh thu (đồng)", 1_500_000_000), ("Lợi nhuận (đồng)", 200_000_000)),
            ]),
            ("Thị trường xuất khẩu", [Row(("Tên chủ thể", a.ToUpperInvariant()), ("Thị trường", "nhật bản")), Row(("Tên chủ thể", a), ("Thị trường", "Hàn Quốc"))]));
        var changed = await PreviewAsync(client, "producers", update);
        Assert.Equal([("Tài chính", "Unchanged"), ("Tài chính", "Updated"), ("Tài chính", "Created"), ("Thị trường xuất khẩu", "Unchanged"), ("Thị trường xuất khẩu", "Created")],
            SheetStatuses(changed));
        await CommitAsync(client, changed);
        var after = await app.WithDbAsync(db => db.Producers.Include(p => p.FinancialYears).SingleAsync(p => p.Name == a));
        Assert.Equal([1_000_000_000m, 1_300_000_000m, 1_500_000_000m], after.FinancialYears.OrderBy(f => f.Year).Select(f => f.Revenue!.Value));
        Assert.Equal("Nhật Bản, EU, Hàn Quốc", after.ExportMarkets);
        Assert.True(after.Version > version); // a form opened before the import now gets a 409
    }

    [Fact]
    public async Task Bad_child_rows_are_errors_in_vietnamese_block_the_commit_and_are_in_the_error_report()
    {
        var client = await app.ApiAsAsync("ocop.thainguyen");
        var (c, taxC) = (Unique("HTX Lỗi con"), NewTaxCode());
        var file = Book(
            ("Dữ liệu", [ProducerRow(c, "Xã Ba Bể", tax: taxC)]),
            ("Tài chính", [
                Row(("Mã số thuế chủ thể", NewTaxCode()), ("Năm", 2024)),                          // 2: unknown producer
                Row(("Mã số thuế chủ thể", taxC), ("Năm", 1800)),                                  // 3: bad year
                Row(("Mã số thuế chủ thể", taxC), ("Năm", "hai nghìn")),                           // 4: not a number
                Row(("Mã số thuế chủ thể", taxC), ("Năm", 2024), ("Doanh thu (đồng)", "-5")),      // 5: negative revenue
                Row(("Mã số thuế chủ thể", taxC), ("Năm", 2023)),                                  // 6
                Row(("Mã số thuế chủ thể", taxC), ("Năm", 2023)),                                  // 7: same year again
            ]),
            ("Chứng nhận", [
                Row(("Mã số thuế chủ thể", taxC), ("Loại chứng nhận", "khong-co"), ("Ngày cấp", null), ("Ngày hết hạn", null)),
                Row(("Mã số thuế chủ thể", taxC), ("Loại chứng nhận", "vietgap"), ("Ngày cấp", "01/06/2025"), ("Ngày hết hạn", "01/06/2024")),
                Row(("Mã số thuế chủ thể", taxC), ("Loại chứng nhận", "vietgap"), ("Ngày cấp", "32/13/2024"), ("Ngày hết hạn", null)),
            ]),
            ("Kênh bán hàng", [
                Row(("Mã số thuế chủ thể", taxC), ("Loại kênh", "supermarket"), ("Địa chỉ web", "www.shop.vn")),
                Row(("Mã số thuế chủ thể", taxC), ("Loại kênh", "chợ trời"), ("Địa chỉ web", "ftp://shop.vn")),
            ]),
            ("Vùng nguyên liệu", [
                Row(("Tên chủ thể", null), ("Tên vùng", "Vùng A"), ("Diện tích (ha)", null)),
                Row(("Tên chủ thể", c), ("Tên vùng", "Vùng B"), ("Diện tích (ha)", "-3")),
            ]));
        var body = await PreviewAsync(client, "producers", file);
        Assert.Equal("Created", SheetStatuses(body)[0].Status);
        Assert.Equal(12, body.GetProperty("counts").GetProperty("error").GetInt32());
        Assert.Contains("không có chủ thể mã số thuế", ErrorsOf(body, "Tài chính", 2));
        Assert.Contains("năm 1800 không hợp lệ", ErrorsOf(body, "Tài chính", 3));
        Assert.Contains("'hai nghìn' không phải số nguyên", ErrorsOf(body, "Tài chính", 4));
        Assert.Contains("Doanh thu (đồng): không được âm", ErrorsOf(body, "Tài chính", 5));
        Assert.Equal("Created", body.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("sheet").GetString() == "Tài chính" && r.GetProperty("row").GetInt32() == 6).GetProperty("status").GetString());
        Assert.Contains("Trùng với dòng 6", ErrorsOf(body, "Tài chính", 7));
        Assert.Contains("không có trong danh mục loại chứng nhận", ErrorsOf(body, "Chứng nhận", 2));
        Assert.Contains("ngày hết hạn phải sau ngày cấp", ErrorsOf(body, "Chứng nhận", 3));
        Assert.Contains("'32/13/2024' không phải ngày", ErrorsOf(body, "Chứng nhận", 4));
        Assert.Contains("không phải địa chỉ web hợp lệ", ErrorsOf(body, "Kênh bán hàng", 2));
        Assert.Contains("không có trong danh mục loại kênh bán hàng", ErrorsOf(body, "Kênh bán hàng", 3));
        Assert.Contains("không phải địa chỉ web hợp lệ", ErrorsOf(body, "Kênh bán hàng", 3));
        Assert.Contains("Thiếu chủ thể", ErrorsOf(body, "Vùng nguyên liệu", 2));
        Assert.Contains("Diện tích (ha): không được âm", ErrorsOf(body, "Vùng nguyên liệu", 3));

        // All or nothing: the valid producer row is not written either.
        var refused = await client.PostAsync($"/api/v1/imports/{body.GetProperty("id").GetString()}/commit", null);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Producers.AnyAsync(p => p.Name == c)));

        var report = await client.GetAsync($"/api/v1/imports/{body.GetProperty("id").GetString()}/errors.xlsx");
        using var stream = new MemoryStream(await report.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Lỗi", "Lỗi - Tài chính", "Lỗi - Chứng nhận", "Lỗi - Kênh bán hàng", "Lỗi - Vùng nguyên liệu"], stream.GetSheetNames());
        var financial = stream.Query(useHeaderRow: true, sheetName: "Lỗi - Tài chính").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal([2d, 3d, 4d, 5d, 7d], financial.Select(r => Convert.ToDouble(r["Dòng"])));
        Assert.Contains("1800", financial[1]["Lỗi"]!.ToString());
        Assert.Equal(taxC, financial[1]["Mã số thuế chủ thể"]?.ToString());
    }

    [Fact]
    public async Task Producers_template_has_the_child_sheets_and_the_csv_rule_and_previews_cleanly_as_downloaded()
    {
        var client = await app.ApiAsAsync("ocop.thainguyen");
        var template = await client.GetByteArrayAsync("/api/v1/imports/templates/producers.xlsx");
        using (var stream = new MemoryStream(template))
        {
            Assert.Equal(["Dữ liệu", "Tài chính", "Chứng nhận", "Vùng nguyên liệu", "Kênh bán hàng", "Thị trường xuất khẩu", "Hướng dẫn"], stream.GetSheetNames());
            Assert.Contains("Năm (*)", stream.Query(useHeaderRow: true, sheetName: "Tài chính").Cast<IDictionary<string, object?>>().Single().Keys);
            var help = string.Join("\n", stream.Query(useHeaderRow: true, sheetName: "Hướng dẫn").Cast<IDictionary<string, object?>>().SelectMany(r => r.Values).Select(v => v?.ToString()));
            Assert.Contains("Tệp .csv chỉ có một trang", help);
            Assert.Contains("cần tệp .xlsx", help);
            Assert.Contains("ecommerce-platform", help);
            Assert.Contains("iso-22000", help);
        }
        // The example rows are consistent: the child rows name the example producer of the main sheet.
        var body = await PreviewAsync(client, "producers", template, "mau.xlsx");
        Assert.Equal(6, SheetStatuses(body).Count);
        Assert.All(SheetStatuses(body), s => Assert.Equal("Created", s.Status));
        var products = await client.GetByteArrayAsync("/api/v1/imports/templates/products.xlsx");
        using var ps = new MemoryStream(products);
        var help2 = string.Join("\n", ps.Query(useHeaderRow: true, sheetName: "Hướng dẫn").Cast<IDictionary<string, object?>>().SelectMany(r => r.Values).Select(v => v?.ToString()));
        Assert.Contains("ngừng sản xuất", help2);
        Assert.Contains("Số văn bằng nhãn hiệu", string.Join(",", ps.Query(useHeaderRow: true, sheetName: "Dữ liệu").Cast<IDictionary<string, object?>>().Single().Keys));
    }

    [Fact]
    public async Task Product_import_covers_status_story_packaging_label_and_ip_titles()
    {
        var client = await app.ApiAsAsync("ocop.thainguyen");
        var name = Unique("Chè đinh");
        Dictionary<string, object?> Product(string status, string trademark) => new()
        {
            ["Tên sản phẩm"] = name, ["Tên chủ thể"] = "Hợp tác xã Nông nghiệp Bí xanh Ba Bể", ["Xã/phường sản xuất"] = "Xã Ba Bể", ["Bộ sản phẩm"] = 1,
            ["Trạng thái"] = status, ["Câu chuyện sản phẩm"] = "Búp chè đinh hái sớm", ["Bao bì, đóng gói"] = "Hộp giấy 100 g", ["Nhãn sản phẩm"] = "Nhãn có mã QR",
            ["Tiêu chuẩn áp dụng"] = "TCCS 02:2025", ["Hạn sử dụng (ngày)"] = 540, ["Số văn bằng nhãn hiệu"] = trademark,
            ["Chỉ dẫn địa lý"] = "Chè Tân Cương", ["Nhãn hiệu tập thể"] = "Chè Thái Nguyên",
        };
        var bad = await PreviewAsync(client, "products", Xlsx(Product("đang bán", "4-0001"), Product("tạm dừng", new string('9', 101))));
        Assert.Equal(["Error", "Error"], Statuses(bad));
        Assert.Contains("Trạng thái: 'đang bán' không hợp lệ", Errors(bad, 0));
        Assert.Contains("Số văn bằng nhãn hiệu: tối đa 100 ký tự", Errors(bad, 1));

        var file = Xlsx(Product("Tạm dừng", "4-0123456-000"));
        await CommitAsync(client, await PreviewAsync(client, "products", file));
        var p = await app.WithDbAsync(db => db.Products.SingleAsync(x => x.Name == name));
        Assert.Equal((ProductStatus.Suspended, "Búp chè đinh hái sớm", "Hộp giấy 100 g", "Nhãn có mã QR", "TCCS 02:2025", 540),
            (p.Status, p.Story, p.Packaging, p.Label, p.Standards, p.ShelfLifeDays!.Value));
        Assert.Equal(("4-0123456-000", "Chè Tân Cương", "Chè Thái Nguyên"), (p.TrademarkNumber, p.GeographicalIndication, p.CollectiveMark));
        // The audit row of a bulk-inserted product: who, and every value under the real id.
        var audit = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.EntityType == "Product" && e.EntityId == p.Id.ToString()));
        Assert.Equal(("Created", "ocop.thainguyen"), (audit.Action, audit.UserName));
        using var after = JsonDocument.Parse(audit.After!);
        Assert.Equal((p.Id, p.OcopCode, "Suspended"), (after.RootElement.GetProperty("Id").GetInt32(), after.RootElement.GetProperty("OcopCode").GetString(), after.RootElement.GetProperty("Status").GetString()));

        Assert.Equal(["Unchanged"], Statuses(await PreviewAsync(client, "products", file)));
        var stopped = await PreviewAsync(client, "products", Xlsx(Product("ngừng sản xuất", "4-0123456-000")));
        Assert.Equal(["Updated"], Statuses(stopped));
        await CommitAsync(client, stopped);
        var again = await app.WithDbAsync(db => db.Products.SingleAsync(x => x.Name == name));
        Assert.Equal((ProductStatus.Discontinued, p.Version + 1), (again.Status, again.Version));
    }

    [Fact]
    public async Task Many_new_products_are_inserted_in_batches_each_with_its_id_and_one_audit_row()
    {
        var client = await app.ApiAsAsync("ocop.thainguyen");
        var producer = Unique("HTX Nhiều sản phẩm");
        await CommitAsync(client, await PreviewAsync(client, "producers", Xlsx(ProducerRow(producer, "Xã Ba Bể"))));
        var rows = Enumerable.Range(1, 600).Select(i => new Dictionary<string, object?>
        {
            ["Tên sản phẩm"] = $"Sản phẩm {i:000} {producer}", ["Tên chủ thể"] = producer, ["Xã/phường sản xuất"] = "Xã Ba Bể", ["Bộ sản phẩm"] = 1 + i % 5,
        }).ToArray();
        var preview = await PreviewAsync(client, "products", Xlsx(rows));
        Assert.Equal(600, preview.GetProperty("counts").GetProperty("created").GetInt32());
        await CommitAsync(client, preview);
        var made = await app.WithDbAsync(db => db.Products.Where(p => p.Producer!.Name == producer).Select(p => new { p.Id, p.OcopCode, p.Name, p.SearchText }).ToListAsync());
        Assert.Equal(600, made.Count);
        Assert.Equal(600, made.Select(p => p.OcopCode).Distinct().Count());
        var ids = made.Select(p => p.Id.ToString()).ToList();
        var audits = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == "Product" && ids.Contains(e.EntityId)).ToListAsync());
        Assert.Equal(600, audits.Count);
        foreach (var audit in audits)
        {
            using var json = JsonDocument.Parse(audit.After!);
            var product = made.Single(p => p.Id.ToString() == audit.EntityId);
            Assert.Equal((product.OcopCode, product.Name), (json.RootElement.GetProperty("OcopCode").GetString(), json.RootElement.GetProperty("Name").GetString()));
            Assert.Equal(("Created", "ocop.thainguyen"), (audit.Action, audit.UserName));
        }
        // The search finds a bulk-inserted product (SQLite: the FTS triggers ran for the multi-row INSERTs).
        var found = await client.GetAsync($"/api/v1/products?q={Uri.EscapeDataString("Sản phẩm 417 " + producer)}");
        Assert.Contains(made.Single(p => p.Name.StartsWith("Sản phẩm 417")).OcopCode, await found.Content.ReadAsStringAsync());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ImportChildSheetSqliteTests(SqliteAppFactory app) : ImportChildSheetTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ImportChildSheetPostgresTests(PostgresAppFactory app) : ImportChildSheetTests(app);
