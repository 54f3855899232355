using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Tests.Infrastructure;
using static OcopHub.Web.Tests.Infrastructure.DossierSteps;
using static OcopHub.Web.Tests.Infrastructure.ResultSteps;

namespace OcopHub.Web.Tests.Features;

/// <summary>From the council's closed evaluations to decisions (Art. 7.3.đ–g, 7.4): recognition, notices, the Ministry step and its fallback.</summary>
public abstract class ResultDecisionTests(OcopAppFactory app)
{
    private static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    private static async Task<JsonElement> PendingAsync(HttpClient client, string level, int id)
    {
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/recognitions/{level}/pending");
        return list.EnumerateArray().Single(r => r.GetProperty("dossierId").GetInt32() == id);
    }

    /// <summary>The user's notifications about the dossier's product (each test's products have unique names).</summary>
    private Task<List<Web.Data.Entities.Notification>> NotificationsAsync(string userName, int dossierId) =>
        app.WithDbAsync(async db =>
        {
            var name = await db.Dossiers.Where(d => d.Id == dossierId).Select(d => d.ProductName).SingleAsync();
            var mine = await db.Notifications.Where(n => db.Users.Any(u => u.Id == n.UserId && u.UserName == userName)).ToListAsync();
            return mine.Where(n => n.Title.Contains($"\"{name}\"")).ToList();
        });

