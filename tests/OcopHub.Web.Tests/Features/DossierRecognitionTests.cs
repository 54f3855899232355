using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Dossiers;
using OcopHub.Web.Tests.Infrastructure;
using static OcopHub.Web.Tests.Infrastructure.DossierSteps;

namespace OcopHub.Web.Tests.Features;

/// <summary>
/// What a dossier shows beyond its own forms: the changes since the recognition it starts from, the councils'
/// evaluations, and the Mẫu 01 PDF.
/// </summary>
public abstract partial class DossierRecognitionTests(OcopAppFactory app)
{
    private static int Id(JsonElement d) => d.GetProperty("id").GetInt32();
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    private Task SetStateAsync(int id, DossierState state) => app.WithDbAsync(async db =>
    {
        var d = await db.Dossiers.SingleAsync(x => x.Id == id);
        d.State = state;
        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task Upgrade_shows_what_changed_since_the_recognised_dossier()
    {
        var producer = await app.ApiAsAsync(Producer);
        var productId = await NewProductAsync(app);
        var sheet = await producer.GetFromJsonAsync<JsonElement>("/api/v1/rulebooks/26-2026/sets/1");
        var first = sheet.GetProperty("parts")[0].GetProperty("groups")[0].GetProperty("criteria")[0];
        var options = first.GetProperty("options").EnumerateArray().Where(o => !o.GetProperty("knockOut").GetBoolean())
            .OrderBy(o => o.GetProperty("points").GetDecimal()).ToList();
        var code = first.GetProperty("code").GetString()!;
        var best = await FullAnswersAsync(app);
        var earlier = new Dictionary<string, string>(best) { [code] = options[0].GetProperty("letter").GetString()! };

        // The recognised dossier (its council step stood in for by the state), and the certificate issued from it.
        var recognised = Id(await CreateCompleteDraftAsync(app, producer, productId: productId, answers: earlier));
        await SetStateAsync(recognised, DossierState.Recognised);
        var cert = await RecogniseAsync(app, productId, 4, Today.AddMonths(-8), 78.5m, recognised);

        var draft = await CreateCompleteDraftAsync(app, producer, "Upgrade", productId, best, "Đầu tư dây chuyền sấy lạnh; đạt ISO 22000.");
        var version = draft.GetProperty("version").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await producer.PutAsJsonAsync($"/api/v1/dossiers/{Id(draft)}", new { phone = "0988888888", version })).StatusCode);
        var dto = await GetAsync(producer, Id(draft));
        var c = dto.GetProperty("recognitionComparison");
        Assert.True(c.GetProperty("detailed").GetBoolean());
        var previous = c.GetProperty("previous");
        Assert.Equal((4, 78.5m, recognised, cert.GetProperty("number").GetString()),
            (previous.GetProperty("stars").GetInt32(), previous.GetProperty("points").GetDecimal(), previous.GetProperty("dossierId").GetInt32(), previous.GetProperty("certificateNumber").GetString()));
        Assert.Equal(5, c.GetProperty("upgradeTarget").GetInt32());
        Assert.Equal(100m, c.GetProperty("newSelfTotal").GetDecimal());
        var field = Assert.Single(c.GetProperty("fields").EnumerateArray());
        Assert.Equal(("Điện thoại", "0912345678", "0988888888"), (field.GetProperty("label").GetString(), field.GetProperty("before").GetString(), field.GetProperty("after").GetString()));
        var answer = Assert.Single(c.GetProperty("answers").EnumerateArray());
        Assert.Equal((code, options[0].GetProperty("letter").GetString(), options[0].GetProperty("points").GetDecimal(), best[code], options[^1].GetProperty("points").GetDecimal()),
            (answer.GetProperty("code").GetString(), answer.GetProperty("before").GetString(), answer.GetProperty("beforePoints").GetDecimal(),
                answer.GetProperty("after").GetString(), answer.GetProperty("afterPoints").GetDecimal()));
        Assert.Equal("Đầu tư dây chuyền sấy lạnh; đạt ISO 22000.", c.GetProperty("changesSinceRecognition").GetString());

        var page = WebUtility.HtmlDecode(await (await app.PagesAsAsync(Producer)).GetStringAsync($"/Dossiers/Details/{Id(draft)}"));
        Assert.Contains("Thay đổi so với lần được công nhận", page);
        Assert.Contains($"data-criterion=\"{code}\"", page);
        Assert.Contains("0988888888", page);
        Assert.Contains("Đầu tư dây chuyền sấy lạnh", page);
        Assert.Contains(cert.GetProperty("number").GetString()!, page);
    }

