using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Features.Rulebooks;

namespace OcopHub.Web.Tests.Infrastructure;

/// <summary>Small API steps shared by the dossier tests. Demo: producer chuthe.bixanh, product "Bí xanh thơm Ba Bể" (set 1) in Xã Ba Bể 01906, Thái Nguyên 19.</summary>
public static class DossierSteps
{
    public const string Producer = "chuthe.bixanh", Commune = "xa.babe", OtherCommune = "xa.chodon", Office = "ocop.thainguyen", Council = "hoidong.thainguyen";

    public static Task<int> ProductIdAsync(OcopAppFactory app, string name = "Bí xanh thơm Ba Bể") =>
        app.WithDbAsync(db => db.Products.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());

    public static Task<Dictionary<string, string>> FullAnswersAsync(OcopAppFactory app, int set = 1) =>
        Features.RulebookApiTests.AnswersAsync(app.CreateClient(), set);

    /// <summary>
    /// A new product of the demo producer (set 1, Xã Ba Bể), named after the demo product. A product has one open dossier
    /// at a time, and the test apps share a database, so every dossier test files for a product of its own.
    /// </summary>
    public static async Task<int> NewProductAsync(OcopAppFactory app, string name = "Bí đỏ hồ sơ thử") // not "Bí xanh … Ba Bể": the shared app's search tests expect the demo product alone
    {
        var office = await app.ApiAsAsync(Office);
        var producerId = await app.WithDbAsync(db => db.Producers.Where(p => p.Name == "Hợp tác xã Nông nghiệp Bí xanh Ba Bể").Select(p => p.Id).SingleAsync());
        var response = await office.PostAsJsonAsync("/api/v1/products", new
        {
            name = $"{name} {Guid.NewGuid():N}"[..(name.Length + 9)], producerId, communeCode = "01906", rulebookId = "26-2026", productSetNo = 1,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("id").GetInt32();
    }

    /// <summary>Records a provincial recognition decision dated <paramref name="date"/> for the product; returns the certificate.</summary>
    /// <remarks>5★ is recognised by the Ministry (national level); 3–4★ by the provincial office. <paramref name="dossierId"/> links the dossier behind it.</remarks>
    public static async Task<JsonElement> RecogniseAsync(OcopAppFactory app, int productId, int stars, DateOnly date, decimal? points = null, int? dossierId = null)
    {
        var national = stars == 5;
        var client = await app.ApiAsAsync(national ? "bo.nnmt" : Office);
        var response = await client.PostAsJsonAsync("/api/v1/decisions", new
        {
            number = $"{Random.Shared.Next(100, 999)}/QĐ-{(national ? "BNNMT" : "UBND")}", decisionDate = date.ToString("yyyy-MM-dd"), level = national ? "national" : "province",
            signerName = "Nguyễn Văn Chủ", signerTitle = "KT. Chủ tịch – Phó Chủ tịch",
            items = new[] { new { productId, stars, points = points ?? 60 + 10 * (stars - 3), dossierId } },
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("certificates")[0];
    }

    /// <summary>A complete draft (Mẫu 01 prefilled, every criterion answered) created by <paramref name="client"/> for a new product, or for <paramref name="productId"/>.</summary>
    public static async Task<JsonElement> CreateCompleteDraftAsync(OcopAppFactory app, HttpClient client, string type = "FirstTime", int? productId = null,
        Dictionary<string, string>? answers = null, string? changes = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/dossiers", new
        {
            productId = productId ?? await NewProductAsync(app), type, legalRepresentative = "Nông Thị Hoa", phone = "0912345678",
            answers = answers ?? await FullAnswersAsync(app), changesSinceRecognition = changes,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    public static async Task<JsonElement> GetAsync(HttpClient client, int id)
    {
        var response = await client.GetAsync($"/api/v1/dossiers/{id}");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    public static async Task<HttpResponseMessage> MoveAsync(HttpClient client, int id, string action, string? note = null, int? roundId = null, long? version = null)
    {
        version ??= (await GetAsync(client, id)).GetProperty("version").GetInt64();
        return await client.PostAsJsonAsync($"/api/v1/dossiers/{id}/transitions", new { action, note, version, roundId });
    }

    public static async Task<JsonElement> MoveOkAsync(HttpClient client, int id, string action, string? note = null, int? roundId = null)
    {
        var response = await MoveAsync(client, id, action, note, roundId);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{action}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    public static async Task<HttpResponseMessage> CommuneReportAsync(HttpClient client, int id) =>
        await client.PutAsJsonAsync($"/api/v1/dossiers/{id}/commune-report", new
        {
            localMaterialsMet = true, localMaterialsNote = "Bí trồng tại vùng nguyên liệu của HTX ở Ba Bể",
            localLabourMet = true, localLabourNote = "18/20 lao động là người địa phương",
            ideaOriginMet = true, ideaOriginNote = "Ý tưởng từ giống bí bản địa",
            localIdentityMet = true, localIdentityNote = "Gắn với hồ Ba Bể, tri thức canh tác của người Tày",
            communeProposal = "Đề nghị UBND tỉnh đánh giá, phân hạng",
            version = (await GetAsync(client, id)).GetProperty("version").GetInt64(),
        });

    /// <summary>A round of the demo province that still accepts today's proposals (the next statutory one), created if missing.</summary>
    public static async Task<int> OpenRoundAsync(OcopAppFactory app, HttpClient office)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var round = Core.Rounds.RoundCalendar.Default(Core.Rounds.RoundLevel.Province).RoundFor(today);
        var existing = await office.GetFromJsonAsync<JsonElement>($"/api/v1/rounds?year={round.PlanYear}");
        foreach (var r in existing.EnumerateArray())
            if (r.GetProperty("number").GetInt32() == round.Number) return r.GetProperty("id").GetInt32();
        var created = await office.PostAsJsonAsync("/api/v1/rounds", new { planYear = round.PlanYear, number = round.Number });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await created.JsonAsync()).GetProperty("id").GetInt32();
    }
}
