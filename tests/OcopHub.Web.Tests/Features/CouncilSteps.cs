using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static OcopHub.Web.Tests.Infrastructure.DossierSteps;

namespace OcopHub.Web.Tests.Infrastructure;

/// <summary>Steps shared by the council tests: demo provincial council (hoidong.*) and demo central council (bo.nnmt chairs, bo.hoidong2, bo.hoidong3).</summary>
public static class CouncilSteps
{
    public const string Chair = Council, Member2 = "hoidong2.thainguyen", Member3 = "hoidong3.thainguyen";
    public const string CentralChair = "bo.nnmt", Central2 = "bo.hoidong2", Central3 = "bo.hoidong3";

    /// <summary>A fresh dossier of the demo product of <paramref name="type"/>, moved to AdvisoryReview, then (open) to Scoring by the chair.</summary>
    public static async Task<int> DossierAsync(OcopAppFactory app, string type = "FirstTime", bool open = true)
    {
        var producer = await app.ApiAsAsync(Producer);
        var commune = await app.ApiAsAsync(Commune);
        var office = await app.ApiAsAsync(Office);
        var productId = await NewProductAsync(app);
        // Upgrade and re-evaluation need a certificate in force; a re-evaluation is filed 180 → 120 days before expiry.
        if (type != "FirstTime")
            await RecogniseAsync(app, productId, 3, DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).AddDays(150).AddMonths(-36));
        var created = await producer.PostAsJsonAsync("/api/v1/dossiers", new
        {
            productId, type, legalRepresentative = "Nông Thị Hoa", phone = "0912345678", answers = await FullAnswersAsync(app),
        });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.JsonAsync()).GetProperty("id").GetInt32();
        await MoveOkAsync(producer, id, "Submit");
        await MoveOkAsync(commune, id, "Receive");
        Assert.Equal(HttpStatusCode.OK, (await CommuneReportAsync(commune, id)).StatusCode);
        await MoveOkAsync(commune, id, "ForwardToProvince", "Đề nghị đánh giá");
        await MoveOkAsync(office, id, "AcceptAtProvince");
        await MoveOkAsync(office, id, "AssignToRound", roundId: await OpenRoundAsync(app, office));
        await MoveOkAsync(office, id, "StartAdvisoryReview");
        if (open)
        {
            var opened = await OpenAsync(await app.ApiAsAsync(Chair), id);
            Assert.True(opened.StatusCode == HttpStatusCode.OK, await opened.Content.ReadAsStringAsync());
        }
        return id;
    }

    /// <summary>A dossier scored 100 by the provincial council and forwarded by the office to the Ministry (CentralReview).</summary>
    public static async Task<int> CentralReviewDossierAsync(OcopAppFactory app)
    {
        var id = await DossierAsync(app);
        var full = await FullAnswersAsync(app);
        foreach (var m in new[] { Chair, Member2, Member3 }) await SubmitAsync(await app.ApiAsAsync(m), id, full);
        var closed = await CloseAsync(await app.ApiAsAsync(Chair), id);
        Assert.True(closed.StatusCode == HttpStatusCode.OK, await closed.Content.ReadAsStringAsync());
        // Forwarding goes through the result step, which checks the provincial result reached 90 points.
        var office = await app.ApiAsAsync(Office);
        var forwarded = await office.PostAsJsonAsync($"/api/v1/dossiers/{id}/forward-to-ministry", new { version = await VersionAsync(office, id), note = "Đề nghị Bộ đánh giá 5 sao" });
        Assert.True(forwarded.StatusCode == HttpStatusCode.OK, await forwarded.Content.ReadAsStringAsync());
        return id;
    }

    public static async Task<long> VersionAsync(HttpClient client, int id) => (await GetAsync(client, id)).GetProperty("version").GetInt64();

    public static async Task<HttpResponseMessage> OpenAsync(HttpClient client, int id) =>
        await client.PostAsJsonAsync($"/api/v1/dossiers/{id}/evaluation/open", new { version = await VersionAsync(client, id) });

    public static async Task<HttpResponseMessage> CloseAsync(HttpClient client, int id) =>
        await client.PostAsJsonAsync($"/api/v1/dossiers/{id}/evaluation/close", new { version = await VersionAsync(client, id) });

    public static async Task<JsonElement> ViewAsync(HttpClient client, int id)
    {
        var response = await client.GetAsync($"/api/v1/dossiers/{id}/score-sheets");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    public static List<JsonElement> Sheets(JsonElement view) => view.GetProperty("sheets").EnumerateArray().ToList();

    public static async Task<JsonElement> SubmitAsync(HttpClient member, int id, Dictionary<string, string> answers, long version = 0, string[]? knockOuts = null)
    {
        var response = await member.PostAsJsonAsync($"/api/v1/dossiers/{id}/score-sheets/mine/submit", new { answers, version, knockOuts });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    /// <summary>The lowest option of every criterion of set 1 (a low total).</summary>
    public static Task<Dictionary<string, string>> LowestAnswersAsync(OcopAppFactory app) =>
        Features.RulebookApiTests.AnswersAsync(app.CreateClient(), 1, options => options[0]);

    /// <summary>The text of an .xlsx (shared strings and inline strings), to look for words in the minutes.</summary>
    public static string XlsxText(byte[] bytes)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes));
        var text = new System.Text.StringBuilder();
        foreach (var e in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var r = new StreamReader(e.Open());
            text.Append(r.ReadToEnd());
        }
        return System.Net.WebUtility.HtmlDecode(text.ToString());
    }
}
