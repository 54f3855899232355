using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Dossiers;
using OcopHub.Web.Data;
using OcopHub.Web.Tests.Infrastructure;
using static OcopHub.Web.Tests.Infrastructure.DossierSteps;

namespace OcopHub.Web.Tests.Features;

/// <summary>The OCOP procedure through the API, from the producer's draft to the advisory group's review.</summary>
public abstract partial class DossierWorkflowTests(OcopAppFactory app)
{
    private static int Id(JsonElement d) => d.GetProperty("id").GetInt32();
    private static string State(JsonElement d) => d.GetProperty("state").GetString()!;

    [Fact]
    public async Task Whole_path_from_draft_to_advisory_review()
    {
        var producer = await app.ApiAsAsync(Producer);
        var commune = await app.ApiAsAsync(Commune);
        var office = await app.ApiAsAsync(Office);
        var council = await app.ApiAsAsync(Council);

        var draft = await CreateCompleteDraftAsync(app, producer);
        var id = Id(draft);
        Assert.Equal("Draft", State(draft));
        Assert.Equal("Hợp tác xã Nông nghiệp Bí xanh Ba Bể", draft.GetProperty("unitName").GetString());
        Assert.Equal(5, draft.GetProperty("sampleCount").GetInt32());
        Assert.Equal(["Submit", "Withdraw"], draft.GetProperty("availableActions").EnumerateArray().Select(a => a.GetString()));

        var submitted = await MoveOkAsync(producer, id, "Submit");
        Assert.Equal("Submitted", State(submitted));
        Assert.Equal("26-2026", submitted.GetProperty("rulebookId").GetString());
        Assert.NotEqual(JsonValueKind.Null, submitted.GetProperty("rulebookFrozenAt").ValueKind);

        var received = await MoveOkAsync(commune, id, "Receive");
        Assert.Equal("CommuneReview", State(received));
        var receipt = received.GetProperty("receiptNumber").GetString()!;
        Assert.Matches(ReceiptPattern(), receipt);
        Assert.Equal(15, received.GetProperty("communeDaysLeft").GetInt32());
        Assert.False(received.GetProperty("overdue").GetBoolean());

        // Returned for completion, resubmitted, received again: same receipt number.
        await MoveOkAsync(commune, id, "ReturnForCompletion", "Bổ sung giấy chứng nhận ATTP");
        Assert.Equal("Submitted", State(await MoveOkAsync(producer, id, "Submit", "Đã bổ sung")));
        Assert.Equal(receipt, (await MoveOkAsync(commune, id, "Receive")).GetProperty("receiptNumber").GetString());

        // Forwarding needs the Mẫu 03 report.
        var early = await MoveAsync(commune, id, "ForwardToProvince");
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("Mẫu 03", await early.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await CommuneReportAsync(commune, id)).StatusCode);
        Assert.Equal("ForwardedToProvince", State(await MoveOkAsync(commune, id, "ForwardToProvince", "Đề nghị đánh giá")));

        Assert.Equal("ProvinceCheck", State(await MoveOkAsync(office, id, "AcceptAtProvince")));
        var round = await OpenRoundAsync(app, office);
        var assigned = await MoveOkAsync(office, id, "AssignToRound", roundId: round);
        Assert.Equal("AssignedToRound", State(assigned));
        Assert.Equal(round, assigned.GetProperty("roundId").GetInt32());
        Assert.Equal("AdvisoryReview", State(await MoveOkAsync(office, id, "StartAdvisoryReview")));

        var version = (await GetAsync(council, id)).GetProperty("version").GetInt64();
        var advisory = await council.PutAsJsonAsync($"/api/v1/dossiers/{id}/advisory", new
        {
            surveyNotes = "Khảo sát cơ sở ngày 20/11: đạt", labTestsRequested = "Kiểm nghiệm dư lượng thuốc BVTV", labTestResults = "Đạt QCVN 8-1:2011/BYT", version,
        });
        Assert.Equal(HttpStatusCode.OK, advisory.StatusCode);
        var final = await advisory.JsonAsync();
        Assert.Equal("Đạt QCVN 8-1:2011/BYT", final.GetProperty("advisory").GetProperty("labTestResults").GetString());