    [Fact]
    public async Task A_paper_recognition_shows_the_previous_result_and_says_no_detailed_comparison()
    {
        var producer = await app.ApiAsAsync(Producer);
        var productId = await NewProductAsync(app);
        var cert = await RecogniseAsync(app, productId, 3, Today.AddDays(150).AddMonths(-36), 61m);
        var id = Id(await CreateCompleteDraftAsync(app, producer, "ReEvaluation", productId));
        var c = (await GetAsync(producer, id)).GetProperty("recognitionComparison");
        Assert.False(c.GetProperty("detailed").GetBoolean());
        Assert.Contains("không so sánh chi tiết được", c.GetProperty("unavailableReason").GetString());
        Assert.Equal((3, 61m, JsonValueKind.Null), (c.GetProperty("previous").GetProperty("stars").GetInt32(), c.GetProperty("previous").GetProperty("points").GetDecimal(),
            c.GetProperty("previous").GetProperty("dossierId").ValueKind));
        Assert.Empty(c.GetProperty("answers").EnumerateArray());
        var page = WebUtility.HtmlDecode(await (await app.PagesAsAsync(Producer)).GetStringAsync($"/Dossiers/Details/{id}"));
        Assert.Contains("data-testid=\"comparison-unavailable\"", page);
        Assert.Contains(cert.GetProperty("number").GetString()!, page);
        Assert.Contains("data-testid=\"reevaluation-window\"", page);

        // A first-time dossier has nothing to compare with.
        var fresh = Id(await CreateCompleteDraftAsync(app, producer));
        Assert.Equal(JsonValueKind.Null, (await GetAsync(producer, fresh)).GetProperty("recognitionComparison").ValueKind);
    }

    [Fact]
    public async Task The_councils_evaluations_show_in_order_on_the_dossier()
    {
        var producer = await app.ApiAsAsync(Producer);
        var id = Id(await CreateCompleteDraftAsync(app, producer));
        Assert.Empty((await GetAsync(producer, id)).GetProperty("evaluations").EnumerateArray());
        var (provincial, central) = await app.WithDbAsync(async db =>
        {
            var council = await db.Councils.OrderBy(x => x.Id).FirstAsync(x => x.ProvinceCode == "19");
            var centre = new Web.Data.Entities.Council { ProvinceCode = "TW", Name = $"Hội đồng cấp trung ương {Guid.NewGuid():N}"[..33], TermFrom = new(2026, 1, 1), TermTo = new(2030, 12, 31), ChairUserId = council.ChairUserId };
            db.Councils.Add(centre);
            await db.SaveChangesAsync();
            Web.Data.Entities.Evaluation Eval(int councilId, decimal avg, int stars, string outcome, string by, DateTime at) => new()
            {
                DossierId = id, CouncilId = councilId, RulebookId = "26-2026", SetNo = 1, Average = avg, Band = stars, Stars = stars, Spread = 4m,
                Outcome = outcome, ExplanationVi = $"Điểm trung bình {avg}", ClosedBy = by, ClosedAt = at,
            };
            // Stored in reverse order: the page orders by the closing time.
            var c = Eval(centre.Id, 88.25m, 4, "RecogniseAtProvince", "bo.nnmt", new DateTime(2026, 10, 2, 3, 0, 0, DateTimeKind.Utc));
            var p = Eval(council.Id, 91.5m, 5, "ForwardToMinistry", Council, new DateTime(2026, 9, 1, 2, 30, 0, DateTimeKind.Utc));
            db.Evaluations.AddRange(c, p);
            await db.SaveChangesAsync();
            return ((council.Name, p.Id), (centre.Name, c.Id));
        });

        var list = (await GetAsync(producer, id)).GetProperty("evaluations").EnumerateArray().ToList();
        Assert.Equal([provincial.Item2, central.Item2], list.Select(e => e.GetProperty("id").GetInt32()));
        Assert.Equal((91.5m, 5, "ForwardToMinistry", Council, provincial.Name),
            (list[0].GetProperty("average").GetDecimal(), list[0].GetProperty("stars").GetInt32(), list[0].GetProperty("outcome").GetString(),
                list[0].GetProperty("closedBy").GetString(), list[0].GetProperty("councilName").GetString()));
        Assert.Contains("90 điểm", list[0].GetProperty("outcomeName").GetString());
        Assert.Equal("Điểm trung bình 91.5", list[0].GetProperty("explanation").GetString());
        Assert.Equal(DateTime.Parse("2026-09-01T02:30:00Z").ToUniversalTime(), list[0].GetProperty("closedAt").GetDateTime().ToUniversalTime());
        Assert.Equal(central.Name, list[1].GetProperty("councilName").GetString());

        var page = WebUtility.HtmlDecode(await (await app.PagesAsAsync(Producer)).GetStringAsync($"/Dossiers/Details/{id}"));
        var first = page.IndexOf($"data-evaluation=\"{provincial.Item2}\"", StringComparison.Ordinal);
        var second = page.IndexOf($"data-evaluation=\"{central.Item2}\"", StringComparison.Ordinal);
        Assert.True(first > 0 && second > first, "provincial evaluation first, then central");
        Assert.Contains("91.5", page);
        Assert.Contains("01/09/2026 09:30", page); // closed at, Vietnam time
    }

