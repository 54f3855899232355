using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using OcopHub.Web.Tests.Infrastructure;

namespace OcopHub.Web.Tests.Features;

public abstract class SelfAssessmentTests(OcopAppFactory app)
{
    private Task<int> ProducerIdAsync(string name) => app.WithDbAsync(db => db.Producers.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());

    private async Task<(HttpClient Client, int Id)> StartAsync(string user = "chuthe.bixanh", string producer = "Hợp tác xã Nông nghiệp Bí xanh Ba Bể")
    {
        var client = await app.PagesAsAsync(user);
        var response = await client.PostFormAsync("/SelfAssessments", new()
        {
            ["ProducerId"] = (await ProducerIdAsync(producer)).ToString(), ["ProductName"] = "Bí xanh thơm Ba Bể", ["SetNo"] = "8",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
        return (client, id);
    }

    private static Dictionary<string, string> Form(Dictionary<string, string> answers, long version) =>
        answers.ToDictionary(kv => $"a[{kv.Key}]", kv => kv.Value).Append(new("Version", version.ToString())).ToDictionary();

    private Task<long> VersionAsync(int id) => app.WithDbAsync(db => db.SelfAssessments.Where(a => a.Id == id).Select(a => a.Version).SingleAsync());

    [Fact]
    public async Task Producer_answers_the_sheet_and_sees_the_predicted_star()
    {
        var (client, id) = await StartAsync();
        var answers = await RulebookApiTests.AnswersAsync(app.CreateClient(), 8);
        var half = answers.Take(10).ToDictionary();

        var partial = await client.PostFormAsync($"/SelfAssessments/Edit/{id}", Form(half, await VersionAsync(id)), formPage: $"/SelfAssessments/Edit/{id}");
        Assert.Equal(HttpStatusCode.Redirect, partial.StatusCode);
        var page = await client.GetStringAsync($"/SelfAssessments/Edit/{id}");
        Assert.Contains($"Đã trả lời 10/{answers.Count} tiêu chí.", page);
        Assert.Contains("data-testid=\"missing\"", page);

        var full = await client.PostFormAsync($"/SelfAssessments/Edit/{id}", Form(answers, await VersionAsync(id)), formPage: $"/SelfAssessments/Edit/{id}");
        Assert.Equal(HttpStatusCode.Redirect, full.StatusCode);
        page = await client.GetStringAsync($"/SelfAssessments/Edit/{id}");
        Assert.Contains("data-testid=\"total\">100<", page);
        Assert.Contains("★★★★★", page);
        var saved = await app.WithDbAsync(db => db.SelfAssessments.SingleAsync(a => a.Id == id));
        Assert.Equal(5, saved.PredictedStars);
        Assert.Equal("26-2026", saved.RulebookId);
    }

    [Fact]
    public async Task Preview_shows_the_gap_without_saving()
    {
        var (client, id) = await StartAsync();
        var middle = await RulebookApiTests.AnswersAsync(app.CreateClient(), 8, o => o[o.Count / 2]);
        var response = await client.PostFormAsync($"/SelfAssessments/Edit/{id}?handler=Preview", Form(middle, await VersionAsync(id)), formPage: $"/SelfAssessments/Edit/{id}");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Để đạt hạng tiếp theo", html);
        Assert.Contains("data-testid=\"gap\"", html);
        Assert.Equal("{}", await app.WithDbAsync(db => db.SelfAssessments.Where(a => a.Id == id).Select(a => a.AnswersJson).SingleAsync()));
    }

    [Fact]
    public async Task Unknown_option_is_refused_and_nothing_saved()
    {
        var (client, id) = await StartAsync();
        var response = await client.PostFormAsync($"/SelfAssessments/Edit/{id}", Form(new() { ["1.1"] = "z" }, await VersionAsync(id)), formPage: $"/SelfAssessments/Edit/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("bản nháp chưa được lưu", await response.Content.ReadAsStringAsync());
        Assert.Equal("{}", await app.WithDbAsync(db => db.SelfAssessments.Where(a => a.Id == id).Select(a => a.AnswersJson).SingleAsync()));
    }

    [Fact]
    public async Task Stale_save_is_refused()
    {
        var (client, id) = await StartAsync();
        var version = await VersionAsync(id);
        await client.PostFormAsync($"/SelfAssessments/Edit/{id}", Form(new() { ["1.1"] = "a" }, version), formPage: $"/SelfAssessments/Edit/{id}");
        var stale = await client.PostFormAsync($"/SelfAssessments/Edit/{id}", Form(new() { ["1.1"] = "c" }, version), formPage: $"/SelfAssessments/Edit/{id}");
        Assert.Contains("đã được người khác lưu", await stale.Content.ReadAsStringAsync());
        Assert.Contains("\"1.1\":\"a\"", await app.WithDbAsync(db => db.SelfAssessments.Where(a => a.Id == id).Select(a => a.AnswersJson).SingleAsync()));
    }

    [Fact]
    public async Task Producer_cannot_start_one_for_another_producer()
    {
        var client = await app.PagesAsAsync("chuthe.bixanh");
        var response = await client.PostFormAsync("/SelfAssessments", new()
        {
            ["ProducerId"] = (await ProducerIdAsync("Hợp tác xã Miến dong Chợ Đồn")).ToString(), ["ProductName"] = "Miến", ["SetNo"] = "8",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ngoài phạm vi", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Other_communes_cannot_open_it_but_the_province_can()
    {
        var (_, id) = await StartAsync();
        var other = await app.PagesAsAsync("xa.chodon");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/SelfAssessments/Edit/{id}")).StatusCode);
        Assert.DoesNotContain($"/SelfAssessments/Edit/{id}\"", await other.GetStringAsync("/SelfAssessments"));
        var province = await app.PagesAsAsync("ocop.thainguyen");
        Assert.Equal(HttpStatusCode.OK, (await province.GetAsync($"/SelfAssessments/Edit/{id}")).StatusCode);
    }

    [Fact]
    public async Task Excel_and_print_exports_carry_the_answers()
    {
        var (client, id) = await StartAsync();
        var answers = await RulebookApiTests.AnswersAsync(app.CreateClient(), 8);
        await client.PostFormAsync($"/SelfAssessments/Edit/{id}", Form(answers, await VersionAsync(id)), formPage: $"/SelfAssessments/Edit/{id}");
        var xlsx = await client.GetAsync($"/SelfAssessments/Edit/{id}?handler=Excel");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true, sheetName: "Phiếu tự đánh giá").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(answers.Count, rows.Count(r => r["Mã"] is string code && code.Length > 0));
        Assert.Contains(rows, r => r["Tiêu chí"] as string == "Tổng điểm" && r["Lựa chọn"]?.ToString() == "100");
        var pdf = await client.GetAsync($"/SelfAssessments/Edit/{id}?handler=Pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
        Assert.True(bytes.Length > 5000);
        if (Environment.GetEnvironmentVariable("OCOP_PDF_SAMPLE_DIR") is { Length: > 0 } dir) File.WriteAllBytes(Path.Combine(dir, "self-assessment.pdf"), bytes);
        var print = await client.GetStringAsync($"/SelfAssessments/Print/{id}");
        Assert.Contains("PHIẾU TỰ ĐÁNH GIÁ SẢN PHẨM OCOP", print);
        Assert.Contains("☑", print);
    }

    [Fact]
    public async Task Council_members_have_no_self_assessment_pages()
    {
        var client = await app.PagesAsAsync("hoidong.thainguyen");
        var response = await client.GetAsync("/SelfAssessments");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Changes_are_audited()
    {
        var (client, id) = await StartAsync();
        await client.PostFormAsync($"/SelfAssessments/Edit/{id}", Form(new() { ["1.1"] = "b" }, await VersionAsync(id)), formPage: $"/SelfAssessments/Edit/{id}");
        var trail = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "SelfAssessment" && a.EntityId == id.ToString()).ToListAsync());
        Assert.Equal(["Created", "Updated"], trail.OrderBy(a => a.Id).Select(a => a.Action));
        Assert.All(trail, a => Assert.Equal("chuthe.bixanh", a.UserName));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SelfAssessmentSqliteTests(SqliteAppFactory app) : SelfAssessmentTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SelfAssessmentPostgresTests(PostgresAppFactory app) : SelfAssessmentTests(app);
