using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OcopHub.Web.Tests.Infrastructure;

namespace OcopHub.Web.Tests.Features;

public abstract class RulebookApiTests(OcopAppFactory app)
{
    private readonly HttpClient _client = app.CreateClient();

    /// <summary>Answers for every criterion of a set: the best non-knock-out option, or the one picked by `choose`.</summary>
    public static async Task<Dictionary<string, string>> AnswersAsync(HttpClient client, int set, Func<List<JsonElement>, JsonElement>? choose = null)
    {
        var sheet = await client.GetFromJsonAsync<JsonElement>($"/api/v1/rulebooks/26-2026/sets/{set}");
        var answers = new Dictionary<string, string>();
        foreach (var part in sheet.GetProperty("parts").EnumerateArray())
        foreach (var group in part.GetProperty("groups").EnumerateArray())
        foreach (var c in group.GetProperty("criteria").EnumerateArray())
        {
            var options = c.GetProperty("options").EnumerateArray().Where(o => !o.GetProperty("knockOut").GetBoolean()).OrderBy(o => o.GetProperty("points").GetDecimal()).ToList();
            answers[c.GetProperty("code").GetString()!] = (choose?.Invoke(options) ?? options[^1]).GetProperty("letter").GetString()!;
        }
        return answers;
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> EvaluateAsync(object body)
    {
        var response = await _client.PostAsJsonAsync("/api/v1/scoring/evaluate", body);
        return (response.StatusCode, await response.JsonAsync());
    }

    [Fact]
    public async Task Versions_have_effective_periods_and_26_2026_is_in_force()
    {
        var versions = (await _client.GetFromJsonAsync<JsonElement>("/api/v1/rulebooks")).EnumerateArray().ToList();
        var current = versions.Single(v => v.GetProperty("id").GetString() == "26-2026");
        Assert.True(current.GetProperty("inForce").GetBoolean());
        Assert.Equal("2026-05-22", current.GetProperty("effectiveFrom").GetString());
        Assert.Equal(26, current.GetProperty("sheets").GetInt32());
        Assert.Contains(versions, v => v.GetProperty("id").GetString() == "148-2023" && !v.GetProperty("inForce").GetBoolean());
        Assert.Contains(versions, v => v.GetProperty("id").GetString() == "1048-2019");
    }

    [Fact]
    public async Task Sets_carry_sector_and_group()
    {
        var sets = (await _client.GetFromJsonAsync<JsonElement>("/api/v1/rulebooks/26-2026/sets")).EnumerateArray().ToList();
        Assert.Equal(26, sets.Count);
        Assert.Equal(6, sets.Select(s => s.GetProperty("sectorCode").GetString()).Distinct().Count());
        Assert.Equal(17, sets.Select(s => s.GetProperty("groupNo").GetInt32()).Distinct().Count());
        Assert.Equal("VI", sets.Single(s => s.GetProperty("no").GetInt32() == 26).GetProperty("sectorCode").GetString());
    }

    [Fact]
    public async Task Full_sheet_has_option_ids_points_and_minima()
    {
        var sheet = await _client.GetFromJsonAsync<JsonElement>("/api/v1/rulebooks/26-2026/sets/8");
        Assert.Equal(100m, sheet.GetProperty("max").GetDecimal());
        var parts = sheet.GetProperty("parts").EnumerateArray().ToDictionary(p => p.GetProperty("code").GetString()!, p => p.GetProperty("max").GetDecimal());
        Assert.Equal(new Dictionary<string, decimal> { ["A"] = 40, ["B"] = 25, ["C"] = 35 }, parts);
        var options = sheet.GetProperty("parts").EnumerateArray().SelectMany(p => p.GetProperty("groups").EnumerateArray())
            .SelectMany(g => g.GetProperty("criteria").EnumerateArray()).SelectMany(c => c.GetProperty("options").EnumerateArray()).ToList();
        var first = options.Single(o => o.GetProperty("id").GetString() == "1.1.a");
        Assert.Equal(3, first.GetProperty("minimumForStars").GetInt32());
        Assert.Contains(options, o => o.GetProperty("id").GetString() == "2.4.yes");
        Assert.Equal(3, sheet.GetProperty("disqualifiers").GetArrayLength());
    }

    [Fact]
    public async Task Unknown_version_or_set_is_404_problem()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/v1/rulebooks/99-2099/sets")).StatusCode);
        var response = await _client.GetAsync("/api/v1/rulebooks/26-2026/sets/27");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Best_answers_score_100_and_5_stars()
    {
        var answers = await AnswersAsync(_client, 8);
        var (status, r) = await EvaluateAsync(new { rulebook = "26-2026", set = 8, sheets = new[] { new { answers } }, disqualifiers = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(100m, r.GetProperty("average").GetDecimal());
        Assert.Equal(5, r.GetProperty("band").GetInt32());
        Assert.Equal(5, r.GetProperty("stars").GetInt32());
        Assert.Equal(100m, r.GetProperty("sheets")[0].GetProperty("total").GetDecimal());
        Assert.Equal(40m, r.GetProperty("sheets")[0].GetProperty("parts").GetProperty("A").GetDecimal());
        Assert.Equal(JsonValueKind.Null, r.GetProperty("knockout").ValueKind);
        Assert.False(r.GetProperty("gap").GetProperty("reachable").GetBoolean());
    }

    [Fact]
    public async Task Middle_answers_average_members_and_explain_what_holds_the_product_back()
    {
        var middle = await AnswersAsync(_client, 8, o => o[o.Count / 2]);
        var best = await AnswersAsync(_client, 8);
        var (status, r) = await EvaluateAsync(new { rulebook = "26-2026", set = 8, sheets = new[] { new { answers = middle }, new { answers = middle }, new { answers = best } } });
        Assert.Equal(HttpStatusCode.OK, status);
        var totals = r.GetProperty("sheets").EnumerateArray().Select(s => s.GetProperty("total").GetDecimal()).ToList();
        Assert.Equal(Math.Round(totals.Average(), 2), r.GetProperty("average").GetDecimal());
        Assert.Equal(totals.Max() - totals.Min(), r.GetProperty("spread").GetDecimal());
        Assert.True(r.GetProperty("failedMinimums").TryGetProperty("5", out var five) && five.GetArrayLength() > 0);
        Assert.Contains("tiêu chí", r.GetProperty("explanation").GetProperty("vi").GetString());
        Assert.True(r.GetProperty("gap").GetProperty("upgrades").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Missing_answer_is_a_problem_naming_the_criterion()
    {
        var answers = await AnswersAsync(_client, 8);
        answers.Remove("3.4");
        var (status, r) = await EvaluateAsync(new { rulebook = "26-2026", set = 8, sheets = new[] { new { answers } } });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("3.4", r.GetProperty("criterion").GetString());
        Assert.Contains("3.4", r.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Unknown_option_is_a_problem_naming_it()
    {
        var answers = await AnswersAsync(_client, 8);
        answers["1.1"] = "z";
        var (status, r) = await EvaluateAsync(new { rulebook = "26-2026", set = 8, sheets = new[] { new { answers } } });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("UnknownOption", r.GetProperty("problems")[0].GetProperty("error").GetString());
        Assert.Equal("z", r.GetProperty("problems")[0].GetProperty("value").GetString());
    }

    [Theory]
    [InlineData("{\"set\":8,\"sheets\":[]}")]
    [InlineData("{\"rulebook\":\"99-2099\",\"set\":8,\"sheets\":[]}")]
    [InlineData("{\"rulebook\":\"26-2026\",\"set\":40,\"sheets\":[{\"answers\":{}}]}")]
    [InlineData("{\"rulebook\":\"26-2026\",\"set\":8,\"sheets\":[]}")]
    [InlineData("{\"rulebook\":\"26-2026\",\"set\":\"tám\"}")]
    [InlineData("not json")]
    public async Task Malformed_requests_are_400_problems(string json)
    {
        var response = await _client.PostAsync("/api/v1/scoring/evaluate", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Disqualified_dossier_is_not_ranked_with_the_reason()
    {
        var answers = await AnswersAsync(_client, 8);
        var sheet = await _client.GetFromJsonAsync<JsonElement>("/api/v1/rulebooks/26-2026/sets/8");
        var code = sheet.GetProperty("disqualifiers")[0].GetProperty("code").GetString();
        var (status, r) = await EvaluateAsync(new { rulebook = "26-2026", set = 8, sheets = new[] { new { answers } }, disqualifiers = new[] { code } });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Disqualified", r.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, r.GetProperty("stars").ValueKind);
        Assert.True(r.GetProperty("disqualified").GetProperty("reasons").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Knock_out_finding_is_not_ranked()
    {
        var answers = await AnswersAsync(_client, 8);
        var (status, r) = await EvaluateAsync(new { rulebook = "26-2026", set = 8, sheets = new[] { new { answers, knockOuts = new[] { "1.1" } } } });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("KnockedOut", r.GetProperty("status").GetString());
        Assert.Contains("1.1", r.GetProperty("knockout").GetProperty("reasons")[0].GetString());
    }

    [Fact]
    public async Task Criteria_pages_are_public_and_show_minima()
    {
        var index = await _client.GetStringAsync("/bo-tieu-chi");
        Assert.Contains("href=\"/bo-tieu-chi/26-2026/8\"", index);
        Assert.Contains("Dịch vụ du lịch", index);
        var sheet = await _client.GetStringAsync("/bo-tieu-chi/26-2026/8");
        Assert.Contains("Có sử dụng nguyên liệu có nguồn gốc trong tỉnh, nhưng có tỷ lệ dưới 50%", sheet);
        Assert.Contains("star-minimum", sheet);
        Assert.Contains("Hồ sơ bị loại khi:", sheet);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/bo-tieu-chi/26-2026/99")).StatusCode);
        Assert.Contains("Bộ 1.", await _client.GetStringAsync("/bo-tieu-chi/148-2023"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RulebookApiSqliteTests(SqliteAppFactory app) : RulebookApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RulebookApiPostgresTests(PostgresAppFactory app) : RulebookApiTests(app);
