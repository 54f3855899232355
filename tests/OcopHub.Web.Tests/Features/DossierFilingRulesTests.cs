using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Dossiers;
using Dossier = OcopHub.Web.Data.Entities.Dossier;
using Notification = OcopHub.Web.Data.Entities.Notification;
using OcopHub.Web.Tests.Infrastructure;
using static OcopHub.Web.Tests.Infrastructure.DossierSteps;

namespace OcopHub.Web.Tests.Features;

/// <summary>Who files (the producer, or the commune officer for it), one open dossier per product, and the type rules of Art. 6.1, 7.5, 7.6.a.</summary>
public abstract class DossierFilingRulesTests(OcopAppFactory app)
{
    private static int Id(JsonElement d) => d.GetProperty("id").GetInt32();
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    private static async Task<string> DetailAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {body}");
        Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType!.ToString());
        return JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString()!;
    }

    private Task<List<Notification>> NotificationsOfAsync(string userName, int dossierId) => app.WithDbAsync(db =>
        db.Notifications.Where(n => n.Url == $"/Dossiers/Details/{dossierId}" && db.Users.Any(u => u.Id == n.UserId && u.UserName == userName)).ToListAsync());

    [Fact]
    public async Task Commune_officer_creates_edits_and_submits_for_the_producer_who_is_told()
    {
        var commune = await app.ApiAsAsync(Commune);
        var draft = await CreateCompleteDraftAsync(app, commune);
        var id = Id(draft);
        Assert.Equal(Commune, draft.GetProperty("createdBy").GetString());
        Assert.Equal("CommuneOfficer", draft.GetProperty("createdByRole").GetString());
        Assert.True(draft.GetProperty("createdOnBehalfOfProducer").GetBoolean());
        Assert.Equal(["Submit"], draft.GetProperty("availableActions").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains(await NotificationsOfAsync(Producer, id), n => n.Title.Contains("thay mặt chủ thể") && n.Title.Contains(Commune));

        // The officer edits the draft (Mẫu 01) and files it.
        var edit = await commune.PutAsJsonAsync($"/api/v1/dossiers/{id}", new { representativePosition = "Giám đốc", version = draft.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        var submitted = await MoveOkAsync(commune, id, "Submit");
        Assert.Equal("Submitted", submitted.GetProperty("state").GetString());
        var step = Assert.Single(submitted.GetProperty("timeline").EnumerateArray());
        Assert.Equal((Commune, "CommuneOfficer", "UBND cấp xã", true),
            (step.GetProperty("userName").GetString(), step.GetProperty("role").GetString(), step.GetProperty("roleName").GetString(), step.GetProperty("onBehalfOfProducer").GetBoolean()));
        Assert.Contains(await NotificationsOfAsync(Producer, id), n => n.Title.Contains("Nộp hồ sơ (thay mặt chủ thể)"));

        // The page shows who acted and for whom.
        var page = await (await app.PagesAsAsync(Producer)).GetStringAsync($"/Dossiers/Details/{id}");
        Assert.Contains("data-testid=\"on-behalf-event\"", page);
        Assert.Contains("data-testid=\"on-behalf\"", page);
        Assert.Contains("thay mặt chủ thể", page);

        // Returned for completion, the officer may file it again; a producer's own filing is not "on behalf".
        await MoveOkAsync(commune, id, "ReturnForCompletion", "Bổ sung nhãn");
        var again = await MoveOkAsync(await app.ApiAsAsync(Producer), id, "Submit");
        Assert.False(again.GetProperty("timeline").EnumerateArray().Last().GetProperty("onBehalfOfProducer").GetBoolean());
    }

    [Fact]
    public async Task Commune_officer_files_for_the_producer_through_the_pages()
    {
        var productId = await NewProductAsync(app);
        var commune = await app.PagesAsAsync(Commune);
        Assert.Contains("data-testid=\"on-behalf-hint\"", await commune.GetStringAsync("/Dossiers"));
        var created = await commune.PostFormAsync("/Dossiers", new() { ["ProductId"] = productId.ToString(), ["NewType"] = "FirstTime" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1]);
        Assert.Contains("Mẫu 01", await commune.GetStringAsync($"/Dossiers/Edit/{id}"));
        var details = await commune.GetStringAsync($"/Dossiers/Details/{id}");
        Assert.Contains("data-action=\"Submit\"", details);
        Assert.DoesNotContain("data-action=\"Withdraw\"", details);
        Assert.Contains("data-testid=\"on-behalf\"", details);
    }

    [Fact]
    public async Task Only_the_commune_of_the_product_files_for_it_and_the_office_does_not_submit()
    {
        var productId = await NewProductAsync(app);
        var other = await app.ApiAsAsync(OtherCommune);
        var outOfScope = await other.PostAsJsonAsync("/api/v1/dossiers", new { productId, type = "FirstTime" });
        Assert.Contains("phạm vi", await DetailAsync(outOfScope, HttpStatusCode.BadRequest));

        var office = await app.ApiAsAsync(Office);
        var id = Id(await CreateCompleteDraftAsync(app, office, productId: productId));
        Assert.Contains("thẩm quyền thuộc Chủ thể OCOP hoặc UBND cấp xã", await DetailAsync(await MoveAsync(office, id, "Submit"), HttpStatusCode.Forbidden));
        Assert.Equal(HttpStatusCode.NotFound, (await MoveAsync(other, id, "Submit", version: 1)).StatusCode);
        // Filing for the producer is help, not the commune's task: drafts stay out of its inbox.
        var inbox = await (await app.ApiAsAsync(Commune)).GetFromJsonAsync<JsonElement>("/api/v1/dossiers/inbox");
        Assert.DoesNotContain(inbox.EnumerateArray(), d => Id(d) == id);
        Assert.Equal(DossierState.Draft, await app.WithDbAsync(db => db.Dossiers.Where(d => d.Id == id).Select(d => d.State).SingleAsync()));
    }

    [Fact]
    public async Task A_product_has_one_open_dossier_until_it_ends()
    {
        var producer = await app.ApiAsAsync(Producer);
        var productId = await NewProductAsync(app);
        var first = Id(await CreateCompleteDraftAsync(app, producer, productId: productId));
        var second = await producer.PostAsJsonAsync("/api/v1/dossiers", new { productId, type = "FirstTime" });
        var detail = await DetailAsync(second, HttpStatusCode.Conflict);
        Assert.Contains($"đang có hồ sơ số {first} (Lần đầu, trạng thái \"Bản nháp\")", detail);
        Assert.Contains("mỗi sản phẩm chỉ có một hồ sơ đang xử lý", detail);

        // The page says the same in Vietnamese.
        var pages = await app.PagesAsAsync(Producer);
        var form = await pages.PostFormAsync("/Dossiers", new() { ["ProductId"] = productId.ToString(), ["NewType"] = "FirstTime" });
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains($"đang có hồ sơ số {first}", System.Net.WebUtility.HtmlDecode(await form.Content.ReadAsStringAsync()));

        // Once withdrawn (terminal), a new dossier may be opened.
        await MoveOkAsync(producer, first, "Withdraw");
        var third = await CreateCompleteDraftAsync(app, producer, productId: productId);
        Assert.Equal("Draft", third.GetProperty("state").GetString());
        Assert.Equal(1, await app.WithDbAsync(db => db.Dossiers.CountAsync(d => d.ProductId == productId && d.State == DossierState.Draft)));
    }

    [Fact]
    public async Task Concurrent_creations_for_one_product_let_exactly_one_through()
    {
        var productId = await NewProductAsync(app);
        var clients = new[] { await app.ApiAsAsync(Producer), await app.ApiAsAsync(Producer), await app.ApiAsAsync(Commune), await app.ApiAsAsync(Commune), await app.ApiAsAsync(Office) };
        var responses = await Task.WhenAll(clients.Select(c => c.PostAsJsonAsync("/api/v1/dossiers", new { productId, type = "FirstTime" })));
        var codes = responses.Select(r => r.StatusCode).ToList();
        Assert.True(codes.Count(c => c == HttpStatusCode.Created) == 1, string.Join(", ", codes));
        Assert.All(codes.Where(c => c != HttpStatusCode.Created), c => Assert.Equal(HttpStatusCode.Conflict, c));
        foreach (var r in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
            Assert.Contains("mỗi sản phẩm chỉ có một hồ sơ đang xử lý", await DetailAsync(r, HttpStatusCode.Conflict));
        Assert.Equal(1, await app.WithDbAsync(db => db.Dossiers.CountAsync(d => d.ProductId == productId)));
    }

    [Fact]
    public async Task The_database_itself_refuses_a_second_open_dossier_but_not_a_closed_one()
    {
        var producer = await app.ApiAsAsync(Producer);
        var productId = await NewProductAsync(app);
        var id = Id(await CreateCompleteDraftAsync(app, producer, productId: productId));
        Dossier Copy(Dossier d, DossierState state) => new()
        {
            ProductId = d.ProductId, ProducerId = d.ProducerId, ProvinceCode = d.ProvinceCode, CommuneCode = d.CommuneCode, Type = d.Type, State = state,
            RulebookId = d.RulebookId, SetNo = d.SetNo, UnitName = d.UnitName, ProductName = d.ProductName, SectorCode = d.SectorCode, CreatedBy = "test",
        };
        await Assert.ThrowsAsync<DbUpdateException>(() => app.WithDbAsync(async db =>
        {
            db.Dossiers.Add(Copy(await db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == id), DossierState.ProvinceCheck));
            return await db.SaveChangesAsync();
        }));
        Assert.Equal(1, await app.WithDbAsync(async db =>
        {
            db.Dossiers.Add(Copy(await db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == id), DossierState.Rejected));
            return await db.SaveChangesAsync() > 0 ? 1 : 0;
        }));
    }

    [Fact]
    public async Task First_time_needs_no_certificate_and_upgrade_needs_one_below_five_stars()
    {
        var producer = await app.ApiAsAsync(Producer);
        var recognised = await NewProductAsync(app);
        var cert = await RecogniseAsync(app, recognised, 3, Today.AddMonths(-6));
        var firstTime = await DetailAsync(await producer.PostAsJsonAsync("/api/v1/dossiers", new { productId = recognised, type = "FirstTime" }), HttpStatusCode.Conflict);
        Assert.Contains($"giấy chứng nhận số {cert.GetProperty("number").GetString()} (3 sao", firstTime);
        Assert.Contains("Nâng hạng", firstTime);

        var fresh = await NewProductAsync(app);
        Assert.Contains("chưa có, hãy đăng ký lần đầu", await DetailAsync(await producer.PostAsJsonAsync("/api/v1/dossiers", new { productId = fresh, type = "Upgrade" }), HttpStatusCode.Conflict));
        var five = await NewProductAsync(app);
        await RecogniseAsync(app, five, 5, Today.AddMonths(-6), 92m);
        Assert.Contains("đã đạt 5 sao", await DetailAsync(await producer.PostAsJsonAsync("/api/v1/dossiers", new { productId = five, type = "Upgrade" }), HttpStatusCode.Conflict));

        // Upgrade of a 3★ product: allowed, and its changes since recognition are required.
        var upgrade = await CreateCompleteDraftAsync(app, producer, "Upgrade", recognised);
        Assert.Equal(cert.GetProperty("id").GetInt32(), upgrade.GetProperty("basedOnCertificateId").GetInt32());
        Assert.Contains("Điều 6.1.b", await DetailAsync(await MoveAsync(producer, Id(upgrade), "Submit"), HttpStatusCode.BadRequest));
        var version = (await GetAsync(producer, Id(upgrade))).GetProperty("version").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await producer.PutAsJsonAsync($"/api/v1/dossiers/{Id(upgrade)}", new { changesSinceRecognition = "Bao bì mới, đạt ISO 22000", version })).StatusCode);
        Assert.Equal("Submitted", (await MoveOkAsync(producer, Id(upgrade), "Submit")).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Re_evaluation_is_filed_in_its_window_which_marks_the_certificate_until_withdrawn()
    {
        var producer = await app.ApiAsAsync(Producer);
        var productId = await NewProductAsync(app);
        // Expiry in 150 days: today is inside 180 → 120 days before it.
        var cert = await RecogniseAsync(app, productId, 4, Today.AddDays(150).AddMonths(-36));
        var certId = cert.GetProperty("id").GetInt32();
        var id = Id(await CreateCompleteDraftAsync(app, producer, "ReEvaluation", productId));
        var dossier = await GetAsync(producer, id);
        var window = dossier.GetProperty("reEvaluationWindow");
        var expires = DateOnly.Parse(cert.GetProperty("expiresOn").GetString()!);
        Assert.Equal(expires.AddDays(-180).ToString("yyyy-MM-dd"), window.GetProperty("opens").GetString());
        Assert.Equal("InWindow", window.GetProperty("timing").GetString());
        Assert.Contains("data-testid=\"reevaluation-window\"", await (await app.PagesAsAsync(Producer)).GetStringAsync($"/Dossiers/Edit/{id}"));

        await MoveOkAsync(producer, id, "Submit");
        Assert.Equal(Today, await app.WithDbAsync(db => db.Certificates.Where(c => c.Id == certId).Select(c => c.ReEvaluationFiledOn).SingleAsync()));
        var certificate = await producer.GetFromJsonAsync<JsonElement>($"/api/v1/certificates/{certId}");
        Assert.Equal(Today.ToString("yyyy-MM-dd"), certificate.GetProperty("reEvaluationFiledOn").GetString());

        await MoveOkAsync(producer, id, "Withdraw", "Chủ thể rút hồ sơ");
        Assert.Null(await app.WithDbAsync(db => db.Certificates.Where(c => c.Id == certId).Select(c => c.ReEvaluationFiledOn).SingleAsync()));
    }

    [Theory]
    [InlineData(300, "Chưa đến thời gian nộp hồ sơ đánh giá lại")]
    [InlineData(60, "Đã quá thời hạn nộp hồ sơ đánh giá lại")]
    public async Task Re_evaluation_outside_the_window_is_refused_with_the_dates(int daysToExpiry, string refusal)
    {
        var producer = await app.ApiAsAsync(Producer);
        var productId = await NewProductAsync(app);
        var cert = await RecogniseAsync(app, productId, 3, Today.AddDays(daysToExpiry).AddMonths(-36));
        var expires = DateOnly.Parse(cert.GetProperty("expiresOn").GetString()!);
        var id = Id(await CreateCompleteDraftAsync(app, producer, "ReEvaluation", productId)); // a draft may be prepared early
        var detail = await DetailAsync(await MoveAsync(producer, id, "Submit"), HttpStatusCode.Conflict);
        Assert.StartsWith(refusal, detail);
        Assert.Contains($"từ {expires.AddDays(-180):dd/MM/yyyy} đến", detail);
        Assert.Contains($"hết hạn {expires:dd/MM/yyyy}", detail);
        // The page warns before the producer tries.
        Assert.Contains(refusal, await (await app.PagesAsAsync(Producer)).GetStringAsync($"/Dossiers/Details/{id}"));
        Assert.Equal(DossierState.Draft, await app.WithDbAsync(db => db.Dossiers.Where(d => d.Id == id).Select(d => d.State).SingleAsync()));
        Assert.Null(await app.WithDbAsync(db => db.Certificates.Where(c => c.Id == cert.GetProperty("id").GetInt32()).Select(c => c.ReEvaluationFiledOn).SingleAsync()));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DossierFilingRulesSqliteTests(SqliteAppFactory app) : DossierFilingRulesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DossierFilingRulesPostgresTests(PostgresAppFactory app) : DossierFilingRulesTests(app);
