using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Dossiers;
using OcopHub.Web.Tests.Infrastructure;
using static OcopHub.Web.Tests.Infrastructure.CouncilSteps;
using static OcopHub.Web.Tests.Infrastructure.DossierSteps;

namespace OcopHub.Web.Tests.Features;

/// <summary>Knock-outs on the council's sheet and the chair's rejection of a dossier (Phụ lục II "Hồ sơ bị loại").</summary>
public abstract class CouncilRejectionTests(OcopAppFactory app)
{
    private static async Task<HttpResponseMessage> RejectAsync(HttpClient client, int id, string? ground, string? criterion, string? note) =>
        await client.PostAsJsonAsync($"/api/v1/dossiers/{id}/evaluation/reject", new { ground, criterionCode = criterion, note, version = await VersionAsync(client, id) });

    [Fact]
    public async Task A_knock_out_warns_the_member_blocks_closing_and_the_chair_rejects_on_it()
    {
        var id = await DossierAsync(app);
        var chair = await app.ApiAsAsync(Chair);
        var m2 = await app.ApiAsAsync(Member2);
        var full = await FullAnswersAsync(app);

        // A knock-out on a criterion without one is refused; on 6.1 (foreign matter) it is recorded and warned.
        var bad = await m2.PostAsJsonAsync($"/api/v1/dossiers/{id}/score-sheets/mine/submit", new { answers = full, version = 0, knockOuts = new[] { "1.1" } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var mine = Sheets(await SubmitAsync(m2, id, full, 0, ["6.1"])).Single(s => s.GetProperty("isMine").GetBoolean());
        Assert.Equal(["6.1"], mine.GetProperty("knockOuts").EnumerateArray().Select(k => k.GetString()));
        var warning = Assert.Single(mine.GetProperty("knockOutWarnings").EnumerateArray());
        Assert.Contains("tạp chất", warning.GetProperty("condition").GetString());

        // The chair sees the finding before submitting (not the sheet or its total), with the grounds to reject on.
        var chairView = await ViewAsync(chair, id);
        Assert.Empty(Sheets(chairView));
        var finding = Assert.Single(chairView.GetProperty("knockOutFindings").EnumerateArray());
        Assert.Equal("Đào Thị Minh", finding.GetProperty("memberName").GetString());
        Assert.Equal("6.1", finding.GetProperty("criterionCode").GetString());
        Assert.Equal(["forged-dossier", "facility-certificate", "registration-dossier", "knock-out"],
            chairView.GetProperty("rejectionGrounds").EnumerateArray().Select(g => g.GetProperty("code").GetString()));
        Assert.Equal(["2.1", "6.1"], chairView.GetProperty("knockOutCriteria").EnumerateArray().Select(g => g.GetProperty("code").GetString()));
        // A plain member sees only their own findings and no grounds.
        var m3 = await app.ApiAsAsync(Member3);
        Assert.Empty((await ViewAsync(m3, id)).GetProperty("knockOutFindings").EnumerateArray());
        Assert.Empty((await ViewAsync(m3, id)).GetProperty("rejectionGrounds").EnumerateArray());
        var page = await (await app.PagesAsAsync(Chair)).GetStringAsync($"/Councils/Score/{id}");
        Assert.Contains("data-testid=\"knock-out-findings\"", page);
        Assert.Contains("data-testid=\"reject-form\"", page);
        Assert.Contains("data-testid=\"knock-out\"", page); // the chair's own sheet records knock-outs too

        // Everyone submits: the result is not ranked and closing is refused while the knock-out stands.
        await SubmitAsync(m3, id, full);
        var all = await SubmitAsync(chair, id, full);
        Assert.True(all.GetProperty("result").GetProperty("knockedOut").GetBoolean());
        var close = await CloseAsync(chair, id);
        Assert.Equal(HttpStatusCode.Conflict, close.StatusCode);
        Assert.Contains("điểm loại", await close.Content.ReadAsStringAsync());

        // Only the chair rejects; a ground, the knock-out's criterion and a note are required.
        Assert.Equal(HttpStatusCode.Forbidden, (await RejectAsync(m3, id, "knock-out", "6.1", "Có lông")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await RejectAsync(chair, id, "not-compliant", null, "x")).StatusCode);
        var noCriterion = await RejectAsync(chair, id, "knock-out", null, "Có lông");
        Assert.Equal(HttpStatusCode.BadRequest, noCriterion.StatusCode);
        Assert.Contains("criterionCode", await noCriterion.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await RejectAsync(chair, id, "knock-out", "6.1", " ")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await chair.PostAsJsonAsync($"/api/v1/dossiers/{id}/evaluation/reject", new { ground = "knock-out", criterionCode = "6.1", note = "x", version = 1 })).StatusCode);

        var rejected = await RejectAsync(chair, id, "knock-out", "6.1", "Mẫu sản phẩm có lông và cát");
        Assert.True(rejected.StatusCode == HttpStatusCode.OK, await rejected.Content.ReadAsStringAsync());
        Assert.Equal("Rejected", (await GetAsync(chair, id)).GetProperty("state").GetString());
        var ev = await app.WithDbAsync(db => db.DossierEvents.Where(e => e.DossierId == id).OrderByDescending(e => e.Id).FirstAsync());
        Assert.Equal((DossierAction.Reject, DossierState.Scoring, DossierState.Rejected, "CouncilChair"), (ev.Action, ev.From, ev.To, ev.Role));
        Assert.Contains("tiêu chí 6.1", ev.Note);
        Assert.Contains("Mẫu sản phẩm có lông và cát", ev.Note);

        // The producer and the commune are told; the ground shows on the dossier and in the API.
        var notified = await app.WithDbAsync(db => db.Notifications.Where(n => n.Url == $"/Dossiers/Details/{id}" && n.Title.Contains("bị loại"))
            .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => u.UserName).ToListAsync());
        Assert.Contains(Producer, notified);
        Assert.Contains(Commune, notified);
        var producer = await app.ApiAsAsync(Producer);
        var ground = await (await producer.GetAsync($"/api/v1/dossiers/{id}/rejection")).JsonAsync();
        Assert.Equal("knock-out", ground.GetProperty("ground").GetString());
        Assert.Equal("6.1", ground.GetProperty("criterionCode").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsAsync(OtherCommune)).GetAsync($"/api/v1/dossiers/{id}/rejection")).StatusCode);
        var details = WebUtility.HtmlDecode(await (await app.PagesAsAsync(Producer)).GetStringAsync($"/Dossiers/Details/{id}"));
        Assert.Contains("data-testid=\"rejection-ground\"", details);
        Assert.Contains("Mẫu sản phẩm có lông và cát", details);
        // Rejected is final.
        Assert.Equal(HttpStatusCode.Conflict, (await RejectAsync(chair, id, "forged-dossier", null, "lần hai")).StatusCode);
    }

    [Fact]
    public async Task The_chair_rejects_a_forged_dossier_on_the_page_during_the_advisory_review()
    {
        var id = await DossierAsync(app, open: false);
        var page = await app.PagesAsAsync(Chair);
        var url = $"/Councils/Score/{id}";
        var html = await page.GetStringAsync(url);
        Assert.Contains("value=\"forged-dossier\"", html);
        var version = await VersionAsync(await app.ApiAsAsync(Chair), id);
        var missingNote = await page.PostFormAsync(url + "?handler=Reject", new() { ["Ground"] = "forged-dossier", ["Version"] = version.ToString() }, formPage: url);
        Assert.Equal(HttpStatusCode.BadRequest, missingNote.StatusCode);
        Assert.Contains("Vui lòng ghi rõ nhận xét", WebUtility.HtmlDecode(await missingNote.Content.ReadAsStringAsync()));
        var done = await page.PostFormAsync(url + "?handler=Reject",
            new() { ["Ground"] = "forged-dossier", ["Note"] = "Giấy chứng nhận ATTP bị tẩy xóa", ["Version"] = version.ToString() }, formPage: url);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var r = await app.WithDbAsync(db => db.DossierRejections.SingleAsync(x => x.DossierId == id));
        Assert.Equal(("forged-dossier", "Giả mạo hồ sơ", "province"), (r.Ground, r.GroundText, r.Level));
        Assert.Equal(DossierState.Rejected, await app.WithDbAsync(db => db.Dossiers.Where(d => d.Id == id).Select(d => d.State).SingleAsync()));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CouncilRejectionSqliteTests(SqliteAppFactory app) : CouncilRejectionTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CouncilRejectionPostgresTests(PostgresAppFactory app) : CouncilRejectionTests(app);
