using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Tests.Infrastructure;
using static OcopHub.Web.Tests.Infrastructure.DossierSteps;

namespace OcopHub.Web.Tests.Features;

/// <summary>The council's scoring of a dossier through the API, with the demo council (chair hoidong.thainguyen, three members).</summary>
public abstract class CouncilScoringTests(OcopAppFactory app)
{
    private const string Chair = Council, Member2 = "hoidong2.thainguyen", Member3 = "hoidong3.thainguyen";

    /// <summary>A fresh dossier of the demo product moved to Scoring by the council's chair.</summary>
    private async Task<int> ScoringDossierAsync()
    {
        var producer = await app.ApiAsAsync(Producer);
        var commune = await app.ApiAsAsync(Commune);
        var office = await app.ApiAsAsync(Office);
        var id = (await CreateCompleteDraftAsync(app, producer)).GetProperty("id").GetInt32();
        await MoveOkAsync(producer, id, "Submit");
        await MoveOkAsync(commune, id, "Receive");
        Assert.Equal(HttpStatusCode.OK, (await CommuneReportAsync(commune, id)).StatusCode);
        await MoveOkAsync(commune, id, "ForwardToProvince", "Đề nghị đánh giá");
        await MoveOkAsync(office, id, "AcceptAtProvince");
        await MoveOkAsync(office, id, "AssignToRound", roundId: await OpenRoundAsync(app, office));
        await MoveOkAsync(office, id, "StartAdvisoryReview");

        // Opening scoring is the chair's action: a plain member is refused.
        Assert.Equal(HttpStatusCode.Forbidden, (await OpenAsync(await app.ApiAsAsync(Member2), id)).StatusCode);
        var opened = await OpenAsync(await app.ApiAsAsync(Chair), id);
        Assert.True(opened.StatusCode == HttpStatusCode.OK, await opened.Content.ReadAsStringAsync());
        Assert.Equal("Scoring", (await GetAsync(office, id)).GetProperty("state").GetString());
        return id;
    }

    private static async Task<HttpResponseMessage> OpenAsync(HttpClient client, int id) =>
        await client.PostAsJsonAsync($"/api/v1/dossiers/{id}/evaluation/open", new { version = (await GetAsync(client, id)).GetProperty("version").GetInt64() });

    private static async Task<HttpResponseMessage> CloseAsync(HttpClient client, int id) =>
        await client.PostAsJsonAsync($"/api/v1/dossiers/{id}/evaluation/close", new { version = (await GetAsync(client, id)).GetProperty("version").GetInt64() });

    private static async Task<JsonElement> ViewAsync(HttpClient client, int id)
    {
        var response = await client.GetAsync($"/api/v1/dossiers/{id}/score-sheets");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    private static List<JsonElement> Sheets(JsonElement view) => view.GetProperty("sheets").EnumerateArray().ToList();

    private static async Task<JsonElement> SubmitAsync(HttpClient member, int id, Dictionary<string, string> answers, long version = 0)
    {
        var response = await member.PostAsJsonAsync($"/api/v1/dossiers/{id}/score-sheets/mine/submit", new { answers, version });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    private Task<Dictionary<string, string>> LowestAnswersAsync() => RulebookApiTests.AnswersAsync(app.CreateClient(), 1, options => options[0]);

    [Fact]
    public async Task Three_members_score_independently_and_the_chair_closes()
    {
        var id = await ScoringDossierAsync();
        var chair = await app.ApiAsAsync(Chair);
        var m2 = await app.ApiAsAsync(Member2);
        var m3 = await app.ApiAsAsync(Member3);
        var full = await FullAnswersAsync(app);

        // Member 2 saves a draft, then a stale save is refused.
        var draft = await m2.PutAsJsonAsync($"/api/v1/dossiers/{id}/score-sheets/mine", new { answers = full, version = 0 });
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        var mine = Sheets(await draft.JsonAsync()).Single();
        Assert.True(mine.GetProperty("isMine").GetBoolean());
        var stale = await m2.PutAsJsonAsync($"/api/v1/dossiers/{id}/score-sheets/mine", new { answers = full, version = 0 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("người khác thay đổi", await stale.Content.ReadAsStringAsync());

        // Nobody else sees member 2's sheet before submitting their own.
        Assert.Empty(Sheets(await ViewAsync(chair, id)));
        await SubmitAsync(m2, id, full, mine.GetProperty("version").GetInt64());
        Assert.Empty(Sheets(await ViewAsync(m3, id)));
        var after2 = await ViewAsync(m2, id);
        Assert.False(after2.GetProperty("complete").GetBoolean());
        Assert.Equal(JsonValueKind.Null, after2.GetProperty("result").ValueKind);

        // Submitted sheets are closed to their author.
        Assert.Equal(HttpStatusCode.Conflict, (await m2.PutAsJsonAsync($"/api/v1/dossiers/{id}/score-sheets/mine", new { answers = full, version = 1 })).StatusCode);

        var m3View = await SubmitAsync(m3, id, full);
        Assert.Equal(2, Sheets(m3View).Count);
        // Closing before every member has submitted is refused.
        Assert.Equal(HttpStatusCode.Conflict, (await CloseAsync(chair, id)).StatusCode);
        var all = await SubmitAsync(chair, id, full);
        Assert.Equal(3, Sheets(all).Count);
        Assert.True(all.GetProperty("complete").GetBoolean());
        var result = all.GetProperty("result");
        Assert.Equal(100m, result.GetProperty("average").GetDecimal());
        Assert.Equal(5, result.GetProperty("stars").GetInt32());
        Assert.False(result.GetProperty("spreadExceeded").GetBoolean());
        Assert.Equal("ForwardToMinistry", result.GetProperty("outcome").GetString());

        // Outsiders: the office is not a member (403); a commune outside the dossier's scope does not find it (404).
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsAsync(Office)).GetAsync($"/api/v1/dossiers/{id}/score-sheets")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsAsync(OtherCommune)).GetAsync($"/api/v1/dossiers/{id}/score-sheets")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsAsync(Producer)).GetAsync($"/api/v1/dossiers/{id}/score-sheets")).StatusCode);

