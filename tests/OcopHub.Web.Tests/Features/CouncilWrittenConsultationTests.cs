using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Dossiers;
using OcopHub.Web.Tests.Infrastructure;
using static OcopHub.Web.Tests.Infrastructure.CouncilSteps;
using static OcopHub.Web.Tests.Infrastructure.DossierSteps;

namespace OcopHub.Web.Tests.Features;

/// <summary>Re-evaluation: written consultation, the 45-day limit and the switch to a meeting (Art. 7.6.d, 7.6.g).</summary>
public abstract class CouncilWrittenConsultationTests(OcopAppFactory app)
{
    private static DateOnly TodayVn => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    [Fact]
    public async Task Re_evaluation_is_a_written_consultation_with_45_days_and_the_chair_may_switch_to_a_meeting()
    {
        var id = await DossierAsync(app, "ReEvaluation");
        var chair = await app.ApiAsAsync(Chair);
        var m2 = await app.ApiAsAsync(Member2);
        var view = await ViewAsync(m2, id);
        var form = view.GetProperty("form");
        Assert.Equal("WrittenConsultation", form.GetProperty("form").GetString());
        Assert.Equal("Lấy ý kiến bằng văn bản", form.GetProperty("formName").GetString());
        Assert.False(form.GetProperty("canSwitchToMeeting").GetBoolean());   // not the chair
        var deadline = form.GetProperty("deadline");
        // The office accepted the complete dossier today: 45 calendar days (rolled to a working day).
        Assert.Equal(TodayVn, DateOnly.Parse(deadline.GetProperty("completeDossierOn").GetString()!));
        var due = DateOnly.Parse(deadline.GetProperty("dueOn").GetString()!);
        Assert.InRange(due.DayNumber - TodayVn.DayNumber, 45, 48);
        Assert.Equal(due.DayNumber - TodayVn.DayNumber, deadline.GetProperty("daysLeft").GetInt32());
        Assert.False(deadline.GetProperty("overdue").GetBoolean());
        Assert.Equal(45, deadline.GetProperty("limitDays").GetInt32());
        var session = await app.WithDbAsync(db => db.ScoringSessions.SingleAsync(s => s.DossierId == id));
        Assert.Equal(("province", "WrittenConsultation", Chair), (session.Level, session.Form, session.OpenedBy));

        var html = System.Net.WebUtility.HtmlDecode(await (await app.PagesAsAsync(Chair)).GetStringAsync($"/Councils/Score/{id}"));
        Assert.Contains("Lấy ý kiến bằng văn bản", html);
        Assert.Contains("data-testid=\"days-left\"", html);
        Assert.Contains("data-testid=\"switch-meeting\"", html);

        // Past the 45 days the page and the API say so.
        await app.WithDbAsync(async db =>
        {
            var s = await db.ScoringSessions.SingleAsync(x => x.DossierId == id);
            s.CompleteDossierOn = TodayVn.AddDays(-60);
            await db.SaveChangesAsync();
            return 0;
        });
        var late = (await ViewAsync(chair, id)).GetProperty("form").GetProperty("deadline");
        Assert.True(late.GetProperty("overdue").GetBoolean());
        Assert.True(late.GetProperty("daysLeft").GetInt32() < 0);
        Assert.Contains("data-testid=\"overdue\"", await (await app.PagesAsAsync(Chair)).GetStringAsync($"/Councils/Score/{id}"));

        // Opinions differ: only the chair switches to a meeting, with a reason and the form's version.
        var sv = (await ViewAsync(chair, id)).GetProperty("form").GetProperty("sessionVersion").GetInt64();
        Assert.Equal(HttpStatusCode.Forbidden, (await m2.PostAsJsonAsync($"/api/v1/dossiers/{id}/evaluation/meeting", new { reason = "x", version = sv })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await chair.PostAsJsonAsync($"/api/v1/dossiers/{id}/evaluation/meeting", new { reason = " ", version = sv })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await chair.PostAsJsonAsync($"/api/v1/dossiers/{id}/evaluation/meeting", new { reason = "Nhiều ý kiến khác nhau", version = sv + 5 })).StatusCode);
        var switched = await chair.PostAsJsonAsync($"/api/v1/dossiers/{id}/evaluation/meeting", new { reason = "Nhiều ý kiến khác nhau về tiêu chí 6", version = sv });
        Assert.True(switched.StatusCode == HttpStatusCode.OK, await switched.Content.ReadAsStringAsync());
        var after = (await switched.JsonAsync()).GetProperty("form");
        Assert.Equal("Meeting", after.GetProperty("form").GetString());
        Assert.Equal("Nhiều ý kiến khác nhau về tiêu chí 6", after.GetProperty("meetingReason").GetString());
        Assert.Equal(Chair, after.GetProperty("switchedToMeetingBy").GetString());
        Assert.False(after.GetProperty("canSwitchToMeeting").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, (await chair.PostAsJsonAsync($"/api/v1/dossiers/{id}/evaluation/meeting", new { reason = "lần hai", version = after.GetProperty("sessionVersion").GetInt64() })).StatusCode);
        Assert.Contains(await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "ScoringSession" && a.Action == "Updated").ToListAsync()),
            a => a.After!.Contains("Nhiều ý kiến khác nhau về tiêu chí 6"));

        // Closed: the evaluation and the minutes state the form.
        var full = await FullAnswersAsync(app);
        foreach (var m in new[] { Chair, Member2, Member3 }) await SubmitAsync(await app.ApiAsAsync(m), id, full);
        Assert.Equal(HttpStatusCode.OK, (await CloseAsync(chair, id)).StatusCode);
        var evaluation = await app.WithDbAsync(db => db.Evaluations.SingleAsync(e => e.DossierId == id));
        Assert.Equal(("province", "Meeting"), (evaluation.Level, evaluation.Form));
        var xlsx = XlsxText(await (await chair.GetAsync($"/api/v1/dossiers/{id}/evaluation/minutes.xlsx")).Content.ReadAsByteArrayAsync());
        Assert.Contains("Lấy ý kiến bằng văn bản, chuyển sang họp trực tiếp", xlsx);
        Assert.Contains("Nhiều ý kiến khác nhau về tiêu chí 6", xlsx);
    }

    [Fact]
    public async Task A_first_time_dossier_is_scored_in_a_meeting_without_a_limit()
    {
        var id = await DossierAsync(app);
        var chair = await app.ApiAsAsync(Chair);
        var form = (await ViewAsync(chair, id)).GetProperty("form");
        Assert.Equal("Meeting", form.GetProperty("form").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, form.GetProperty("deadline").ValueKind);
        Assert.False(form.GetProperty("canSwitchToMeeting").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, (await chair.PostAsJsonAsync($"/api/v1/dossiers/{id}/evaluation/meeting", new { reason = "x", version = 1 })).StatusCode);
        // Score-sheet moves are not dossier actions: the generic transition endpoint refuses them (the state machine alone would allow this one).
        var generic = await MoveAsync(await app.ApiAsAsync(Member2), id, nameof(DossierAction.SubmitScore));
        Assert.Equal(HttpStatusCode.Conflict, generic.StatusCode);
        Assert.Contains("phiếu chấm điện tử", await generic.Content.ReadAsStringAsync());
        var full = await FullAnswersAsync(app);
        foreach (var m in new[] { Chair, Member2, Member3 }) await SubmitAsync(await app.ApiAsAsync(m), id, full);
        Assert.Equal(HttpStatusCode.OK, (await CloseAsync(chair, id)).StatusCode);
        var xlsx = XlsxText(await (await chair.GetAsync($"/api/v1/dossiers/{id}/evaluation/minutes.xlsx")).Content.ReadAsByteArrayAsync());
        Assert.Contains("Họp Hội đồng", xlsx);
        Assert.DoesNotContain("Lấy ý kiến bằng văn bản", xlsx);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CouncilWrittenConsultationSqliteTests(SqliteAppFactory app) : CouncilWrittenConsultationTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CouncilWrittenConsultationPostgresTests(PostgresAppFactory app) : CouncilWrittenConsultationTests(app);