    [Fact]
    public async Task The_province_recognises_3_and_4_star_results_in_one_decision_with_the_evaluations_stars_and_points()
    {
        var (a, ea) = await ScoredAsync(app, await AnswersForStarsAsync(app, 3), "Bí đỏ ba sao");
        var (b, eb) = await ScoredAsync(app, await AnswersForStarsAsync(app, 4), "Bí đỏ bốn sao");
        Assert.Equal(3, ea.Stars);
        Assert.Equal(4, eb.Stars);
        var office = await app.ApiAsAsync(Office);
        var pa = await PendingAsync(office, "province", a);
        Assert.Equal("RecogniseAtProvince", pa.GetProperty("choice").GetString());
        Assert.Equal(ea.Average, pa.GetProperty("evaluation").GetProperty("average").GetDecimal());
        Assert.False(string.IsNullOrEmpty(pa.GetProperty("roundName").GetString()));

        // Stars and points in the request are not part of the input: the evaluation's are used.
        var number = UniqueNumber("QĐ-UBND");
        var decision = await CreatedAsync(await office.PostAsJsonAsync("/api/v1/recognitions/province", Decision(number,
            new { dossierId = a, version = await VersionAsync(office, a), stars = 5, points = 99 },
            new { dossierId = b, version = await VersionAsync(office, b) })));
        Assert.Equal("province", decision.GetProperty("level").GetString());
        var certs = decision.GetProperty("certificates").EnumerateArray().ToList();
        Assert.Equal(2, certs.Count);
        var ca = certs.Single(c => c.GetProperty("dossierId").GetInt32() == a);
        Assert.Equal(3, ca.GetProperty("stars").GetInt32());
        Assert.Equal(Math.Round(ea.Average, 2), ca.GetProperty("points").GetDecimal());
        Assert.Equal(ea.Id, ca.GetProperty("evaluationId").GetInt32());
        Assert.Matches(@"^\d{3}/\d{4}/OCOP-19$", ca.GetProperty("number").GetString());
        Assert.Equal(4, certs.Single(c => c.GetProperty("dossierId").GetInt32() == b).GetProperty("stars").GetInt32());

        // Each dossier moved through the workflow: state, timeline, audit, notifications to producer and commune.
        Assert.Equal("Recognised", await StateAsync(office, a));
        var events = await app.WithDbAsync(db => db.DossierEvents.Where(e => e.DossierId == a).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(Core.Dossiers.DossierAction.Recognise, events[^1].Action);
        Assert.Contains(number, events[^1].Note);
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(x => x.EntityType == "Dossier" && x.EntityId == a.ToString() && x.UserName == Office).ToListAsync());
        Assert.Contains(audit, x => x.After!.Contains("Recognised"));
        Assert.Contains(await NotificationsAsync(Producer, a), n => n.Title.Contains("được công nhận sản phẩm OCOP 3 sao"));
        Assert.Contains(await NotificationsAsync(Commune, a), n => n.Title.Contains("được công nhận"));

        // The product's stars follow; the producer downloads its own certificate, another commune does not find it.
        var product = await (await office.GetAsync($"/api/v1/products/{ca.GetProperty("productId").GetInt32()}")).JsonAsync();
        Assert.Equal(3, product.GetProperty("currentStars").GetInt32());
        var pdf = await (await app.ApiAsAsync(Producer)).GetAsync($"/api/v1/certificates/{ca.GetProperty("id").GetInt32()}/pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("%PDF-", Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..5]));
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsAsync(OtherCommune)).GetAsync($"/api/v1/certificates/{ca.GetProperty("id").GetInt32()}/pdf")).StatusCode);

        // Recognised once: the same dossier cannot be decided again.
        var again = await office.PostAsJsonAsync("/api/v1/recognitions/province", Decision(UniqueNumber("QĐ-UBND"), new { dossierId = a, version = await VersionAsync(office, a) }));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("đang ở trạng thái", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_decision_with_one_invalid_item_writes_nothing()
    {
        var (a, _) = await ScoredAsync(app, await AnswersForStarsAsync(app, 3), "Bí xanh hợp lệ");
        var (low, _) = await ScoredAsync(app, await AnswersForStarsAsync(app, 2), "Bí xanh hai sao");
        var (high, _) = await ScoredAsync(app, await AnswersForStarsAsync(app, 5), "Bí xanh chín mươi");
        var office = await app.ApiAsAsync(Office);
        var number = UniqueNumber("QĐ-UBND");
        var refused = await office.PostAsJsonAsync("/api/v1/recognitions/province", Decision(number,
            new { dossierId = a, version = await VersionAsync(office, a) },
            new { dossierId = low, version = await VersionAsync(office, low) },
            new { dossierId = high, version = await VersionAsync(office, high) },
            new { dossierId = 987654, version = 1 }));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.JsonAsync()).GetProperty("errors");
        Assert.Contains("dưới 3 sao", errors.GetProperty("items[1]")[0].GetString());
        Assert.Contains("Điều 7.3.e", errors.GetProperty("items[2]")[0].GetString());
        Assert.Contains("987654", errors.GetProperty("items[3].dossierId")[0].GetString());

        // Nothing was written: no decision, no certificate, the valid dossier still waits.
        Assert.False(await app.WithDbAsync(db => db.RecognitionDecisions.AnyAsync(d => d.Number == number)));
        Assert.False(await app.WithDbAsync(db => db.Certificates.AnyAsync(c => c.DossierId == a)));
        Assert.Equal("ProvincialDecision", await StateAsync(office, a));

        // A stale version refuses the whole decision (409); missing fields are named.
        var stale = await office.PostAsJsonAsync("/api/v1/recognitions/province", Decision(number, new { dossierId = a, version = await VersionAsync(office, a) - 1 }));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var empty = await office.PostAsJsonAsync("/api/v1/recognitions/province", new { items = new[] { new { dossierId = a, version = await VersionAsync(office, a) } } });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var body = (await empty.JsonAsync()).GetProperty("errors");
        Assert.True(body.TryGetProperty("number", out _) && body.TryGetProperty("signerName", out _));
        Assert.False(await app.WithDbAsync(db => db.Certificates.AnyAsync(c => c.DossierId == a)));

        // Roles and scope: the Ministry does not sign provincial decisions, a commune has no access, another province does not see the dossier.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsAsync(Ministry)).PostAsJsonAsync("/api/v1/recognitions/province", Decision(number, new { dossierId = a, version = 1 }))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsAsync(Commune)).PostAsJsonAsync("/api/v1/recognitions/province", Decision(number, new { dossierId = a, version = 1 }))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsAsync(Commune)).GetAsync("/api/v1/recognitions/province/pending")).StatusCode);

        // The generic transition cannot recognise without a decision, nor bypass the score guards.
        var generic = await MoveAsync(office, a, "Recognise");
        Assert.Equal(HttpStatusCode.Conflict, generic.StatusCode);
        Assert.Contains("/Certificates/Decide", await generic.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, (await MoveAsync(office, high, "DeclineRecognition")).StatusCode);
        Assert.DoesNotContain("Recognise", (await GetAsync(office, a)).GetProperty("availableActions").EnumerateArray().Select(x => x.GetString()));
    }

    [Fact]
    public async Task Results_below_3_stars_are_declined_with_a_written_notice_and_what_to_improve()
    {
        var (c, ec) = await ScoredAsync(app, await AnswersForStarsAsync(app, 2), "Bí xanh thông báo");
        var office = await app.ApiAsAsync(Office);
        Assert.Equal("Decline", (await PendingAsync(office, "province", c)).GetProperty("choice").GetString());

        // A 3★ result cannot be declined; a missing version is a 400.
        var (three, _) = await ScoredAsync(app, await AnswersForStarsAsync(app, 3), "Bí xanh không từ chối");
        var notDeclinable = await office.PostAsJsonAsync($"/api/v1/dossiers/{three}/decline", new { version = await VersionAsync(office, three) });
        Assert.Equal(HttpStatusCode.Conflict, notDeclinable.StatusCode);
        Assert.Contains("3 sao", await notDeclinable.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await office.PostAsJsonAsync($"/api/v1/dossiers/{c}/decline", new { note = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsAsync(Ministry)).PostAsJsonAsync($"/api/v1/dossiers/{c}/decline", new { version = 1 })).StatusCode);

        var declined = await OkAsync(await office.PostAsJsonAsync($"/api/v1/dossiers/{c}/decline",
            new { version = await VersionAsync(office, c), note = "Đề nghị hoàn thiện bao bì và truy xuất nguồn gốc." }));
        Assert.Equal("NotRecognised", declined.GetProperty("state").GetString());

        // The producer's notification carries the explanation and the criteria to raise; it opens the notice.
        var notice = Assert.Single(await NotificationsAsync(Producer, c), n => n.Title.StartsWith("Thông báo kết quả"));
        Assert.Equal($"/Certificates/Notice/{c}", notice.Url);
        Assert.Contains(ec.ExplanationVi, notice.Body);
        Assert.Matches(@"Để đạt [23] sao cần nâng các tiêu chí:", notice.Body);
        Assert.Contains("lên phương án", notice.Body);
        Assert.Contains("hoàn thiện bao bì", notice.Body);
        Assert.Contains(await NotificationsAsync(Commune, c), n => n.Title.StartsWith("Thông báo kết quả"));

        var producer = await app.ApiAsAsync(Producer);
        var pdf = await producer.GetAsync($"/api/v1/dossiers/{c}/result-notice.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF-", Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..5]));
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsAsync(OtherCommune)).GetAsync($"/api/v1/dossiers/{c}/result-notice.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await producer.GetAsync($"/api/v1/dossiers/{three}/result-notice.pdf")).StatusCode);

        var page = await app.PagesAsAsync(Producer);
        var html = await page.GetStringAsync($"/Certificates/Notice/{c}");
        Assert.Contains("data-testid=\"improvements\"", html);
        Assert.Contains("hoàn thiện bao bì", html);
        Assert.Equal(HttpStatusCode.OK, (await page.GetAsync($"/Certificates/Notice/{c}?handler=Pdf")).StatusCode);
        Assert.Contains("sao cần nâng các tiêu chí", await page.GetStringAsync("/Notifications"));

        // In bulk: two more at once, all or nothing.
        var (d1, _) = await ScoredAsync(app, await AnswersForStarsAsync(app, 2), "Bí xanh loạt một");
        var (d2, _) = await ScoredAsync(app, await AnswersForStarsAsync(app, 2), "Bí xanh loạt hai");
        var mixed = await office.PostAsJsonAsync("/api/v1/recognitions/province/declines", new
        {
            items = new[] { new { dossierId = d1, version = await VersionAsync(office, d1) }, new { dossierId = three, version = await VersionAsync(office, three) } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, mixed.StatusCode);
        Assert.Equal("ProvincialDecision", await StateAsync(office, d1));
        var batch = await OkAsync(await office.PostAsJsonAsync("/api/v1/recognitions/province/declines", new
        {
            items = new[] { new { dossierId = d1, version = await VersionAsync(office, d1) }, new { dossierId = d2, version = await VersionAsync(office, d2) } },
        }));
        Assert.Equal(2, batch.GetProperty("count").GetInt32());
        Assert.Equal("NotRecognised", await StateAsync(office, d2));
    }

    [Fact]
    public async Task A_result_of_90_goes_through_the_council_to_the_ministry_and_comes_back_5_stars()
    {
        // The whole way through the council's API, with every member at the best option: 100 points.
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
        var chair = await app.ApiAsAsync(Council);
        await OkAsync(await chair.PostAsJsonAsync($"/api/v1/dossiers/{id}/evaluation/open", new { version = await VersionAsync(chair, id) }));
        var full = await FullAnswersAsync(app);
        foreach (var member in new[] { Council, "hoidong2.thainguyen", "hoidong3.thainguyen" })
            await OkAsync(await (await app.ApiAsAsync(member)).PostAsJsonAsync($"/api/v1/dossiers/{id}/score-sheets/mine/submit", new { answers = full, version = 0 }));
        await OkAsync(await chair.PostAsJsonAsync($"/api/v1/dossiers/{id}/evaluation/close", new { version = await VersionAsync(chair, id) }));
        Assert.Equal("ProvincialDecision", await StateAsync(office, id));

        // The province cannot recognise ≥ 90 at 3/4★ without the central step, nor decline it.
        Assert.Equal("ForwardToMinistry", (await PendingAsync(office, "province", id)).GetProperty("choice").GetString());
        var refused = await office.PostAsJsonAsync("/api/v1/recognitions/province", Decision(UniqueNumber("QĐ-UBND"), new { dossierId = id, version = await VersionAsync(office, id) }));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Điều 7.3.e", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, (await office.PostAsJsonAsync($"/api/v1/dossiers/{id}/decline", new { version = await VersionAsync(office, id) })).StatusCode);

        var forwarded = await OkAsync(await office.PostAsJsonAsync($"/api/v1/dossiers/{id}/forward-to-ministry", new { version = await VersionAsync(office, id) }));
        Assert.Equal("CentralReview", forwarded.GetProperty("state").GetString());
        Assert.Contains(await app.WithDbAsync(db => db.Notifications.Where(n => db.Users.Any(u => u.Id == n.UserId && u.UserName == Ministry)).ToListAsync()),
            n => n.Url == "/Certificates/National" && n.Body!.Contains("100 điểm"));

        // The Ministry waits for its central council; the provincial 100 points are not enough.
        var ministry = await app.ApiAsAsync(Ministry);
        Assert.Equal("AwaitingCentralCouncil", (await PendingAsync(ministry, "national", id)).GetProperty("choice").GetString());
        var early = await ministry.PostAsJsonAsync("/api/v1/recognitions/national", Decision(UniqueNumber("QĐ-BNNMT"), new { dossierId = id, version = await VersionAsync(ministry, id) }));
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("chưa có kết quả", await early.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await office.PostAsJsonAsync("/api/v1/recognitions/national", Decision(UniqueNumber("QĐ-BNNMT"), new { dossierId = id, version = 1 }))).StatusCode);

        var central = await CentralEvaluationAsync(app, id, 95m, 5);
        var pending = await PendingAsync(ministry, "national", id);
        Assert.Equal("RecogniseFiveStars", pending.GetProperty("choice").GetString());
        Assert.True(pending.GetProperty("evaluation").GetProperty("isCentral").GetBoolean());
        var decision = await CreatedAsync(await ministry.PostAsJsonAsync("/api/v1/recognitions/national",
            Decision(UniqueNumber("QĐ-BNNMT"), new { dossierId = id, version = await VersionAsync(ministry, id) })));
        Assert.Equal("national", decision.GetProperty("level").GetString());
        var cert = decision.GetProperty("certificates")[0];
        Assert.Equal(5, cert.GetProperty("stars").GetInt32());
        Assert.Equal(95m, cert.GetProperty("points").GetDecimal());
        Assert.Equal(central.Id, cert.GetProperty("evaluationId").GetInt32());
        Assert.Matches(@"^\d{3}/\d{4}/OCOP-TW$", cert.GetProperty("number").GetString());
        Assert.Equal("Recognised", await StateAsync(office, id));
        Assert.Contains(await NotificationsAsync(Office, id), n => n.Title.Contains("5 sao"));
        Assert.Equal(HttpStatusCode.OK, (await producer.GetAsync($"/api/v1/certificates/{cert.GetProperty("id").GetInt32()}/pdf")).StatusCode);
    }

    [Fact]
    public async Task A_central_result_below_90_comes_back_and_the_province_recognises_it_or_re_evaluates()
    {
        var answers = await AnswersForStarsAsync(app, 5);
        var (a, _) = await ScoredAsync(app, answers, "Bí xanh trả về một");
        var (b, _) = await ScoredAsync(app, answers, "Bí xanh trả về hai");
        var (c, _) = await ScoredAsync(app, answers, "Bí đỏ bị loại");
        var office = await app.ApiAsAsync(Office);
        var items = new List<object>();
        foreach (var id in new[] { a, b, c }) items.Add(new { dossierId = id, version = await VersionAsync(office, id) });
        var forwarded = await OkAsync(await office.PostAsJsonAsync("/api/v1/recognitions/province/forwards", new { items }));
        Assert.Equal(3, forwarded.GetProperty("count").GetInt32());
        await CentralEvaluationAsync(app, a, 86m, 4);
        await CentralEvaluationAsync(app, b, 86m, 4);

        var ministry = await app.ApiAsAsync(Ministry);
        Assert.Equal("ReturnToProvince", (await PendingAsync(ministry, "national", a)).GetProperty("choice").GetString());
        var notFive = await ministry.PostAsJsonAsync("/api/v1/recognitions/national", Decision(UniqueNumber("QĐ-BNNMT"), new { dossierId = a, version = await VersionAsync(ministry, a) }));
        Assert.Equal(HttpStatusCode.BadRequest, notFive.StatusCode);
        Assert.Contains("không đạt 5 sao", await notFive.Content.ReadAsStringAsync());

        // Returning needs a reason; only the Ministry returns.
        Assert.Equal(HttpStatusCode.BadRequest, (await ministry.PostAsJsonAsync($"/api/v1/dossiers/{a}/return-to-province", new { version = await VersionAsync(ministry, a) })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await office.PostAsJsonAsync($"/api/v1/dossiers/{a}/return-to-province", new { version = await VersionAsync(office, a), note = "x" })).StatusCode);
        foreach (var id in new[] { a, b })
            await OkAsync(await ministry.PostAsJsonAsync($"/api/v1/dossiers/{id}/return-to-province", new { version = await VersionAsync(ministry, id), note = "Hội đồng cấp trung ương chấm 86 điểm." }));
        Assert.Contains(await NotificationsAsync(Office, a), n => n.Title.StartsWith("Bộ trả hồ sơ về tỉnh"));

        // The Ministry rejects the third, with a reason.
        Assert.Equal(HttpStatusCode.BadRequest, (await ministry.PostAsJsonAsync($"/api/v1/dossiers/{c}/central-reject", new { version = await VersionAsync(ministry, c) })).StatusCode);
        await OkAsync(await ministry.PostAsJsonAsync($"/api/v1/dossiers/{c}/central-reject", new { version = await VersionAsync(ministry, c), note = "Hồ sơ minh chứng không trung thực." }));
        Assert.Equal("Rejected", await StateAsync(office, c));

        // Back at the province: the central result, not the provincial 100 points, decides (Art. 7.4.g).
        var pa = await PendingAsync(office, "province", a);
        Assert.True(pa.GetProperty("returnedFromCentral").GetBoolean());
        Assert.Equal("RecogniseAtProvince", pa.GetProperty("choice").GetString());
        Assert.Equal("Kết quả Hội đồng cấp trung ương: 86 điểm — có thể công nhận 4 sao", pa.GetProperty("summary").GetString());
        var pages = await app.PagesAsAsync(Office);
        Assert.Contains("Kết quả Hội đồng cấp trung ương: 86 điểm — có thể công nhận 4 sao", await pages.GetStringAsync("/Certificates/Decide"));

        var decision = await CreatedAsync(await office.PostAsJsonAsync("/api/v1/recognitions/province", Decision(UniqueNumber("QĐ-UBND"), new { dossierId = a, version = await VersionAsync(office, a) })));
        var cert = decision.GetProperty("certificates")[0];
        Assert.Equal(4, cert.GetProperty("stars").GetInt32());
        Assert.Equal(86m, cert.GetProperty("points").GetDecimal());
        Assert.EndsWith("/OCOP-19", cert.GetProperty("number").GetString());
        Assert.Equal("Recognised", await StateAsync(office, a));

        // Or the province organises a new evaluation: the dossier goes back to a round.
        var roundId = await OpenRoundAsync(app, office);
        var reassigned = await pages.PostFormAsync("/Certificates/Decide?handler=Reassign",
            new() { ["dossierId"] = b.ToString(), ["version"] = (await VersionAsync(office, b)).ToString(), ["roundId"] = roundId.ToString() }, formPage: "/Certificates/Decide");
        Assert.Equal(HttpStatusCode.Redirect, reassigned.StatusCode);
        var after = await GetAsync(office, b);
        Assert.Equal("AssignedToRound", after.GetProperty("state").GetString());
    }

    [Fact]
    public async Task The_paper_record_refuses_a_product_whose_dossier_awaits_a_decision()
    {
        var (a, _) = await ScoredAsync(app, await AnswersForStarsAsync(app, 4), "Bí xanh giấy");
        var office = await app.ApiAsAsync(Office);
        var productId = await app.WithDbAsync(db => db.Dossiers.Where(d => d.Id == a).Select(d => d.ProductId).SingleAsync());
        var refused = await office.PostAsJsonAsync("/api/v1/decisions", Decision(UniqueNumber("QĐ-UBND"), new { productId, stars = 4, points = 80 }));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("/Certificates/Decide", (await refused.JsonAsync()).GetProperty("errors").GetProperty("items[0].productId")[0].GetString());

        var page = await app.PagesAsAsync(Office);
        var form = new Dictionary<string, string>
        {
            ["Number"] = UniqueNumber("QĐ-UBND"), ["DecisionDate"] = Today, ["SignerName"] = "Nguyễn Văn Chủ", ["SignerTitle"] = "Phó Chủ tịch",
            ["Items[0].ProductId"] = productId.ToString(), ["Items[0].Stars"] = "4", ["Items[0].Points"] = "80",
        };
        var posted = await page.PostFormAsync("/Certificates/Record", form);
        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Contains("/Certificates/Decide", await posted.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_office_decides_on_the_page_and_others_cannot_open_it()
    {
        var (a, ea) = await ScoredAsync(app, await AnswersForStarsAsync(app, 4), "Bí xanh trang quyết định");
        var page = await app.PagesAsAsync(Office);
        var html = await page.GetStringAsync("/Certificates/Decide");
        Assert.Contains($"data-dossier=\"{a}\"", html);
        Assert.Contains("có thể công nhận 4 sao", html);
        Assert.Contains("href=\"/Certificates/Decide\"", await page.GetStringAsync("/Certificates"));
        Assert.Contains("href=\"/Certificates/Decide\"", await page.GetStringAsync("/Dossiers/Inbox"));
        Assert.Contains("data-testid=\"result-decision\"", await page.GetStringAsync($"/Dossiers/Details/{a}"));

        var office = await app.ApiAsAsync(Office);
        var form = new Dictionary<string, string>
        {
            ["Number"] = "", ["DecisionDate"] = Today, ["SignerName"] = "Nguyễn Văn Chủ", ["SignerTitle"] = "Phó Chủ tịch",
            ["Selected"] = $"{a}:{await VersionAsync(office, a)}",
        };
        var missing = await page.PostFormAsync("/Certificates/Decide?handler=Recognise", form, formPage: "/Certificates/Decide");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("Vui lòng nhập số quyết định.", await missing.Content.ReadAsStringAsync());
        form["Number"] = UniqueNumber("QĐ-UBND");
        var done = await page.PostFormAsync("/Certificates/Decide?handler=Recognise", form, formPage: "/Certificates/Decide");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.StartsWith("/Certificates/Decision", done.Headers.Location!.OriginalString);
        var cert = await app.WithDbAsync(db => db.Certificates.SingleAsync(c => c.DossierId == a));
        Assert.Equal(ea.Stars, cert.Stars);

        foreach (var user in new[] { Ministry, Producer, Commune })
        {
            var response = await (await app.PagesAsAsync(user)).GetAsync("/Certificates/Decide");
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.PathAndQuery.StartsWith("/Account/AccessDenied"), $"{user}: {response.StatusCode}");
        }
        Assert.Equal(HttpStatusCode.OK, (await (await app.PagesAsAsync(Ministry)).GetAsync("/Certificates/National")).StatusCode);
        var denied = await page.GetAsync("/Certificates/National");
        Assert.StartsWith("/Account/AccessDenied", denied.Headers.Location!.PathAndQuery);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ResultDecisionSqliteTests(SqliteAppFactory app) : ResultDecisionTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ResultDecisionPostgresTests(PostgresAppFactory app) : ResultDecisionTests(app);
