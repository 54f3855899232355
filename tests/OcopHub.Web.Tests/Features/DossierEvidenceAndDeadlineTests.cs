using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopHub.Web.Tests.Infrastructure;
using static OcopHub.Web.Tests.Infrastructure.DossierSteps;

namespace OcopHub.Web.Tests.Features;

/// <summary>Evidence files, the commune's 15 working days on a fixed clock, and email to a real (local) SMTP listener.</summary>
public abstract class DossierEvidenceAndDeadlineTests(OcopAppFactory app)
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int id, byte[] bytes, string name, string type, string? criterion)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        form.Add(file, "file", name);
        if (criterion is not null) form.Add(new StringContent(criterion), "criterionCode");
        return await client.PostAsync($"/api/v1/dossiers/{id}/evidence", form);
    }

    [Fact]
    public async Task Evidence_is_checked_by_content_and_read_only_in_scope()
    {
        var producer = await app.ApiAsAsync(Producer);
        var draft = await CreateCompleteDraftAsync(app, producer);
        var id = draft.GetProperty("id").GetInt32();
        var criterion = draft.GetProperty("answers").EnumerateObject().First().Name;

        var ok = await UploadAsync(producer, id, Pdf, "giay-chung-nhan.pdf", "application/pdf", criterion);
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        var url = (await ok.JsonAsync()).GetProperty("url").GetString()!;
        Assert.Equal(HttpStatusCode.Created, (await UploadAsync(producer, id, Png, "anh.png", "image/png", null)).StatusCode);

        // A script renamed to .pdf with a PDF content type is refused: the bytes decide.
        var fake = await UploadAsync(producer, id, "<script>alert(1)</script>"u8.ToArray(), "bao-cao.pdf", "application/pdf", criterion);
        Assert.Equal(HttpStatusCode.BadRequest, fake.StatusCode);
        Assert.Contains("PDF, JPEG hoặc PNG", await fake.Content.ReadAsStringAsync());
        var exe = await UploadAsync(producer, id, [0x4D, 0x5A, 0x90, 0x00, 0, 0, 0, 0], "a.jpg", "image/jpeg", null);
        Assert.Equal(HttpStatusCode.BadRequest, exe.StatusCode);
        var tooBig = new byte[11 * 1024 * 1024];
        Pdf.CopyTo(tooBig, 0);
        Assert.Equal(HttpStatusCode.BadRequest, (await UploadAsync(producer, id, tooBig, "lon.pdf", "application/pdf", null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await UploadAsync(producer, id, Pdf, "x.pdf", "application/pdf", "99.99")).StatusCode);
        Assert.Equal(2, await app.WithDbAsync(db => db.DossierEvidence.CountAsync(e => e.DossierId == id)));

        var download = await producer.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, (await (await app.ApiAsAsync(Commune)).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsAsync(OtherCommune)).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync(url)).StatusCode);

        // Stored privately, not under wwwroot.
        var stored = await app.WithDbAsync(db => db.DossierEvidence.Where(e => e.DossierId == id).Select(e => e.StoredName).FirstAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync($"/{stored}")).StatusCode);

        // Once submitted, evidence is frozen with the dossier.
        await MoveOkAsync(producer, id, "Submit");
        Assert.Equal(HttpStatusCode.Conflict, (await UploadAsync(producer, id, Pdf, "muon.pdf", "application/pdf", null)).StatusCode);
    }

    [Fact]
    public async Task Commune_review_is_flagged_overdue_after_fifteen_working_days()
    {
        var clock = new FixedClock(new DateTimeOffset(2027, 3, 1, 2, 0, 0, TimeSpan.Zero)); // Monday 1/3/2027, 09:00 in Vietnam
        await using var timed = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        async Task<HttpClient> As(string user)
        {
            var c = timed.CreateClient();
            c.DefaultRequestHeaders.Authorization = new("Bearer", await Clients.TokenAsync(c, user, Clients.PasswordOf(user)));
            return c;
        }
        var producer = await As(Producer);
        var created = await producer.PostAsJsonAsync("/api/v1/dossiers", new
        {
            productId = await NewProductAsync(app), type = "FirstTime", legalRepresentative = "Nông Thị Hoa", phone = "0912345678", answers = await FullAnswersAsync(app),
        });
        var id = (await created.JsonAsync()).GetProperty("id").GetInt32();
        await MoveOkAsync(producer, id, "Submit");
        var received = await MoveOkAsync(await As(Commune), id, "Receive");
        // 15 working days from Monday 1/3/2027, the receipt day not counted: Monday 22/3/2027.
        Assert.Equal("2027-03-22", received.GetProperty("communeDueOn").GetString());
        Assert.EndsWith("/PĐK-19-01906-2027", received.GetProperty("receiptNumber").GetString());

        clock.Now = new DateTimeOffset(2027, 3, 22, 9, 0, 0, TimeSpan.Zero); // the last day: on time
        var commune = await As(Commune);
        var onTime = await GetAsync(commune, id);
        Assert.False(onTime.GetProperty("overdue").GetBoolean());
        Assert.Equal(0, onTime.GetProperty("communeDaysLeft").GetInt32());
        Assert.DoesNotContain((await commune.GetFromJsonAsync<JsonElement>("/api/v1/dossiers?overdue=true")).EnumerateArray(), d => d.GetProperty("id").GetInt32() == id);

        clock.Now = new DateTimeOffset(2027, 3, 23, 9, 0, 0, TimeSpan.Zero);
        commune = await As(Commune);
        var late = await GetAsync(commune, id);
        Assert.True(late.GetProperty("overdue").GetBoolean());
        Assert.Equal(-1, late.GetProperty("communeDaysLeft").GetInt32());
        Assert.Contains((await commune.GetFromJsonAsync<JsonElement>("/api/v1/dossiers?overdue=true")).EnumerateArray(), d => d.GetProperty("id").GetInt32() == id);
        Assert.Contains("Quá hạn", await (await timed.PagesAsAsync(Commune)).GetStringAsync($"/Dossiers/Details/{id}"));
    }

    [Fact]
    public async Task Email_reaches_the_smtp_server_when_enabled()
    {
        await using var smtp = new FakeSmtpServer();
        await using var mailing = app.WithWebHostBuilder(b =>
        {
            b.UseSetting("Email:Enabled", "true");
            b.UseSetting("Email:Host", "127.0.0.1");
            b.UseSetting("Email:Port", smtp.Port.ToString());
            b.UseSetting("Email:From", "ocop@thainguyen.gov.vn");
            b.UseSetting("Email:Security", "None");
        });
        await app.WithDbAsync(async db =>
        {
            var officer = await db.Users.SingleAsync(u => u.UserName == Commune);
            officer.Email = "xa.babe@thainguyen.gov.vn";
            return await db.SaveChangesAsync();
        });
        var producer = mailing.CreateClient();
        producer.DefaultRequestHeaders.Authorization = new("Bearer", await Clients.TokenAsync(producer, Producer, Clients.PasswordOf(Producer)));
        var draft = await CreateCompleteDraftAsync(app, producer);
        await MoveOkAsync(producer, draft.GetProperty("id").GetInt32(), "Submit");

        var message = await smtp.NextAsync(TimeSpan.FromSeconds(20));
        Assert.Equal("ocop@thainguyen.gov.vn", message.From);
        Assert.Equal(["xa.babe@thainguyen.gov.vn"], message.To);
        var mime = MimeKit.MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(message.Data)));
        Assert.Equal($"[OCOP Hub] {draft.GetProperty("productName").GetString()}: Nộp hồ sơ", mime.Subject);
        Assert.StartsWith("[OCOP Hub] Bí", mime.Subject);
        Assert.Contains($"/Dossiers/Details/{draft.GetProperty("id").GetInt32()}", mime.TextBody);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DossierEvidenceAndDeadlineSqliteTests(SqliteAppFactory app) : DossierEvidenceAndDeadlineTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DossierEvidenceAndDeadlinePostgresTests(PostgresAppFactory app) : DossierEvidenceAndDeadlineTests(app);