    [Fact]
    public async Task A_typical_registration_form_fits_on_one_page_with_its_signatures()
    {
        var producer = await app.ApiAsAsync(Producer);
        var draft = await CreateCompleteDraftAsync(app, producer);
        var id = Id(draft);
        var version = draft.GetProperty("version").GetInt64();
        var put = await producer.PutAsJsonAsync($"/api/v1/dossiers/{id}", new
        {
            address = "Thôn Pác Ngòi, xã Ba Bể, tỉnh Thái Nguyên", representativePosition = "Giám đốc", email = "htx.bixanh@example.vn",
            attachments = "Giấy chứng nhận đăng ký hợp tác xã\nGiấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm\nPhiếu kết quả kiểm nghiệm sản phẩm\n" +
                "Bản tự công bố chất lượng sản phẩm\nHợp đồng liên kết tiêu thụ\nNhãn, bao bì sản phẩm", version,
        });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        await MoveOkAsync(producer, id, "Submit");
        await MoveOkAsync(await app.ApiAsAsync(Commune), id, "Receive");

        var client = await app.PagesAsAsync(Producer);
        var pdf = await client.GetByteArrayAsync($"/Dossiers/Details/{id}?handler=Pdf");
        Assert.Equal(1, PageCount(pdf));

        // A long attachment list needs a second page: the form still renders, the signatures come at its end.
        await SetStateAsync(id, DossierState.ReturnedForCompletion);
        version = (await GetAsync(producer, id)).GetProperty("version").GetInt64();
        var longList = string.Join("\n", Enumerable.Range(1, 40).Select(i => $"Tài liệu minh chứng số {i}"));
        Assert.Equal(HttpStatusCode.OK, (await producer.PutAsJsonAsync($"/api/v1/dossiers/{id}", new { attachments = longList, version })).StatusCode);
        var longPdf = await client.GetByteArrayAsync($"/Dossiers/Details/{id}?handler=Pdf");
        Assert.Equal(2, PageCount(longPdf));
    }

    private static int PageCount(byte[] pdf) => PageObject().Matches(System.Text.Encoding.Latin1.GetString(pdf)).Count;

    [GeneratedRegex(@"/Type\s*/Page(?!s)\b")]
    private static partial Regex PageObject();
}

[Collection(SqliteCollection.Name)]
public sealed class DossierRecognitionSqliteTests(SqliteAppFactory app) : DossierRecognitionTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DossierRecognitionPostgresTests(PostgresAppFactory app) : DossierRecognitionTests(app);
