using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Dossiers;
using OcopHub.Web.Tests.Infrastructure;
using static OcopHub.Web.Tests.Infrastructure.DossierSteps;

namespace OcopHub.Web.Tests.Features;

/// <summary>The same procedure through the pages a producer and the officers use (forms with antiforgery tokens).</summary>
public abstract class DossierPagesTests(OcopAppFactory app)
{
    private Task<Web.Data.Entities.Dossier> LoadAsync(int id) => app.WithDbAsync(db => db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == id));

    private static async Task<HttpResponseMessage> MoveAsync(HttpClient client, int id, string action, long version, string note = "", string? roundId = null)
    {
        var fields = new Dictionary<string, string> { ["action"] = action, ["note"] = note, ["version"] = version.ToString() };
        if (roundId is not null) fields["roundId"] = roundId;
        return await client.PostFormAsync($"/Dossiers/Details/{id}?handler=Move", fields, formPage: $"/Dossiers/Details/{id}");
    }

    private async Task MoveOkAsync(HttpClient client, int id, string action, string note = "", string? roundId = null)
    {
        var before = await LoadAsync(id);
        var response = await MoveAsync(client, id, action, before.Version, note, roundId);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetStringAsync($"/Dossiers/Details/{id}");
        var after = await LoadAsync(id);
        Assert.True(after.State != before.State, $"{action} left the dossier in {after.State}: {ErrorOf(page)}");
    }

    private static string ErrorOf(string page)
    {
        var i = page.IndexOf("data-testid=\"error\"", StringComparison.Ordinal);
        return i < 0 ? "" : page.Substring(i, Math.Min(400, page.Length - i));
    }

    [Fact]
    public async Task Whole_path_through_the_pages()
    {
        var producer = await app.PagesAsAsync(Producer);
        var productId = await NewProductAsync(app);
        var created = await producer.PostFormAsync("/Dossiers", new() { ["ProductId"] = productId.ToString(), ["NewType"] = "FirstTime" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1]);

        var edit = await producer.GetStringAsync($"/Dossiers/Edit/{id}");
        Assert.Contains("Mẫu 01", edit);
        Assert.Contains("name=\"a[", edit);      // the self-assessment sheet, as radios
        var fields = (await FullAnswersAsync(app)).ToDictionary(kv => $"a[{kv.Key}]", kv => kv.Value);
        fields["F.UnitName"] = "Hợp tác xã Nông nghiệp Bí xanh Ba Bể";
        fields["F.LegalRepresentative"] = "Nông Thị Hoa";
        fields["F.Phone"] = "0912345678";
        fields["F.ProductName"] = "Bí xanh thơm Ba Bể";
        fields["F.SampleCount"] = "5";
        fields["F.Attachments"] = "Giấy chứng nhận ATTP\nPhiếu kiểm nghiệm";
        fields["Version"] = (await LoadAsync(id)).Version.ToString();
        Assert.Equal(HttpStatusCode.Redirect, (await producer.PostFormAsync($"/Dossiers/Edit/{id}", fields)).StatusCode);
        Assert.Equal(100m, (await LoadAsync(id)).SelfTotal);

        // Evidence through the page's upload form.
        var editPage = await producer.GetStringAsync($"/Dossiers/Edit/{id}");
        var token = System.Text.RegularExpressions.Regex.Match(editPage, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using (var form = new MultipartFormDataContent())
        {
            form.Add(new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken");
            form.Add(new StringContent("1.1"), "criterionCode");
            form.Add(new ByteArrayContent("%PDF-1.7\n%%EOF"u8.ToArray()), "file", "vietgap.pdf");
            Assert.Equal(HttpStatusCode.Redirect, (await producer.PostAsync($"/Dossiers/Edit/{id}?handler=Evidence", form)).StatusCode);
        }
        Assert.Contains("vietgap.pdf", await producer.GetStringAsync($"/Dossiers/Edit/{id}"));

        await MoveOkAsync(producer, id, "Submit");
        var commune = await app.PagesAsAsync(Commune);
        Assert.Contains($"data-dossier=\"{id}\"", await commune.GetStringAsync("/Dossiers/Inbox"));
        await MoveOkAsync(commune, id, "Receive");
        var details = await commune.GetStringAsync($"/Dossiers/Details/{id}");
        Assert.Contains("/PĐK-19-01906-", details);
        Assert.Contains("Còn 15 ngày làm việc", details);

        var report = new Dictionary<string, string>
        {
            ["report.LocalMaterialsMet"] = "true", ["report.LocalMaterialsNote"] = "Nguyên liệu tại xã",
            ["report.LocalLabourMet"] = "true", ["report.LocalLabourNote"] = "Lao động tại xã",
            ["report.IdeaOriginMet"] = "true", ["report.IdeaOriginNote"] = "Ý tưởng của HTX",
            ["report.LocalIdentityMet"] = "false", ["report.LocalIdentityNote"] = "Chưa rõ nét",
            ["report.CommuneProposal"] = "Đề nghị đánh giá", ["report.Version"] = (await LoadAsync(id)).Version.ToString(),
        };
        Assert.Equal(HttpStatusCode.Redirect, (await commune.PostFormAsync($"/Dossiers/Details/{id}?handler=CommuneReport", report, formPage: $"/Dossiers/Details/{id}")).StatusCode);
        Assert.False((await LoadAsync(id)).LocalIdentityMet);
        await MoveOkAsync(commune, id, "ForwardToProvince", "Kính gửi UBND tỉnh");

        var office = await app.PagesAsAsync(Office);
        await MoveOkAsync(office, id, "AcceptAtProvince");
        var round = await OpenRoundAsync(app, await app.ApiAsAsync(Office));
        Assert.Contains($"<option value=\"{round}\"", await office.GetStringAsync($"/Dossiers/Details/{id}"));
        await MoveOkAsync(office, id, "AssignToRound", roundId: round.ToString());
        await MoveOkAsync(office, id, "StartAdvisoryReview");

        var council = await app.PagesAsAsync(Council);
        var advisory = new Dictionary<string, string>
        {
            ["advisory.SurveyNotes"] = "Đã khảo sát vùng trồng", ["advisory.LabTestsRequested"] = "Kim loại nặng",
            ["advisory.LabTestResults"] = "Đạt", ["advisory.Version"] = (await LoadAsync(id)).Version.ToString(),
        };
        Assert.Equal(HttpStatusCode.Redirect, (await council.PostFormAsync($"/Dossiers/Details/{id}?handler=Advisory", advisory, formPage: $"/Dossiers/Details/{id}")).StatusCode);
        var final = await LoadAsync(id);
        Assert.Equal(DossierState.AdvisoryReview, final.State);
        Assert.Equal("Kim loại nặng", final.LabTestsRequested);

        var page = await producer.GetStringAsync($"/Dossiers/Details/{id}");
        foreach (var step in new[] { "Submit", "Receive", "ForwardToProvince", "AcceptAtProvince", "AssignToRound", "StartAdvisoryReview" })
            Assert.Contains($"data-event=\"{step}\"", page);
        Assert.Contains("Kính gửi UBND tỉnh", page);
        Assert.Contains("Tổ tư vấn đang đánh giá", page);
        var pdf = await producer.GetAsync($"/Dossiers/Details/{id}?handler=Pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync(), 0, 4));

        // The bell counts the producer's unread notifications (it was told when the dossier came back… and not for its own moves).
        Assert.Contains("data-testid=\"bell\"", page);
    }

    [Fact]
    public async Task Pages_refuse_moves_of_the_wrong_role_and_hide_other_communes_dossiers()
    {
        var api = await app.ApiAsAsync(Producer);
        var id = (await CreateCompleteDraftAsync(app, api)).GetProperty("id").GetInt32();
        await DossierSteps.MoveOkAsync(api, id, "Submit");
        var before = await LoadAsync(id);

        var producer = await app.PagesAsAsync(Producer);
        var page = await producer.GetStringAsync($"/Dossiers/Details/{id}");
        Assert.DoesNotContain("data-action=\"Receive\"", page);      // no button for what the role cannot do
        Assert.Contains("data-action=\"Withdraw\"", page);
        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(producer, id, "Receive", before.Version)).StatusCode);
        Assert.Contains("không có thẩm quyền", await producer.GetStringAsync($"/Dossiers/Details/{id}"));
        var after = await LoadAsync(id);
        Assert.Equal(before.State, after.State);
        Assert.Equal(before.Version, after.Version);

        var other = await app.PagesAsAsync(OtherCommune);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Dossiers/Details/{id}")).StatusCode);
        Assert.DoesNotContain($"data-dossier=\"{id}\"", await other.GetStringAsync("/Dossiers"));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Dossiers/Edit/{id}")).StatusCode);

        // A submitted dossier is no longer editable: the edit page sends the producer back to the details.
        var edit = await producer.GetAsync($"/Dossiers/Edit/{id}");
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.Equal(0, (await app.WithDbAsync(db => db.DossierEvents.CountAsync(e => e.DossierId == id && e.Action == DossierAction.Receive))));
    }

    [Fact]
    public async Task Notification_list_opens_and_marks_read()
    {
        var api = await app.ApiAsAsync(Producer);
        var draft = await CreateCompleteDraftAsync(app, api);
        var id = draft.GetProperty("id").GetInt32();
        await DossierSteps.MoveOkAsync(api, id, "Submit");
        var commune = await app.PagesAsAsync(Commune);
        var list = await commune.GetStringAsync("/Notifications");
        Assert.Contains("data-testid=\"bell-count\"", await commune.GetStringAsync("/Dossiers"));
        var notificationId = await app.WithDbAsync(db => db.Notifications.Where(n => n.Url == $"/Dossiers/Details/{id}").Select(n => n.Id).FirstAsync());
        var open = await commune.PostFormAsync($"/Notifications?handler=Open&id={notificationId}", new(), formPage: "/Notifications");
        Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
        Assert.Equal($"/Dossiers/Details/{id}", open.Headers.Location!.OriginalString);
        Assert.NotNull(await app.WithDbAsync(db => db.Notifications.Where(n => n.Id == notificationId).Select(n => n.ReadAt).SingleAsync()));
        Assert.Contains(draft.GetProperty("productName").GetString()!, list);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DossierPagesSqliteTests(SqliteAppFactory app) : DossierPagesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DossierPagesPostgresTests(PostgresAppFactory app) : DossierPagesTests(app);