        var timeline = final.GetProperty("timeline").EnumerateArray().ToList();
        Assert.Equal(["Submit", "Receive", "ReturnForCompletion", "Submit", "Receive", "ForwardToProvince", "AcceptAtProvince", "AssignToRound", "StartAdvisoryReview"],
            timeline.Select(t => t.GetProperty("action").GetString()));
        Assert.Equal("Bổ sung giấy chứng nhận ATTP", timeline[2].GetProperty("note").GetString());
        Assert.Equal([Producer, Commune, Commune, Producer, Commune, Commune, Office, Office, Office], timeline.Select(t => t.GetProperty("userName").GetString()));

        // Each transition is in the audit trail with who did it and the state change.
        var audits = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Dossier" && a.EntityId == id.ToString()).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal("Created", audits[0].Action);
        var stateChanges = audits.Where(a => a.Action == "Updated" && a.After!.Contains("\"State\"")).ToList();
        Assert.Equal(9, stateChanges.Count);
        Assert.Contains("\"State\":\"AdvisoryReview\"", stateChanges[^1].After);
        Assert.Equal(Office, stateChanges[^1].UserName);
    }

    [Fact]
    public async Task Wrong_role_or_out_of_scope_users_are_refused_and_nothing_changes()
    {
        var producer = await app.ApiAsAsync(Producer);
        var id = Id(await CreateCompleteDraftAsync(app, producer));
        await MoveOkAsync(producer, id, "Submit");
        var before = await app.WithDbAsync(db => db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == id));
        var events = await app.WithDbAsync(db => db.DossierEvents.CountAsync(e => e.DossierId == id));

        async Task Refused(string user, string action, HttpStatusCode expected, string? text = null)
        {
            var client = await app.ApiAsAsync(user);
            var response = await client.PostAsJsonAsync($"/api/v1/dossiers/{id}/transitions", new { action, note = "x", version = before.Version });
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(expected == response.StatusCode, $"{user} {action}: {(int)response.StatusCode} {body}");
            Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType!.ToString());
            if (text is not null) Assert.Contains(text, JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString());
        }

        await Refused(Producer, "Receive", HttpStatusCode.Forbidden, "Chủ thể OCOP không có thẩm quyền \"Tiếp nhận hồ sơ\"");
        await Refused(Office, "Receive", HttpStatusCode.Forbidden, "thẩm quyền thuộc UBND cấp xã");
        await Refused(Council, "ReturnForCompletion", HttpStatusCode.Forbidden);
        await Refused("admin", "Receive", HttpStatusCode.Forbidden, "Quản trị hệ thống không có thẩm quyền");
        await Refused("so.congthuong", "Receive", HttpStatusCode.Forbidden);
        await Refused(OtherCommune, "Receive", HttpStatusCode.NotFound);     // another commune does not even see it
        await Refused(Commune, "ForwardToProvince", HttpStatusCode.Conflict, "Không thể thực hiện");
        await Refused(Producer, "Submit", HttpStatusCode.Conflict);
        await Refused(Commune, "Fly", HttpStatusCode.BadRequest);

        var after = await app.WithDbAsync(db => db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == id));
        Assert.Equal(DossierState.Submitted, after.State);
        Assert.Equal(before.Version, after.Version);
        Assert.Null(after.ReceiptNumber);
        Assert.Equal(events, await app.WithDbAsync(db => db.DossierEvents.CountAsync(e => e.DossierId == id)));

        // Other communes' officers and other producers cannot read it either.
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsAsync(OtherCommune)).GetAsync($"/api/v1/dossiers/{id}")).StatusCode);
        Assert.DoesNotContain((await (await app.ApiAsAsync(OtherCommune)).GetFromJsonAsync<JsonElement>("/api/v1/dossiers")).EnumerateArray(), d => Id(d) == id);
    }

    /// <summary>Every action by every demo user on a submitted dossier: what Core does not allow (or what is out of scope) is refused and changes nothing.</summary>
    [Fact]
    public async Task Every_forbidden_action_on_a_submitted_dossier_is_refused()
    {
        var producer = await app.ApiAsAsync(Producer);
        var id = Id(await CreateCompleteDraftAsync(app, producer));
        await MoveOkAsync(producer, id, "Submit");
        var before = await app.WithDbAsync(db => db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == id));
        var users = new (string Name, ActorRole? Role, bool InScope)[]
        {
            (Producer, ActorRole.Producer, true), (Commune, ActorRole.CommuneOfficer, true), (OtherCommune, ActorRole.CommuneOfficer, false),
            (Office, ActorRole.ProvincialOffice, true), (Council, ActorRole.CouncilMember, true), ("so.congthuong", null, true),
            ("bo.nnmt", ActorRole.Ministry, true), ("admin", ActorRole.SystemAdmin, true),
        };
        var refused = 0;
        foreach (var (name, role, inScope) in users)
        {
            var client = await app.ApiAsAsync(name);
            foreach (var action in Enum.GetValues<DossierAction>())
            {
                if (inScope && role is { } r && DossierStateMachine.Decide(DossierState.Submitted, action, r).Allowed) continue;
                var response = await client.PostAsJsonAsync($"/api/v1/dossiers/{id}/transitions", new { action = action.ToString(), note = "thử", version = before.Version, roundId = 1 });
                Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Conflict or HttpStatusCode.NotFound,
                    $"{name} {action}: {(int)response.StatusCode}");
                if (!inScope) Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                refused++;
            }
        }
        Assert.True(refused > 100, $"only {refused} refusals tried");
        var after = await app.WithDbAsync(db => db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == id));
        Assert.Equal((DossierState.Submitted, before.Version, (string?)null), (after.State, after.Version, after.ReceiptNumber));
        Assert.Equal(1, await app.WithDbAsync(db => db.DossierEvents.CountAsync(e => e.DossierId == id)));
    }

    [Fact]
    public async Task Incomplete_dossier_cannot_be_submitted()
    {
        var producer = await app.ApiAsAsync(Producer);
        var productId = await NewProductAsync(app);
        await RecogniseAsync(app, productId, 3, DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).AddMonths(-6));
        var response = await producer.PostAsJsonAsync("/api/v1/dossiers", new { productId, type = "Upgrade" });
        var id = Id(await response.JsonAsync());
        var submit = await MoveAsync(producer, id, "Submit");
        Assert.Equal(HttpStatusCode.BadRequest, submit.StatusCode);
        var body = await submit.Content.ReadAsStringAsync();
        Assert.Contains("Mẫu 02", body);
        Assert.Contains("nâng hạng", body);
        Assert.Equal(DossierState.Draft, await app.WithDbAsync(db => db.Dossiers.Where(d => d.Id == id).Select(d => d.State).SingleAsync()));
    }

    [Fact]
    public async Task Receipt_numbers_are_unique_and_sequential_per_commune_and_year()
    {
        var producer = await app.ApiAsAsync(Producer);
        var ids = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            var id = Id(await CreateCompleteDraftAsync(app, producer));
            await MoveOkAsync(producer, id, "Submit");
            ids.Add(id);
        }
        // Two officers' sessions receiving at the same time.
        var a = await app.ApiAsAsync(Commune);
        var b = await app.ApiAsAsync(Commune);
        var responses = await Task.WhenAll(ids.Select((id, i) => MoveAsync(i % 2 == 0 ? a : b, id, "Receive")));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var year = DateTime.UtcNow.AddHours(7).Year;
        var all = await app.WithDbAsync(db => db.Dossiers.Where(d => d.CommuneCode == "01906" && d.ReceiptYear == year && d.ReceiptSequence != null)
            .Select(d => new { d.ReceiptSequence, d.ReceiptNumber }).ToListAsync());
        var seqs = all.Select(x => x.ReceiptSequence!.Value).OrderBy(x => x).ToList();
        Assert.Equal(Enumerable.Range(1, seqs.Count), seqs);           // 1..n, no gap, no duplicate
        Assert.All(all, x => Assert.Equal($"{x.ReceiptSequence}/PĐK-19-01906-{year}", x.ReceiptNumber));
    }

    [Fact]
    public async Task Stale_version_is_a_conflict()
    {
        var producer = await app.ApiAsAsync(Producer);
        var draft = await CreateCompleteDraftAsync(app, producer);
        var id = Id(draft);
        var version = draft.GetProperty("version").GetInt64();
        var first = await producer.PutAsJsonAsync($"/api/v1/dossiers/{id}", new { phone = "0911111111", version });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var second = await producer.PutAsJsonAsync($"/api/v1/dossiers/{id}", new { phone = "0922222222", version });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var transition = await MoveAsync(producer, id, "Submit", version: version);
        Assert.Equal(HttpStatusCode.Conflict, transition.StatusCode);
        var saved = await app.WithDbAsync(db => db.Dossiers.SingleAsync(d => d.Id == id));
        Assert.Equal("0911111111", saved.Phone);
        Assert.Equal(DossierState.Draft, saved.State);
    }

    [Fact]
    public async Task Draft_copies_answers_from_a_self_assessment_of_the_same_set()
    {
        var producer = await app.ApiAsAsync(Producer);
        var producerId = await app.WithDbAsync(db => db.Products.Where(p => p.Name == "Bí xanh thơm Ba Bể").Select(p => p.ProducerId).SingleAsync());
        var answers = await FullAnswersAsync(app);
        var saId = await app.WithDbAsync(async db =>
        {
            var sa = new Web.Data.Entities.SelfAssessment { ProducerId = producerId, ProductName = "Bí xanh", RulebookId = "26-2026", SetNo = 1,
                AnswersJson = JsonSerializer.Serialize(answers), ProvinceCode = "19", CommuneCode = "01906", CreatedBy = Producer };
            db.SelfAssessments.Add(sa);
            await db.SaveChangesAsync();
            return sa.Id;
        });
        var created = await (await producer.PostAsJsonAsync("/api/v1/dossiers", new { productId = await NewProductAsync(app), type = "FirstTime", copyFromSelfAssessmentId = saId })).JsonAsync();
        Assert.Equal(answers.Count, created.GetProperty("answers").EnumerateObject().Count());
        Assert.Equal(100m, created.GetProperty("selfTotal").GetDecimal());
    }

    [Fact]
    public async Task Rounds_default_to_the_legal_calendar_and_extra_rounds_need_a_basis()
    {
        var office = await app.ApiAsAsync(Office);
        var year = 2030 + (app.Provider == DatabaseProvider.Sqlite ? 0 : 1);
        var r1 = await (await office.PostAsJsonAsync("/api/v1/rounds", new { planYear = year, number = 1 })).JsonAsync();
        Assert.Equal($"{year}-04-30", r1.GetProperty("proposedBefore").GetString());
        Assert.Equal($"{year}-06-30", r1.GetProperty("decideBefore").GetString());
        var r2 = await (await office.PostAsJsonAsync("/api/v1/rounds", new { planYear = year, number = 2, decideBefore = $"{year}-12-15" })).JsonAsync();
        Assert.Equal($"{year}-10-30", r2.GetProperty("proposedBefore").GetString());
        Assert.Equal($"{year}-12-15", r2.GetProperty("decideBefore").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await office.PostAsJsonAsync("/api/v1/rounds", new { planYear = year, number = 1 })).StatusCode);
        var noBasis = await office.PostAsJsonAsync("/api/v1/rounds", new { planYear = year, proposedBefore = $"{year}-08-01", decideBefore = $"{year}-09-01" });
        Assert.Equal(HttpStatusCode.BadRequest, noBasis.StatusCode);
        var extra = await (await office.PostAsJsonAsync("/api/v1/rounds", new { planYear = year, proposedBefore = $"{year}-08-01", decideBefore = $"{year}-09-01", basis = "Kế hoạch 12/KH-HĐ" })).JsonAsync();
        Assert.Equal(3, extra.GetProperty("number").GetInt32());
        Assert.True(extra.GetProperty("isExtra").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsAsync(Commune)).PostAsJsonAsync("/api/v1/rounds", new { planYear = year, number = 1 })).StatusCode);
        var communeView = await (await app.ApiAsAsync(OtherCommune)).GetFromJsonAsync<JsonElement>($"/api/v1/rounds?year={year}");
        Assert.Equal(3, communeView.GetArrayLength());

        // Dates stay configurable after creation, with the version for concurrency.
        var id = extra.GetProperty("id").GetInt32();
        var version = extra.GetProperty("version").GetInt64();
        var moved = await office.PutAsJsonAsync($"/api/v1/rounds/{id}", new { decideBefore = $"{year}-09-15", version });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal($"{year}-09-15", (await moved.JsonAsync()).GetProperty("decideBefore").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await office.PutAsJsonAsync($"/api/v1/rounds/{id}", new { decideBefore = $"{year}-09-20", version })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await office.PutAsJsonAsync($"/api/v1/rounds/{id}", new { decideBefore = $"{year}-07-01", version = version + 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsAsync(Council)).PutAsJsonAsync($"/api/v1/rounds/{id}", new { decideBefore = $"{year}-09-20", version = version + 1 })).StatusCode);
    }

    [Fact]
    public async Task Notifications_go_to_the_party_now_waiting()
    {
        var producer = await app.ApiAsAsync(Producer);
        var id = Id(await CreateCompleteDraftAsync(app, producer));
        await MoveOkAsync(producer, id, "Submit");
        var commune = await app.ApiAsAsync(Commune);
        var mine = await commune.GetFromJsonAsync<JsonElement>("/api/v1/notifications?unread=true");
        var n = mine.EnumerateArray().First(x => x.GetProperty("url").GetString() == $"/Dossiers/Details/{id}");
        Assert.Contains("Nộp hồ sơ", n.GetProperty("title").GetString());
        // The other commune and the producer itself are not told.
        Assert.DoesNotContain((await (await app.ApiAsAsync(OtherCommune)).GetFromJsonAsync<JsonElement>("/api/v1/notifications")).EnumerateArray(),
            x => x.GetProperty("url").GetString() == $"/Dossiers/Details/{id}");
        Assert.DoesNotContain((await producer.GetFromJsonAsync<JsonElement>("/api/v1/notifications")).EnumerateArray(),
            x => x.GetProperty("url").GetString() == $"/Dossiers/Details/{id}");

        Assert.Equal(HttpStatusCode.NoContent, (await commune.PostAsync($"/api/v1/notifications/{n.GetProperty("id").GetInt64()}/read", null)).StatusCode);
        Assert.DoesNotContain((await commune.GetFromJsonAsync<JsonElement>("/api/v1/notifications?unread=true")).EnumerateArray(), x => x.GetProperty("id").GetInt64() == n.GetProperty("id").GetInt64());
        // Someone else's notification cannot be marked.
        Assert.Equal(HttpStatusCode.NotFound, (await producer.PostAsync($"/api/v1/notifications/{n.GetProperty("id").GetInt64()}/read", null)).StatusCode);

        await MoveOkAsync(commune, id, "ReturnForCompletion", "Thiếu nhãn sản phẩm");
        Assert.Contains((await producer.GetFromJsonAsync<JsonElement>("/api/v1/notifications?unread=true")).EnumerateArray(),
            x => x.GetProperty("url").GetString() == $"/Dossiers/Details/{id}" && x.GetProperty("title").GetString()!.Contains("Trả lại"));
    }

    [Fact]
    public async Task Inbox_lists_what_each_party_is_waiting_on()
    {
        var producer = await app.ApiAsAsync(Producer);
        var id = Id(await CreateCompleteDraftAsync(app, producer));
        static async Task<bool> Has(HttpClient c, int id) => (await c.GetFromJsonAsync<JsonElement>("/api/v1/dossiers/inbox")).EnumerateArray().Any(d => d.GetProperty("id").GetInt32() == id);
        var commune = await app.ApiAsAsync(Commune);
        Assert.True(await Has(producer, id));
        Assert.False(await Has(commune, id));
        await MoveOkAsync(producer, id, "Submit");
        Assert.False(await Has(producer, id));
        Assert.True(await Has(commune, id));
        Assert.False(await Has(await app.ApiAsAsync(OtherCommune), id));
        Assert.False(await Has(await app.ApiAsAsync(Office), id));
    }

    [GeneratedRegex(@"^\d+/PĐK-19-01906-20\d\d$")]
    private static partial Regex ReceiptPattern();
}

[Collection(SqliteCollection.Name)]
public sealed class DossierWorkflowSqliteTests(SqliteAppFactory app) : DossierWorkflowTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DossierWorkflowPostgresTests(PostgresAppFactory app) : DossierWorkflowTests(app);
