using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using OcopHub.Web.Tests.Infrastructure;

namespace OcopHub.Web.Tests.Features;

/// <summary>Spreadsheet imports through the API: preview statuses, all-or-nothing commit, re-import, units, scope, bad files, reports.</summary>
public abstract class ImportTests(OcopAppFactory app)
{
    private static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..6]}";

    internal static byte[] Xlsx(params Dictionary<string, object?>[] rows)
    {
        // MiniExcel takes the columns from the first row: give every row every column.
        var columns = rows.SelectMany(r => r.Keys).Distinct().ToList();
        var full = rows.Select(r => columns.ToDictionary(c => c, c => r.GetValueOrDefault(c))).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(full);
        return stream.ToArray();
    }

    internal static Dictionary<string, object?> ProducerRow(string name, string commune, string? tax = null, string legalForm = "cooperative", string? province = null, string? phone = null) => new()
    {
        ["Tên chủ thể"] = name, ["Loại hình"] = legalForm, ["Mã số thuế"] = tax, ["Tỉnh/thành"] = province, ["Xã/phường"] = commune, ["Điện thoại"] = phone,
    };

    internal static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string kind, byte[] content, string fileName, Dictionary<string, string>? map = null)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(kind), "kind");
        foreach (var (k, v) in map ?? []) form.Add(new StringContent(v), "map." + k);
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return await client.PostAsync("/api/v1/imports", form);
    }

    internal static async Task<JsonElement> WaitAsync(HttpClient client, string id, int pageSize = 100)
    {
        for (var i = 0; i < 600; i++)
        {
            var body = await (await client.GetAsync($"/api/v1/imports/{id}?pageSize={pageSize}")).JsonAsync();
            if (body.GetProperty("state").GetString() is not ("Checking" or "Committing")) return body;
            await Task.Delay(100);
        }
        throw new TimeoutException("import did not finish");
    }

    /// <summary>Uploads and waits for the preview.</summary>
    internal static async Task<JsonElement> PreviewAsync(HttpClient client, string kind, byte[] content, string fileName = "tep.xlsx")
    {
        var response = await UploadAsync(client, kind, content, fileName);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var body = await WaitAsync(client, (await response.JsonAsync()).GetProperty("id").GetString()!);
        Assert.Equal("Checked", body.GetProperty("state").GetString());
        return body;
    }

    internal static async Task<JsonElement> CommitAsync(HttpClient client, JsonElement preview)
    {
        var id = preview.GetProperty("id").GetString()!;
        var response = await client.PostAsync($"/api/v1/imports/{id}/commit", null);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var body = await WaitAsync(client, id);
        Assert.Equal("Committed", body.GetProperty("state").GetString());
        return body;
    }

    internal static List<string> Statuses(JsonElement body) => body.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("status").GetString()!).ToList();
    internal static string Errors(JsonElement body, int index) => string.Join(" | ", body.GetProperty("rows")[index].GetProperty("errors").EnumerateArray().Select(e => e.GetString()));

    [Fact]
    public async Task Template_has_vietnamese_headers_an_example_row_and_instructions_with_codes()
    {
        var client = await app.ApiAsAsync("ocop.thainguyen");
        var response = await client.GetAsync("/api/v1/imports/templates/products.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Dữ liệu", "Hướng dẫn"], stream.GetSheetNames());
        var data = stream.Query(useHeaderRow: true, sheetName: "Dữ liệu").Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains("Tên sản phẩm (*)", data[0].Keys);
        Assert.Single(data);
        var help = string.Join("\n", stream.Query(useHeaderRow: true, sheetName: "Hướng dẫn").Cast<IDictionary<string, object?>>().SelectMany(r => r.Values).Select(v => v?.ToString()));
        Assert.Contains("26-2026", help);
        Assert.Contains("148-2023", help);
        Assert.Contains("1048-2019", help);
        Assert.Contains("UTF-8", help);
        var producers = await client.GetAsync("/api/v1/imports/templates/producers.xlsx");
        using var ps = new MemoryStream(await producers.Content.ReadAsByteArrayAsync());
        Assert.Contains("cooperative", string.Join("\n", ps.Query(sheetName: "Hướng dẫn").Cast<IDictionary<string, object?>>().SelectMany(r => r.Values)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/imports/templates/khac.xlsx")).StatusCode);
    }

    [Fact]
    public async Task Preview_reports_created_updated_unchanged_and_errors_in_vietnamese_and_writes_nothing()
    {
        var client = await app.ApiAsAsync("ocop.thainguyen");
        var before = await app.WithDbAsync(db => db.Producers.CountAsync());
        var audits = await app.WithDbAsync(db => db.AuditEntries.CountAsync());
        var file = Xlsx(
            ProducerRow(Unique("HTX Chè mới"), "Xã Ba Bể"),
            ProducerRow("Hợp tác xã Nông nghiệp Bí xanh Ba Bể", "01906", tax: "4700123452", phone: "0912345678"),
            ProducerRow("Hộ kinh doanh Mật ong bạc hà Ba Bể", "Xã Ba Bể", legalForm: "registered-household-business", phone: "0911222333"),
            ProducerRow("HTX lỗi", "Xã Không Có", tax: "123"),
            ProducerRow("HTX lỗi loại hình", "Xã Ba Bể", legalForm: "khong-co"));
        var body = await PreviewAsync(client, "producers", file);
        Assert.Equal(["Created", "Unchanged", "Updated", "Error", "Error"], Statuses(body));
        Assert.Contains("Mã số thuế", Errors(body, 3));
        Assert.Contains("Không tìm thấy xã/phường 'Xã Không Có'", Errors(body, 3));
        Assert.Contains("không có trong danh mục loại hình", Errors(body, 4));
        Assert.Equal(2, body.GetProperty("counts").GetProperty("error").GetInt32());
        Assert.Equal(before, await app.WithDbAsync(db => db.Producers.CountAsync()));
        Assert.Equal(audits, await app.WithDbAsync(db => db.AuditEntries.CountAsync()));
        // While a row has an error the commit is refused.
        var refused = await client.PostAsync($"/api/v1/imports/{body.GetProperty("id").GetString()}/commit", null);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("dòng lỗi", (await refused.JsonAsync()).GetProperty("title").GetString());
        Assert.Equal(before, await app.WithDbAsync(db => db.Producers.CountAsync()));
    }

    [Fact]
    public async Task Commit_writes_everything_audited_and_reimport_is_all_unchanged_with_no_new_audit()
    {
        var client = await app.ApiAsAsync("ocop.thainguyen");
        var (a, b) = (Unique("HTX Chè Cao Thượng"), Unique("HTX Nấm Khang Ninh"));
        // Old (pre-2025) communes of Bắc Kạn, with and without diacritics, map to today's Xã Ba Bể (01906).
        var producers = Xlsx(ProducerRow(a, "Xã Cao Thượng", province: "Bắc Kạn"), ProducerRow(b, "xa khang ninh", province: "thai nguyen"));
        var preview = await PreviewAsync(client, "producers", producers);
        Assert.Equal(["Created", "Created"], Statuses(preview));
        await CommitAsync(client, preview);
        var stored = await app.WithDbAsync(db => db.Producers.Include(p => p.CommuneUnit).Where(p => p.Name == a || p.Name == b).OrderBy(p => p.Name).ToListAsync());
        Assert.Equal(2, stored.Count);
        Assert.All(stored, p => Assert.Equal("01906", p.CommuneCode));
        Assert.All(stored, p => Assert.NotNull(p.CommuneUnit!.ValidTo)); // the historical unit is kept
        Assert.Contains("Cao Thượng", stored.Single(p => p.Name == a).CommuneUnit!.Name);

        var products = Xlsx(
            new() { ["Tên sản phẩm"] = "Chè búp " + a, ["Tên chủ thể"] = a, ["Xã/phường sản xuất"] = "Ba Bể", ["Bộ sản phẩm"] = 3, ["Mã vạch (GTIN)"] = "8934567890120" },
            new() { ["Tên sản phẩm"] = "Nấm hương " + b, ["Tên chủ thể"] = b, ["Xã/phường sản xuất"] = "01906", ["Bộ sản phẩm"] = 1, ["Bộ tiêu chí"] = "148-2023" });
        var audits = await app.WithDbAsync(db => db.AuditEntries.CountAsync());
        await CommitAsync(client, await PreviewAsync(client, "products", products));
        var made = await app.WithDbAsync(db => db.Products.Where(p => p.Name.EndsWith(a) || p.Name.EndsWith(b)).ToListAsync());
        Assert.Equal(2, made.Count);
        Assert.All(made, p => Assert.StartsWith("19-01906-", p.OcopCode));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.CountAsync()) >= audits + 2);
        Assert.Contains(await app.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == "Product").Select(e => e.UserName).ToListAsync()), u => u == "ocop.thainguyen");

        var code = made.Single(p => p.Name.EndsWith(a)).OcopCode;
        var history = Xlsx(
            new Dictionary<string, object?> { ["Mã số OCOP"] = code, ["Năm đánh giá"] = 2024, ["Số sao"] = 4, ["Điểm"] = "78,5", ["Số quyết định"] = "12/QĐ-UBND", ["Ngày quyết định"] = "20/11/2024", ["Ngày cấp"] = 45616, ["Ngày hết hạn"] = "20/11/2027" });
        await CommitAsync(client, await PreviewAsync(client, "history", history));
        var record = await app.WithDbAsync(db => db.Products.Where(p => p.OcopCode == code).SelectMany(p => p.History).SingleAsync());
        Assert.Equal((4, 78.5m, new DateOnly(2024, 11, 20), new DateOnly(2024, 11, 20)), (record.Stars, record.Points!.Value, record.DecisionDate!.Value, record.IssuedOn!.Value));
        Assert.Equal(4, await app.WithDbAsync(db => db.Products.Where(p => p.OcopCode == code).Select(p => p.CurrentStars).SingleAsync()));

        // The same three files again: everything unchanged, and committing writes no audit entry.
        audits = await app.WithDbAsync(db => db.AuditEntries.CountAsync());
        foreach (var (kind, file) in new[] { ("producers", producers), ("products", products), ("history", history) })
        {
            var again = await PreviewAsync(client, kind, file);
            Assert.All(Statuses(again), s => Assert.Equal("Unchanged", s));
            await CommitAsync(client, again);
        }
        Assert.Equal(audits, await app.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task Unit_names_are_matched_without_diacritics_and_namesakes_need_the_province_or_code()
    {
        var client = await app.ApiAsAsync("ocop.thainguyen");
        var body = await PreviewAsync(client, "producers", Xlsx(
            ProducerRow(Unique("HTX A"), "Phượng Tiến"),          // "Phượng" is not the prefix "Phường"
            ProducerRow(Unique("HTX B"), "XÃ PHƯỢNG TIẾN"),
            ProducerRow(Unique("HTX C"), "xa ba be", province: "19"),
            ProducerRow(Unique("HTX D"), "Xã Văn Lăng"),          // Văn Lang (02143) and Văn Lăng (05665) fold alike: the marks decide
            ProducerRow(Unique("HTX E"), "van lang"),             // …and without marks it is ambiguous
            ProducerRow(Unique("HTX F"), "Ba Bể", province: "Tỉnh Không Có")));
        Assert.Equal(["Created", "Created", "Created", "Created", "Error", "Error"], Statuses(body));
        Assert.Contains("hãy ghi tỉnh hoặc mã xã", Errors(body, 4));
        Assert.Contains("Không có tỉnh/thành 'Tỉnh Không Có'", Errors(body, 5));
    }

    [Fact]
    public async Task A_file_with_one_bad_row_commits_nothing()
    {
        var client = await app.ApiAsAsync("ocop.thainguyen");
        var good = Unique("HTX Tốt");
        var preview = await PreviewAsync(client, "producers", Xlsx(ProducerRow(good, "Xã Ba Bể"), ProducerRow(Unique("HTX Xấu"), "Xã Ba Bể", tax: "4700123453")));
        Assert.Equal(["Created", "Error"], Statuses(preview));
        var response = await client.PostAsync($"/api/v1/imports/{preview.GetProperty("id").GetString()}/commit", null);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Producers.AnyAsync(p => p.Name == good)));
    }

    [Fact]
    public async Task Duplicates_within_the_file_and_bad_values_are_row_errors()
    {
        var client = await app.ApiAsAsync("ocop.thainguyen");
        var name = Unique("HTX Trùng");
        var body = await PreviewAsync(client, "products", Xlsx(
            new() { ["Tên sản phẩm"] = "A", ["Mã số OCOP"] = "19-01906-901-2025", ["Tên chủ thể"] = "Hợp tác xã Nông nghiệp Bí xanh Ba Bể", ["Xã/phường sản xuất"] = "Xã Ba Bể", ["Bộ sản phẩm"] = 1 },
            new() { ["Tên sản phẩm"] = "B", ["Mã số OCOP"] = "19-01906-901-2025", ["Tên chủ thể"] = "Hợp tác xã Nông nghiệp Bí xanh Ba Bể", ["Xã/phường sản xuất"] = "Xã Ba Bể", ["Bộ sản phẩm"] = 1 },
            new() { ["Tên sản phẩm"] = "C", ["Tên chủ thể"] = "Hợp tác xã Nông nghiệp Bí xanh Ba Bể", ["Xã/phường sản xuất"] = "Xã Ba Bể", ["Bộ sản phẩm"] = "một" },
            new() { ["Tên sản phẩm"] = "D", ["Tên chủ thể"] = "Hợp tác xã Nông nghiệp Bí xanh Ba Bể", ["Xã/phường sản xuất"] = "Xã Ba Bể", ["Bộ sản phẩm"] = 99, ["Mã vạch (GTIN)"] = "8934567890124" },
            new() { ["Tên sản phẩm"] = "E", ["Tên chủ thể"] = name, ["Xã/phường sản xuất"] = "Xã Ba Bể", ["Bộ sản phẩm"] = 1 }));
        Assert.Equal(["Created", "Error", "Error", "Error", "Error"], Statuses(body));
        Assert.Contains("trùng với dòng 2", Errors(body, 1));
        Assert.Contains("'một' không phải số nguyên", Errors(body, 2));
        Assert.Contains("không có bộ sản phẩm số 99", Errors(body, 3));
        Assert.Contains("Mã vạch (GTIN)", Errors(body, 3));
        Assert.Contains("hãy nhập danh sách chủ thể trước", Errors(body, 4));
    }

    [Fact]
    public async Task Commune_officer_cannot_import_outside_the_commune_and_producers_cannot_import_at_all()
    {
        var client = await app.ApiAsAsync("xa.babe");
        var body = await PreviewAsync(client, "producers", Xlsx(ProducerRow(Unique("HTX Ba Bể"), "Xã Ba Bể"), ProducerRow(Unique("HTX Chợ Đồn"), "Xã Chợ Đồn")));
        Assert.Equal(["Created", "Error"], Statuses(body));
        Assert.Contains("nằm ngoài phạm vi quản lý", Errors(body, 1));
        var producer = await app.ApiAsAsync("chuthe.bixanh");
        Assert.Equal(HttpStatusCode.Forbidden, (await producer.GetAsync("/api/v1/imports/templates/products.xlsx")).StatusCode);
        // Another user's import is not visible.
        var other = await app.ApiAsAsync("ocop.thainguyen");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/imports/{body.GetProperty("id").GetString()}")).StatusCode);
    }

    [Theory]
    [InlineData("tep.xlsx", "text", "không phải bảng tính Excel")]
    [InlineData("tep.csv", "zip", "hãy lưu với đuôi .xlsx")]
    [InlineData("tep.pdf", "text", "Chỉ nhận tệp .xlsx hoặc .csv")]
    [InlineData("tep.xlsx", "empty", "rỗng")]
    [InlineData("tep.csv", "latin", "UTF-8")]
    [InlineData("tep.xlsx", "nocolumns", "Thiếu cột bắt buộc: Xã/phường")]
    [InlineData("tep.csv", "headeronly", "không có dòng dữ liệu")]
    public async Task Malformed_files_are_refused_with_a_vietnamese_message(string fileName, string content, string message)
    {
        var client = await app.ApiAsAsync("ocop.thainguyen");
        var bytes = content switch
        {
            "text" => Encoding.UTF8.GetBytes("xin chào"),
            "zip" => Xlsx(ProducerRow("A", "Xã Ba Bể")),
            "empty" => [],
            "latin" => Encoding.Latin1.GetBytes("Tên chủ thể,Loại hình,Xã/phường\nHTX Café,cooperative,Xã Ba Bể\n"),
            "nocolumns" => Xlsx(new Dictionary<string, object?> { ["Tên chủ thể"] = "A", ["Loại hình"] = "cooperative" }),
            _ => Encoding.UTF8.GetBytes("Tên chủ thể,Loại hình,Xã/phường\n"),
        };
        var before = await app.WithDbAsync(db => db.Producers.CountAsync());
        var response = await UploadAsync(client, "producers", bytes, fileName);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await response.JsonAsync()).GetProperty("title").GetString());
        Assert.Equal(before, await app.WithDbAsync(db => db.Producers.CountAsync()));
    }

    [Fact]
    public async Task Oversized_upload_is_refused()
    {
        var client = await app.ApiAsAsync("ocop.thainguyen");
        var bytes = new byte[21 * 1024 * 1024];
        var response = await UploadAsync(client, "producers", bytes, "lon.csv");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("tối đa 20 MB", (await response.JsonAsync()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Csv_with_bom_and_other_headers_maps_by_folded_names_and_explicit_mapping()
    {
        var client = await app.ApiAsAsync("ocop.thainguyen");
        var name = Unique("HTX Dứa");
        var csv = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes($"ten chu the,loai hinh,Địa bàn,Ngày đăng ký\n{name},cooperative,xa ba be,15/03/2018\n")).ToArray();
        var response = await UploadAsync(client, "producers", csv, "danh-sach.csv", new() { ["commune"] = "Địa bàn" });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await WaitAsync(client, (await response.JsonAsync()).GetProperty("id").GetString()!);
        Assert.Equal(["Created"], Statuses(body));
        Assert.Equal("ten chu the", body.GetProperty("mapping").GetProperty("name").GetString());
        await CommitAsync(client, body);
        var stored = await app.WithDbAsync(db => db.Producers.SingleAsync(p => p.Name == name));
        Assert.Equal(("01906", new DateOnly(2018, 3, 15)), (stored.CommuneCode, stored.RegistrationDate!.Value));
    }

    [Fact]
    public async Task Error_report_lists_the_bad_rows_with_reasons_and_neutralises_formulas()
    {
        var client = await app.ApiAsAsync("ocop.thainguyen");
        var body = await PreviewAsync(client, "producers", Xlsx(ProducerRow(Unique("HTX Ổn"), "Xã Ba Bể"), ProducerRow("=HYPERLINK(\"http://x\")", "@SUM(A1)")));
        var response = await client.GetAsync($"/api/v1/imports/{body.GetProperty("id").GetString()}/errors.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var row = Assert.Single(rows);
        Assert.Equal(3d, Convert.ToDouble(row["Dòng"]));
        Assert.Contains("Xã/phường", row["Lỗi"]!.ToString());
        Assert.Equal("'=HYPERLINK(\"http://x\")", row["Tên chủ thể"]);
        Assert.Equal("'@SUM(A1)", row["Xã/phường"]);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ImportSqliteTests(SqliteAppFactory app) : ImportTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ImportPostgresTests(PostgresAppFactory app) : ImportTests(app);