        // Minutes exist only once closed; only the chair closes.
        Assert.Equal(HttpStatusCode.Conflict, (await chair.GetAsync($"/api/v1/dossiers/{id}/evaluation/minutes.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await CloseAsync(m2, id)).StatusCode);
        var closed = await CloseAsync(chair, id);
        Assert.True(closed.StatusCode == HttpStatusCode.OK, await closed.Content.ReadAsStringAsync());
        Assert.Equal("ProvincialDecision", (await GetAsync(chair, id)).GetProperty("state").GetString());
        var evaluation = await app.WithDbAsync(db => db.Evaluations.SingleAsync(e => e.DossierId == id));
        Assert.Equal(100m, evaluation.Average);
        Assert.Equal(5, evaluation.Stars);
        Assert.Equal("ForwardToMinistry", evaluation.Outcome);
        Assert.Equal(Chair, evaluation.ClosedBy);
        Assert.Contains("Phạm Quốc Hùng", evaluation.MembersJson);
        Assert.Equal(HttpStatusCode.Conflict, (await CloseAsync(chair, id)).StatusCode);

        var pdf = await chair.GetAsync($"/api/v1/dossiers/{id}/evaluation/minutes.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..4]));
        var xlsx = await m3.GetAsync($"/api/v1/dossiers/{id}/evaluation/minutes.xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var bytes = await xlsx.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);
    }

    [Fact]
    public async Task Spread_beyond_the_limit_blocks_closing_until_the_chair_reopens_a_sheet()
    {
        var id = await ScoringDossierAsync();
        var chair = await app.ApiAsAsync(Chair);
        var m3 = await app.ApiAsAsync(Member3);
        var full = await FullAnswersAsync(app);
        await SubmitAsync(chair, id, full);
        await SubmitAsync(await app.ApiAsAsync(Member2), id, full);
        var low = await SubmitAsync(m3, id, await LowestAnswersAsync());
        var result = low.GetProperty("result");
        Assert.True(result.GetProperty("spreadExceeded").GetBoolean());
        Assert.True(result.GetProperty("spread").GetDecimal() > 10m);

        var refused = await CloseAsync(chair, id);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Chênh lệch", await refused.Content.ReadAsStringAsync());

        // Only the chair reopens; member 3 re-scores after discussion.
        var m3Id = Sheets(low).Single(s => s.GetProperty("isMine").GetBoolean()).GetProperty("memberUserId").GetString();
        Assert.Equal(HttpStatusCode.Forbidden, (await m3.PostAsJsonAsync($"/api/v1/dossiers/{id}/score-sheets/reopen", new { memberUserIds = new[] { m3Id } })).StatusCode);
        var reopened = await chair.PostAsJsonAsync($"/api/v1/dossiers/{id}/score-sheets/reopen", new { memberUserIds = new[] { m3Id } });
        Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);
        Assert.False((await reopened.JsonAsync()).GetProperty("complete").GetBoolean());
        var version = Sheets(await ViewAsync(m3, id)).Single(s => s.GetProperty("isMine").GetBoolean()).GetProperty("version").GetInt64();
        var again = await SubmitAsync(m3, id, full, version);
        Assert.False(again.GetProperty("result").GetProperty("spreadExceeded").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await CloseAsync(chair, id)).StatusCode);
        Assert.Equal("ProvincialDecision", (await GetAsync(chair, id)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_recused_member_does_not_count_and_the_quorum_is_enforced()
    {
        var id = await ScoringDossierAsync();
        var chair = await app.ApiAsAsync(Chair);
        var m3 = await app.ApiAsAsync(Member3);
        var full = await FullAnswersAsync(app);

        Assert.Equal(HttpStatusCode.BadRequest, (await m3.PostAsJsonAsync($"/api/v1/dossiers/{id}/score-sheets/mine/recuse", new { reason = " " })).StatusCode);
        var recused = await m3.PostAsJsonAsync($"/api/v1/dossiers/{id}/score-sheets/mine/recuse", new { reason = "Là thành viên HTX của chủ thể" });
        Assert.Equal(HttpStatusCode.OK, recused.StatusCode);
        Assert.Equal(2, (await recused.JsonAsync()).GetProperty("counted").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, (await m3.PutAsJsonAsync($"/api/v1/dossiers/{id}/score-sheets/mine", new { answers = full, version = 1 })).StatusCode);

        await SubmitAsync(chair, id, full);
        var both = await SubmitAsync(await app.ApiAsAsync(Member2), id, full);
        // 3/4 of three members is three: with one recused the council has no quorum.
        Assert.Equal(3, both.GetProperty("quorum").GetInt32());
        Assert.False(both.GetProperty("complete").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, (await CloseAsync(chair, id)).StatusCode);
        var stored = await app.WithDbAsync(db => db.ScoreSheets.SingleAsync(s => s.DossierId == id && s.RecusedAt != null));
        Assert.Equal("Là thành viên HTX của chủ thể", stored.RecusalReason);
    }

    [Fact]
    public async Task A_member_scores_on_the_page_and_outsiders_are_refused()
    {
        var id = await ScoringDossierAsync();
        var page = await app.PagesAsAsync(Member2);
        Assert.Contains($"href=\"/Councils/Score/{id}\"", await page.GetStringAsync($"/Dossiers/Details/{id}"));
        var html = await page.GetStringAsync($"/Councils/Score/{id}");
        Assert.Contains("data-testid=\"save\"", html);
        Assert.Contains("name=\"a[", html);

        var form = new Dictionary<string, string> { ["Version"] = "0" };
        foreach (var (code, option) in await FullAnswersAsync(app)) form[$"a[{code}]"] = option;
        var saved = await page.PostFormAsync($"/Councils/Score/{id}?handler=Submit", form, formPage: $"/Councils/Score/{id}");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var sheet = await app.WithDbAsync(db => db.ScoreSheets.SingleAsync(s => s.DossierId == id));
        Assert.NotNull(sheet.SubmittedAt);
        Assert.Equal(100m, sheet.Total);
        Assert.DoesNotContain("data-testid=\"save\"", await page.GetStringAsync($"/Councils/Score/{id}"));

        var office = await app.PagesAsAsync(Office);
        var refused = await office.GetAsync($"/Councils/Score/{id}");
        Assert.True(refused.StatusCode is HttpStatusCode.Forbidden || refused.Headers.Location?.PathAndQuery.StartsWith("/Account/AccessDenied") == true,
            $"{refused.StatusCode} {refused.Headers.Location}");
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.PagesAsAsync(OtherCommune)).GetAsync($"/Councils/Score/{id}")).StatusCode);
    }

    [Fact]
    public async Task The_office_creates_councils_and_others_cannot()
    {
        var office = await app.ApiAsAsync(Office);
        var input = new
        {
            name = $"Hội đồng nhiệm kỳ thử {app.Provider}", termFrom = "2020-01-01", termTo = "2020-12-31", chairUserName = Chair,
            members = new[] { new { userName = Chair, department = (string?)null }, new { userName = Member2, department = (string?)"Sở Công Thương" } }, spreadLimit = 8m,
        };
        var created = await office.PostAsJsonAsync("/api/v1/councils", input);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var council = await created.JsonAsync();
        Assert.Equal(2, council.GetProperty("members").GetArrayLength());
        Assert.Equal(8m, council.GetProperty("spreadLimit").GetDecimal());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsAsync(Chair)).PostAsJsonAsync("/api/v1/councils", input)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await office.PostAsJsonAsync("/api/v1/councils", input with { chairUserName = "bo.nnmt" })).StatusCode);
        var cid = council.GetProperty("id").GetInt32();
        var edit = input with { spreadLimit = 6m, members = new[] { new { userName = Chair, department = (string?)null }, new { userName = Member3, department = (string?)"Sở Y tế" } } };
        var edited = await office.PutAsJsonAsync($"/api/v1/councils/{cid}", new { edit.name, edit.termFrom, edit.termTo, edit.chairUserName, edit.members, edit.spreadLimit, version = council.GetProperty("version").GetInt64() });
        Assert.True(edited.StatusCode == HttpStatusCode.OK, await edited.Content.ReadAsStringAsync());
        var after = await edited.JsonAsync();
        Assert.Equal(6m, after.GetProperty("spreadLimit").GetDecimal());
        Assert.Equal(["Phạm Quốc Hùng", "Lý Văn Quang"], after.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("fullName").GetString()).Order().Reverse());
        var stale = await office.PutAsJsonAsync($"/api/v1/councils/{cid}", new { edit.name, edit.termFrom, edit.termTo, edit.chairUserName, edit.members, edit.spreadLimit, version = council.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var list = await office.GetFromJsonAsync<JsonElement>("/api/v1/councils");
        Assert.Contains(list.EnumerateArray(), c => c.GetProperty("id").GetInt32() == council.GetProperty("id").GetInt32());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CouncilScoringSqliteTests(SqliteAppFactory app) : CouncilScoringTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CouncilScoringPostgresTests(PostgresAppFactory app) : CouncilScoringTests(app);
