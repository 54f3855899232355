using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Dossiers;
using OcopHub.Web.Tests.Infrastructure;
using static OcopHub.Web.Tests.Infrastructure.CouncilSteps;
using static OcopHub.Web.Tests.Infrastructure.DossierSteps;

namespace OcopHub.Web.Tests.Features;

/// <summary>The central council (Art. 7.4): Ministry members score dossiers in CentralReview on the same sheet; the chair concludes.</summary>
public abstract class CentralCouncilTests(OcopAppFactory app)
{
    [Fact]
    public async Task The_central_council_scores_90_or_more_and_the_dossier_waits_for_the_minister()
    {
        var id = await CentralReviewDossierAsync(app);
        var chair = await app.ApiAsAsync(CentralChair);
        var c2 = await app.ApiAsAsync(Central2);
        var c3 = await app.ApiAsAsync(Central3);
        var full = await FullAnswersAsync(app);

        // The list of dossiers waiting for the central council; provincial users have none.
        var queue = await (await c2.GetAsync("/api/v1/councils/central-queue")).JsonAsync();
        Assert.True(queue.GetProperty("isMember").GetBoolean());
        var item = queue.GetProperty("dossiers").EnumerateArray().Single(d => d.GetProperty("dossierId").GetInt32() == id);
        Assert.Equal("Chưa chấm", item.GetProperty("mySheet").GetString());
        Assert.Equal(100m, item.GetProperty("provincialAverage").GetDecimal());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsAsync(Office)).GetAsync("/api/v1/councils/central-queue")).StatusCode);
        var page = await (await app.PagesAsAsync(Central2)).GetStringAsync("/Councils/Central");
        Assert.Contains($"href=\"/Councils/Score/{id}\"", page);
        Assert.Contains($"href=\"/Councils/Score/{id}\"", await (await app.PagesAsAsync(Central2)).GetStringAsync($"/Dossiers/Details/{id}"));

        // Provincial council members and the office have no say now.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsAsync(Chair)).GetAsync($"/api/v1/dossiers/{id}/score-sheets")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsAsync(Office)).GetAsync($"/api/v1/dossiers/{id}/score-sheets")).StatusCode);

        // Same hiding rule: nobody sees a sheet before submitting their own.
        var view = await ViewAsync(c2, id);
        Assert.Equal(("central", "Hội đồng cấp trung ương", "Meeting"), (view.GetProperty("level").GetString(), view.GetProperty("levelName").GetString(), view.GetProperty("form").GetProperty("form").GetString()));
        await SubmitAsync(c2, id, full);
        Assert.Empty(Sheets(await ViewAsync(c3, id)));
        Assert.Equal(HttpStatusCode.Conflict, (await CloseAsync(chair, id)).StatusCode);   // not every sheet in
        await SubmitAsync(c3, id, full);
        var all = await SubmitAsync(chair, id, full);
        Assert.Equal(3, Sheets(all).Count);
        Assert.True(all.GetProperty("complete").GetBoolean());
        var session = await app.WithDbAsync(db => db.ScoringSessions.SingleAsync(s => s.DossierId == id && s.Level == "central"));
        Assert.Equal("Meeting", session.Form);

        // Only the chair concludes; ≥ 90 keeps the dossier in CentralReview for the Minister's decision.
        Assert.Equal(HttpStatusCode.Forbidden, (await CloseAsync(c2, id)).StatusCode);
        var closed = await CloseAsync(chair, id);
        Assert.True(closed.StatusCode == HttpStatusCode.OK, await closed.Content.ReadAsStringAsync());
        Assert.Equal("CentralReview", (await GetAsync(chair, id)).GetProperty("state").GetString());
        var evaluations = await app.WithDbAsync(db => db.Evaluations.Where(e => e.DossierId == id).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(["province", "central"], evaluations.Select(e => e.Level));
        Assert.Equal(("ProposeFiveStars", 100m, CentralChair), (evaluations[1].Outcome, evaluations[1].Average, evaluations[1].ClosedBy));
        var ev = await app.WithDbAsync(db => db.DossierEvents.Where(e => e.DossierId == id).OrderByDescending(e => e.Id).FirstAsync());
        Assert.Equal((DossierAction.ConcludeScoring, DossierState.CentralReview, DossierState.CentralReview, "Ministry"), (ev.Action, ev.From, ev.To, ev.Role));
        Assert.Contains("đề nghị Bộ trưởng công nhận 5 sao", ev.Note);
        Assert.Equal(HttpStatusCode.Conflict, (await CloseAsync(chair, id)).StatusCode);
        Assert.True((await (await c2.GetAsync("/api/v1/councils/central-queue")).JsonAsync()).GetProperty("dossiers").EnumerateArray()
            .Single(d => d.GetProperty("dossierId").GetInt32() == id).GetProperty("concluded").GetBoolean());
        // Central members read the central evaluation and its minutes.
        Assert.Equal("central", (await ViewAsync(c3, id)).GetProperty("evaluation").GetProperty("level").GetString());
        var pdf = await chair.GetAsync($"/api/v1/dossiers/{id}/evaluation/minutes.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        var xlsx = XlsxText(await (await chair.GetAsync($"/api/v1/dossiers/{id}/evaluation/minutes.xlsx")).Content.ReadAsByteArrayAsync());
        Assert.Contains("Hội đồng cấp trung ương", xlsx);
        Assert.Contains("đề nghị Bộ trưởng công nhận 5 sao", xlsx);
        // The Ministry's decision is recorded on the national decision page (with its certificates), not from the
        // dossier menu; score moves are not menu actions either.
        var actions = (await GetAsync(chair, id)).GetProperty("availableActions").EnumerateArray().Select(a => a.GetString()).ToList();
        Assert.DoesNotContain("Recognise", actions);
        Assert.Contains("ReturnToProvince", actions);
        Assert.DoesNotContain("ConcludeScoring", actions);
        Assert.DoesNotContain("SubmitScore", actions);

        // The central chair may still reject the dossier on a Phụ lục II ground; a plain member may not.
        async Task<HttpResponseMessage> Reject(HttpClient who) => await who.PostAsJsonAsync($"/api/v1/dossiers/{id}/evaluation/reject",
            new { ground = "registration-dossier", note = "Hồ sơ đăng ký thiếu bản công bố", version = await VersionAsync(who, id) });
        Assert.Equal(HttpStatusCode.Forbidden, (await Reject(c2)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Reject(chair)).StatusCode);
        var rejection = await app.WithDbAsync(db => db.DossierRejections.SingleAsync(r => r.DossierId == id));
        Assert.Equal(("central", "registration-dossier", CentralChair), (rejection.Level, rejection.Ground, rejection.RejectedBy));
        Assert.Equal("Rejected", (await GetAsync(chair, id)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Below_90_at_the_central_council_returns_the_dossier_to_the_province_which_is_told()
    {
        var id = await CentralReviewDossierAsync(app);
        var low = await LowestAnswersAsync(app);
        foreach (var m in new[] { CentralChair, Central2, Central3 }) await SubmitAsync(await app.ApiAsAsync(m), id, low);
        var chair = await app.ApiAsAsync(CentralChair);
        var closed = await CloseAsync(chair, id);
        Assert.True(closed.StatusCode == HttpStatusCode.OK, await closed.Content.ReadAsStringAsync());
        var office = await app.ApiAsAsync(Office);
        Assert.Equal("ProvincialDecision", (await GetAsync(office, id)).GetProperty("state").GetString());
        var central = await app.WithDbAsync(db => db.Evaluations.SingleAsync(e => e.DossierId == id && e.Level == "central"));
        Assert.Equal("ReturnToProvince", central.Outcome);
        Assert.True(central.Average < 90m);
        var ev = await app.WithDbAsync(db => db.DossierEvents.Where(e => e.DossierId == id).OrderByDescending(e => e.Id).FirstAsync());
        Assert.Equal((DossierAction.ReturnToProvince, DossierState.CentralReview, DossierState.ProvincialDecision), (ev.Action, ev.From, ev.To));
        Assert.Contains($"điểm trung bình {Math.Round(central.Average, 2, MidpointRounding.AwayFromZero).ToString("0.##")}", ev.Note);
        Assert.Contains("dưới 90 điểm", ev.Note);
        var notified = await app.WithDbAsync(db => db.Notifications.Where(n => n.Url == $"/Dossiers/Details/{id}" && n.Title.Contains("Hội đồng cấp trung ương"))
            .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => u.UserName).ToListAsync());
        Assert.Equal([Office], notified);

        // The Ministry still reads the central result; the provincial council reads its own again.
        var back = await ViewAsync(chair, id);
        Assert.Equal("ReturnToProvince", back.GetProperty("evaluation").GetProperty("outcome").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await SubmitRawAsync(await app.ApiAsAsync(Central2), id, low)).StatusCode);
        var provincial = await ViewAsync(await app.ApiAsAsync(Chair), id);
        Assert.Equal("province", provincial.GetProperty("evaluation").GetProperty("level").GetString());
        Assert.Equal(100m, provincial.GetProperty("evaluation").GetProperty("average").GetDecimal());
        // A Ministry user on a dossier the central council never saw: nothing to score.
        var fresh = await DossierAsync(app);
        Assert.Equal(HttpStatusCode.Conflict, (await chair.GetAsync($"/api/v1/dossiers/{fresh}/score-sheets")).StatusCode);
    }

    private static async Task<HttpResponseMessage> SubmitRawAsync(HttpClient member, int id, Dictionary<string, string> answers) =>
        await member.PostAsJsonAsync($"/api/v1/dossiers/{id}/score-sheets/mine/submit", new { answers, version = 0 });
}

[Collection(SqliteCollection.Name)]
public sealed class CentralCouncilSqliteTests(SqliteAppFactory app) : CentralCouncilTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CentralCouncilPostgresTests(PostgresAppFactory app) : CentralCouncilTests(app);
