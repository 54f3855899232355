using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using OcopHub.Web.Tests.Infrastructure;

namespace OcopHub.Web.Tests.Features;

/// <summary>
/// Pre-July-2025 results: a district's recognition recorded by hand (API and page) or imported, checked by the rules of
/// its rulebook, region-scoped, audited, shown as "UBND huyện X (cũ)", and counted in the current stars.
/// </summary>
public abstract class HistoricalResultTests(OcopAppFactory app)
{
    private static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..6]}";

    private Task<int> ProducerIdAsync(string name) => app.WithDbAsync(db => db.Producers.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());
    private Task<int> ProductIdAsync(string name) => app.WithDbAsync(db => db.Products.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());
    private Task<int> RecordCountAsync(int productId) => app.WithDbAsync(db => db.Products.Where(p => p.Id == productId).SelectMany(p => p.History).CountAsync());

    /// <summary>A fresh product of Tổ hợp tác Gạo nếp vải Phú Bình (xã Phú Bình 05908; before 2025 huyện Phú Bình, 173, Thái Nguyên).</summary>
    private async Task<(int Id, string Code, string Name)> NewProductAsync(HttpClient office, string commune = "05908", string producer = "Tổ hợp tác Gạo nếp vải Phú Bình")
    {
        var name = Unique("Gạo nếp cẩm");
        var response = await office.PostAsJsonAsync("/api/v1/products", new { name, producerId = await ProducerIdAsync(producer), communeCode = commune, rulebookId = "26-2026", productSetNo = 3 });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        return (body.GetProperty("id").GetInt32(), body.GetProperty("ocopCode").GetString()!, name);
    }

    private static object Result(int year = 2024, int stars = 3, decimal? points = 61, string rulebook = "148-2023", string? level = "district", string? district = "Phú Bình",
        string? council = "district", string? decision = "55/QĐ-UBND", string decisionDate = "2024-08-10", string? certificate = "55/GCN", string? issuedOn = "2024-08-10", string? expiresOn = "2027-08-10") =>
        new { evaluationYear = year, stars, points, rulebookId = rulebook, level, district, councilLevel = council, decisionNumber = decision, decisionDate, certificateNumber = certificate, issuedOn, expiresOn };

    private static async Task<Dictionary<string, string>> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.JsonAsync();
        return body.GetProperty("errors").EnumerateObject().ToDictionary(p => p.Name, p => string.Join(" | ", p.Value.EnumerateArray().Select(e => e.GetString())));
    }

    [Fact]
    public async Task The_office_adds_a_district_result_checked_audited_and_shown_as_the_former_district()
    {
        var office = await app.ApiAsAsync("ocop.thainguyen");
        var (id, _, name) = await NewProductAsync(office);
        var response = await office.PostAsJsonAsync($"/api/v1/products/{id}/history", Result());
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        Assert.Equal($"/api/v1/products/{id}", response.Headers.Location?.OriginalString);
        var product = await response.JsonAsync();
        Assert.Equal(3, product.GetProperty("currentStars").GetInt32());
        var h = product.GetProperty("history").EnumerateArray().Single();
        Assert.Equal("district", h.GetProperty("level").GetString());
        Assert.Equal("173", h.GetProperty("districtCode").GetString());
        Assert.Equal("Huyện Phú Bình", h.GetProperty("districtName").GetString());
        Assert.Equal("UBND huyện Phú Bình (cũ)", h.GetProperty("levelName").GetString());
        Assert.Equal("district", h.GetProperty("councilLevel").GetString());
        Assert.Equal("Hội đồng cấp huyện", h.GetProperty("councilName").GetString());
        Assert.Equal("Quyết định 148/QĐ-TTg", h.GetProperty("rulebookName").GetString());

        var recordId = h.GetProperty("id").GetInt32().ToString();
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "ProductOcopRecord" && a.EntityId == recordId).ToListAsync());
        Assert.Contains(audit, a => a.Action == "Created" && a.UserName == "ocop.thainguyen" && a.After!.Contains("\"DistrictCode\":\"173\""));

        var page = await (await app.PagesAsAsync("ocop.thainguyen")).GetStringAsync($"/Products/Details/{id}");
        Assert.Contains("UBND huyện Phú Bình (cũ)", page);
        Assert.Contains("Hội đồng cấp huyện chấm điểm", page);
        Assert.Contains("Quyết định 148/QĐ-TTg", page);
        Assert.Contains(name, page);
        var english = await (await app.PagesAsAsync("ocop.thainguyen")).GetStringAsync($"/Products/Details/{id}?culture=en-US&ui-culture=en-US");
        Assert.Contains("People&#x27;s Committee of huyện Phú Bình (former)", english);
    }

    [Fact]
    public async Task Unlawful_results_are_refused_in_vietnamese_and_nothing_is_written()
    {
        var office = await app.ApiAsAsync("ocop.thainguyen");
        var (id, _, _) = await NewProductAsync(office);
        async Task<Dictionary<string, string>> Refused(object input) => await ErrorsAsync(await office.PostAsJsonAsync($"/api/v1/products/{id}/history", input));

        Assert.Equal("Theo Quyết định 148/QĐ-TTg (24/02/2023 – 30/06/2025), sản phẩm 4 sao do UBND cấp tỉnh công nhận, không phải cấp huyện.",
            (await Refused(Result(stars: 4, points: 75)))["level"]);
        Assert.Contains("Cấp huyện chấm dứt hoạt động từ 01/7/2025", (await Refused(Result(year: 2025, decisionDate: "2025-07-15", issuedOn: "2025-07-15", expiresOn: "2028-07-15")))["decisionDate"]);
        Assert.StartsWith("Sản phẩm 5 sao chỉ do cấp trung ương", (await Refused(Result(stars: 5, points: 92, level: "province", district: null, council: "national")))["level"]);
        Assert.Contains("UBND cấp huyện công nhận, không phải cấp tỉnh", (await Refused(Result(level: "tỉnh", district: null, council: null)))["level"]);
        // A district of another province (Việt Trì, Phú Thọ) and an unknown one.
        Assert.Contains("không thuộc tỉnh của sản phẩm", (await Refused(Result(district: "227")))["district"]);
        Assert.Contains("Không có huyện 'Huyện Không Có'", (await Refused(Result(district: "Huyện Không Có")))["district"]);
        Assert.Contains("hãy ghi huyện", (await Refused(Result(district: null)))["district"]);
        Assert.Contains("không phải cấp công nhận", (await Refused(Result(level: "xã")))["level"]);
        Assert.Contains("61 điểm chưa đạt hạng 4 sao", (await Refused(Result(stars: 4, level: "province", district: null, council: "province", points: 61)))["points"]);
        Assert.Contains("nằm ngoài thời gian áp dụng Quyết định 1048/QĐ-TTg", (await Refused(Result(rulebook: "1048-2019", level: "province", district: null, council: "province")))["evaluationYear"]);
        var missing = await Refused(new { evaluationYear = 2024, stars = 3 });
        Assert.Contains("rulebookId", missing.Keys);
        Assert.Contains("level", missing.Keys);
        Assert.Contains("decisionDate", missing.Keys);
        Assert.Equal(0, await RecordCountAsync(id));

        // The same year and stars twice: 409, and one record.
        Assert.Equal(HttpStatusCode.Created, (await office.PostAsJsonAsync($"/api/v1/products/{id}/history", Result(district: "phu binh"))).StatusCode);
        var twice = await office.PostAsJsonAsync($"/api/v1/products/{id}/history", Result(decision: "56/QĐ-UBND"));
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("đã có kết quả năm 2024, 3 sao", (await twice.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(1, await RecordCountAsync(id));
    }

    [Fact]
    public async Task Districts_of_a_merged_old_province_belong_to_todays_province_by_code_or_name_without_diacritics()
    {
        var office = await app.ApiAsAsync("ocop.thainguyen");
        // Xã Ba Bể (01906) lies in old Bắc Kạn, merged into Thái Nguyên on 1/7/2025: its districts are Thái Nguyên's history.
        var (id, _, _) = await NewProductAsync(office, "01906", "Hợp tác xã Nông nghiệp Bí xanh Ba Bể");
        var created = await office.PostAsJsonAsync($"/api/v1/products/{id}/history", Result(year: 2023, district: "huyen ba be", decisionDate: "2023-11-02", issuedOn: "2023-11-02", expiresOn: "2026-11-02"));
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var byCode = await office.PostAsJsonAsync($"/api/v1/products/{id}/history", Result(year: 2024, district: "058", decisionDate: "2024-10-01", issuedOn: "2024-10-01", expiresOn: "2027-10-01"));
        var history = (await byCode.JsonAsync()).GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["UBND huyện Ba Bể (cũ)", "UBND thành phố Bắc Kạn (cũ)"], history.Select(h => h.GetProperty("levelName").GetString()));
        // The page offers the districts of both old provinces.
        var form = await (await app.PagesAsAsync("ocop.thainguyen")).GetStringAsync($"/Products/AddHistory/{id}");
        Assert.Contains("Huyện Ba Bể (Tỉnh Bắc Kạn) — 061", form);
        Assert.Contains("Huyện Phú Bình (Tỉnh Thái Nguyên) — 173", form);
        Assert.DoesNotContain("Việt Trì", form);
    }

    [Fact]
    public async Task Only_recognition_authorities_add_results_and_only_in_their_region()
    {
        var phuTho = await ProductIdAsync("Chè xanh Phú Thọ");
        var own = await ProductIdAsync("Gạo nếp vải Phú Bình");
        var office = await app.ApiAsAsync("ocop.thainguyen");
        var before = (await RecordCountAsync(own), await RecordCountAsync(phuTho));
        Assert.Equal(HttpStatusCode.NotFound, (await office.PostAsJsonAsync($"/api/v1/products/{phuTho}/history", Result(district: "227"))).StatusCode);
        foreach (var user in new[] { "xa.babe", "chuthe.bixanh", "hoidong.thainguyen" })
            Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsAsync(user)).PostAsJsonAsync($"/api/v1/products/{own}/history", Result())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().PostAsJsonAsync($"/api/v1/products/{own}/history", Result())).StatusCode);
        Assert.Equal(before, (await RecordCountAsync(own), await RecordCountAsync(phuTho)));
        // The Ministry (national scope) records a past 5★ recognition anywhere.
        var (id, _, _) = await NewProductAsync(office);
        var ministry = await app.ApiAsAsync("bo.nnmt");
        var five = await ministry.PostAsJsonAsync($"/api/v1/products/{id}/history", Result(year: 2024, stars: 5, points: 91, level: "national", district: null, council: "national", decision: "12/QĐ-BNN-VPĐP", decisionDate: "2024-12-30", issuedOn: "2024-12-30", expiresOn: "2027-12-30"));
        Assert.True(five.StatusCode == HttpStatusCode.Created, await five.Content.ReadAsStringAsync());
        Assert.Equal("Bộ NN&PTNT", (await five.JsonAsync()).GetProperty("history")[0].GetProperty("levelName").GetString());
        // The pages: the office sees the entry point; a commune officer neither sees it nor gets the form.
        var officePage = await app.PagesAsAsync("ocop.thainguyen");
        Assert.Contains("data-testid=\"add-history\"", await officePage.GetStringAsync($"/Products/Details/{own}"));
        var commune = await app.PagesAsAsync("xa.babe");
        var bixanh = await ProductIdAsync("Bí xanh thơm Ba Bể");
        Assert.DoesNotContain("data-testid=\"add-history\"", await commune.GetStringAsync($"/Products/Details/{bixanh}"));
        var denied = await commune.GetAsync($"/Products/AddHistory/{bixanh}");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", denied.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.NotFound, (await officePage.GetAsync($"/Products/AddHistory/{phuTho}")).StatusCode);
    }

    [Fact]
    public async Task The_page_refuses_with_vietnamese_messages_and_saves_a_valid_result()
    {
        var office = await app.ApiAsAsync("ocop.thainguyen");
        var (id, _, _) = await NewProductAsync(office);
        var pages = await app.PagesAsAsync("ocop.thainguyen");
        var url = $"/Products/AddHistory/{id}";
        Dictionary<string, string> Fields(string stars, string level) => new()
        {
            ["Form.EvaluationYear"] = "2024", ["Form.Stars"] = stars, ["Form.Points"] = "74", ["Form.RulebookId"] = "148-2023", ["Form.Level"] = level,
            ["Form.District"] = "173", ["Form.CouncilLevel"] = level, ["Form.DecisionNumber"] = "77/QĐ-UBND", ["Form.DecisionDate"] = "2024-09-09",
            ["Form.CertificateNumber"] = "77/GCN", ["Form.IssuedOn"] = "2024-09-09", ["Form.ExpiresOn"] = "2027-09-09",
        };
        var refused = await pages.PostFormAsync(url, Fields("4", "district"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("sản phẩm 4 sao do UBND cấp tỉnh công nhận, không phải cấp huyện", html);
        Assert.Equal(0, await RecordCountAsync(id));
        var fields = Fields("3", "district");
        var saved = await pages.PostFormAsync(url, fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/Products/Details/{id}", saved.Headers.Location!.OriginalString);
        Assert.Contains("UBND huyện Phú Bình (cũ)", await pages.GetStringAsync($"/Products/Details/{id}"));
    }

    [Fact]
    public async Task Current_stars_count_district_results_like_any_other()
    {
        var office = await app.ApiAsAsync("ocop.thainguyen");
        var (id, _, _) = await NewProductAsync(office);
        // A district 3★ of 2023 (QĐ 148) expired in June 2026: not in force today.
        var expired = await office.PostAsJsonAsync($"/api/v1/products/{id}/history", Result(year: 2023, decisionDate: "2023-06-01", issuedOn: "2023-06-01", expiresOn: "2026-06-01"));
        Assert.Equal(JsonValueKind.Null, (await expired.JsonAsync()).GetProperty("currentStars").ValueKind);
        var district = await office.PostAsJsonAsync($"/api/v1/products/{id}/history", Result(year: 2025, decisionDate: "2025-05-20", issuedOn: "2025-05-20", expiresOn: "2028-05-20"));
        Assert.Equal(3, (await district.JsonAsync()).GetProperty("currentStars").GetInt32());
        var province = await office.PostAsJsonAsync($"/api/v1/products/{id}/history",
            Result(year: 2026, stars: 4, points: 76, rulebook: "26-2026", level: "province", district: null, council: "province", decision: "9/QĐ-UBND", decisionDate: "2026-06-25", issuedOn: "2026-06-25", expiresOn: "2029-06-25"));
        Assert.Equal(4, (await province.JsonAsync()).GetProperty("currentStars").GetInt32());
        Assert.Equal(4, await app.WithDbAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.CurrentStars).SingleAsync()));
    }

    [Fact]
    public async Task A_product_read_and_sent_back_keeps_its_district_and_edits_are_checked_by_the_same_rules()
    {
        var office = await app.ApiAsAsync("ocop.thainguyen");
        var (id, _, _) = await NewProductAsync(office);
        var product = await (await office.PostAsJsonAsync($"/api/v1/products/{id}/history", Result())).JsonAsync();
        var edit = JsonSerializer.Deserialize<Dictionary<string, object?>>(product.GetRawText())!;
        var back = await office.PutAsJsonAsync($"/api/v1/products/{id}", edit);
        Assert.True(back.StatusCode == HttpStatusCode.OK, await back.Content.ReadAsStringAsync());
        var h = (await back.JsonAsync()).GetProperty("history")[0];
        Assert.Equal(("173", "UBND huyện Phú Bình (cũ)"), (h.GetProperty("districtCode").GetString(), h.GetProperty("levelName").GetString()));

        // The edited row now claims a district 4★: refused under the history rules, keyed to the row.
        var current = await (await office.GetAsync($"/api/v1/products/{id}")).JsonAsync();
        var input = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(current.GetRawText())!;
        var row = JsonSerializer.Deserialize<Dictionary<string, object?>>(input["history"][0].GetRawText())!;
        row["stars"] = 4;
        row["points"] = 75;
        var body = input.ToDictionary(kv => kv.Key, kv => (object?)kv.Value);
        body["history"] = new[] { row };
        var errors = await ErrorsAsync(await office.PutAsJsonAsync($"/api/v1/products/{id}", body));
        Assert.Contains("không phải cấp huyện", errors["history[0].level"]);
        // The edit form carries the district code back.
        Assert.Contains("value=\"173\"", await (await app.PagesAsAsync("ocop.thainguyen")).GetStringAsync($"/Products/Edit/{id}"));
    }

    // ---- import ----

    private static async Task<JsonElement> ImportAsync(HttpClient client, byte[] content, bool commit)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent("history"), "kind");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", "lich-su.xlsx");
        var upload = await client.PostAsync("/api/v1/imports", form);
        Assert.True(upload.StatusCode == HttpStatusCode.Accepted, await upload.Content.ReadAsStringAsync());
        var id = (await upload.JsonAsync()).GetProperty("id").GetString()!;
        var body = await WaitAsync(client, id);
        if (!commit) return body;
        var committed = await client.PostAsync($"/api/v1/imports/{id}/commit", null);
        Assert.True(committed.StatusCode == HttpStatusCode.Accepted, await committed.Content.ReadAsStringAsync());
        body = await WaitAsync(client, id);
        Assert.Equal("Committed", body.GetProperty("state").GetString());
        return body;
    }

    private static async Task<JsonElement> WaitAsync(HttpClient client, string id)
    {
        for (var i = 0; i < 600; i++)
        {
            var body = await (await client.GetAsync($"/api/v1/imports/{id}?pageSize=100")).JsonAsync();
            if (body.GetProperty("state").GetString() is not ("Checking" or "Committing")) return body;
            await Task.Delay(100);
        }
        throw new TimeoutException("import did not finish");
    }

    private static List<string> Statuses(JsonElement body) => body.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("status").GetString()!).ToList();
    private static string Errors(JsonElement body, int index) => string.Join(" | ", body.GetProperty("rows")[index].GetProperty("errors").EnumerateArray().Select(e => e.GetString()));

    private static Dictionary<string, object?> Row(string code, int year, int stars, string level, string? district, string decisionDate, decimal points = 60, string rulebook = "148-2023") => new()
    {
        ["Mã số OCOP"] = code, ["Năm đánh giá"] = year, ["Số sao"] = stars, ["Điểm"] = points, ["Bộ tiêu chí"] = rulebook, ["Cấp công nhận"] = level,
        ["Huyện (trước 7/2025)"] = district, ["Số quyết định"] = $"{year}{stars}/QĐ-UBND", ["Ngày quyết định"] = decisionDate,
    };

    [Fact]
    public async Task Import_reads_district_levels_keeps_them_checks_them_and_reimport_is_unchanged()
    {
        var office = await app.ApiAsAsync("ocop.thainguyen");
        var (a, codeA, _) = await NewProductAsync(office);
        var (b, codeB, _) = await NewProductAsync(office, "01906", "Hợp tác xã Nông nghiệp Bí xanh Ba Bể");
        var good = ImportTests.Xlsx(
            Row(codeA, 2023, 3, "huyện", "Phu Binh", "10/10/2023"),
            Row(codeA, 2021, 4, "tỉnh", null, "15/09/2021", 72, "1048-2019"),
            Row(codeB, 2024, 3, "Cấp huyện", "061", "01/11/2024"),
            Row(codeB, 2025, 3, "district", "thanh pho bac kan", "30/06/2025", 55));
        var preview = await ImportAsync(office, good, commit: false);
        Assert.Equal(["Created", "Created", "Created", "Created"], Statuses(preview));
        Assert.Equal(0, await RecordCountAsync(a));
        await ImportAsync(office, good, commit: true);
        var stored = await app.WithDbAsync(db => db.Products.Where(p => p.Id == a || p.Id == b).SelectMany(p => p.History)
            .OrderBy(h => h.EvaluationYear).Select(h => new { h.Level, h.DistrictCode, h.DistrictName, h.RulebookId }).ToListAsync());
        Assert.Equal([("province", null, null, "1048-2019"), ("district", "173", "Huyện Phú Bình", "148-2023"), ("district", "061", "Huyện Ba Bể", "148-2023"),
            ("district", "058", "Thành phố Bắc Kạn", "148-2023")], stored.Select(s => (s.Level, s.DistrictCode, s.DistrictName, s.RulebookId)));

        var audits = await app.WithDbAsync(db => db.AuditEntries.CountAsync());
        var again = await ImportAsync(office, good, commit: true);
        Assert.All(Statuses(again), s => Assert.Equal("Unchanged", s));
        Assert.Equal(audits, await app.WithDbAsync(db => db.AuditEntries.CountAsync()));

        var bad = ImportTests.Xlsx(
            Row(codeA, 2024, 4, "huyện", "Phú Bình", "05/05/2024", 75),
            Row(codeA, 2025, 3, "huyện", "Phú Bình", "02/07/2025"),
            Row(codeA, 2024, 3, "huyện", "Việt Trì", "05/05/2024"),
            Row(codeA, 2024, 5, "tỉnh", null, "05/05/2024", 95),
            Row(codeA, 2024, 3, "xã", null, "05/05/2024"));
        var refused = await ImportAsync(office, bad, commit: false);
        Assert.Equal(["Error", "Error", "Error", "Error", "Error"], Statuses(refused));
        Assert.Contains("Cấp công nhận: Theo Quyết định 148/QĐ-TTg (24/02/2023 – 30/06/2025), sản phẩm 4 sao do UBND cấp tỉnh công nhận, không phải cấp huyện.", Errors(refused, 0));
        Assert.Contains("Cấp huyện chấm dứt hoạt động từ 01/7/2025", Errors(refused, 1));
        Assert.Contains("Huyện (trước 7/2025): Không có huyện 'Việt Trì'", Errors(refused, 2));
        Assert.Contains("Sản phẩm 5 sao chỉ do cấp trung ương", Errors(refused, 3));
        Assert.Contains("không phải cấp công nhận", Errors(refused, 4));
        Assert.Equal(2, await RecordCountAsync(a));
    }

    [Fact]
    public async Task The_history_template_documents_the_district_level()
    {
        var client = await app.ApiAsAsync("ocop.thainguyen");
        using var stream = new MemoryStream(await (await client.GetAsync("/api/v1/imports/templates/history.xlsx")).Content.ReadAsByteArrayAsync());
        var data = stream.Query(useHeaderRow: true, sheetName: "Dữ liệu").Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains("Huyện (trước 7/2025)", data[0].Keys);
        Assert.Contains("Hội đồng chấm điểm", data[0].Keys);
        var help = string.Join("\n", stream.Query(useHeaderRow: true, sheetName: "Hướng dẫn").Cast<IDictionary<string, object?>>().SelectMany(r => r.Values).Select(v => v?.ToString()));
        Assert.Contains("huyện / cấp huyện / district", help);
        Assert.Contains("Quyết định cấp huyện phải ban hành trước ngày 01/7/2025", help);
        Assert.Contains("UBND huyện công nhận 3 sao", help);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class HistoricalResultSqliteTests(SqliteAppFactory app) : HistoricalResultTests(app);

[Collection(PostgresCollection.Name)]
public sealed class HistoricalResultPostgresTests(PostgresAppFactory app) : HistoricalResultTests(app);
