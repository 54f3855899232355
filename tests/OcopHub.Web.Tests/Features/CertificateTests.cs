using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Infrastructure;
using OcopHub.Web.Tests.Infrastructure;

namespace OcopHub.Web.Tests.Features;

/// <summary>Recognition decisions, certificates, public verification, supersession, revocation and inspections.</summary>
public abstract partial class CertificateTests(OcopAppFactory app)
{
    private sealed class FixedClock(DateOnly vietnamDay) : TimeProvider
    {
        // Noon in Vietnam, so the Vietnamese day is the one asked for.
        public override DateTimeOffset GetUtcNow() => new(vietnamDay.ToDateTime(new TimeOnly(5, 0)), TimeSpan.Zero);
    }

    private async Task<int> NewProductAsync(HttpClient officer, string name)
    {
        var producerId = await app.WithDbAsync(db => db.Producers.Where(p => p.Name == "Hợp tác xã Nông nghiệp Bí xanh Ba Bể").Select(p => p.Id).SingleAsync());
        var response = await officer.PostAsJsonAsync("/api/v1/products", new
        {
            name = $"{name} {Guid.NewGuid():N}"[..(name.Length + 9)], producerId, communeCode = "01906", rulebookId = "26-2026", productSetNo = 1,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetInt32();
    }

    private static object Decision(string date, params object[] items) => new
    {
        number = $"{Random.Shared.Next(100, 999)}/QĐ-UBND", decisionDate = date, signerName = "Nguyễn Văn Chủ", signerTitle = "KT. Chủ tịch – Phó Chủ tịch", items,
    };

    private static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    private async Task<JsonElement> RecogniseAsync(HttpClient client, int productId, int stars, string date = "2026-03-15") =>
        (await CreatedAsync(await client.PostAsJsonAsync("/api/v1/decisions", Decision(date, new { productId, stars, points = 60 + 10 * (stars - 3) }))))
            .GetProperty("certificates")[0];

    [Fact]
    public async Task Recording_a_decision_issues_numbered_certificates_for_36_months_and_updates_the_products()
    {
        var office = await app.ApiAsAsync("ocop.thainguyen");
        var a = await NewProductAsync(office, "Bí xanh sấy");
        var b = await NewProductAsync(office, "Bí xanh muối");
        var decision = await CreatedAsync(await office.PostAsJsonAsync("/api/v1/decisions",
            Decision("2026-03-15", new { productId = a, stars = 3, points = 62.5m }, new { productId = b, stars = 4, points = 75m })));

        Assert.Equal("province", decision.GetProperty("level").GetString());
        var certs = decision.GetProperty("certificates").EnumerateArray().ToList();
        Assert.Equal(2, certs.Count);
        var numbers = certs.Select(c => c.GetProperty("number").GetString()!).ToList();
        Assert.All(numbers, n => Assert.Matches(@"^\d{3}/2026/OCOP-19$", n));
        var sequences = numbers.Select(n => int.Parse(n[..3])).Order().ToList();
        Assert.Equal(sequences[0] + 1, sequences[1]);
        Assert.All(certs, c => Assert.Equal("2026-03-15", c.GetProperty("issuedOn").GetString()));
        Assert.All(certs, c => Assert.Equal("2029-03-15", c.GetProperty("expiresOn").GetString()));
        Assert.All(certs, c => Assert.EndsWith("Thái Nguyên", c.GetProperty("producerAddress").GetString()));

        var product = await (await office.GetAsync($"/api/v1/products/{b}")).JsonAsync();
        Assert.Equal(4, product.GetProperty("currentStars").GetInt32());
        var history = product.GetProperty("history")[0];
        Assert.Equal(certs.Single(c => c.GetProperty("productId").GetInt32() == b).GetProperty("number").GetString(), history.GetProperty("certificateNumber").GetString());
        Assert.Equal("2029-03-15", history.GetProperty("expiresOn").GetString());

        var id = certs[0].GetProperty("id").GetInt32().ToString();
        var trail = await app.WithDbAsync(db => db.AuditEntries.Where(x => x.EntityType == "Certificate" && x.EntityId == id).ToListAsync());
        Assert.Contains(trail, x => x.Action == "Created" && x.UserName == "ocop.thainguyen" && x.After!.Contains("/2026/OCOP-19"));
    }

    [Fact]
    public async Task Five_stars_are_recognised_only_by_the_ministry_with_a_national_number()
    {
        var office = await app.ApiAsAsync("ocop.thainguyen");
        var product = await NewProductAsync(office, "Bí xanh đặc sản");
        var refused = await office.PostAsJsonAsync("/api/v1/decisions", Decision("2026-03-15", new { productId = product, stars = 5, points = 92 }));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Bộ Nông nghiệp", (await refused.JsonAsync()).GetProperty("errors").GetProperty("items[0].stars")[0].GetString());

        var commune = await app.ApiAsAsync("xa.babe");
        Assert.Equal(HttpStatusCode.Forbidden, (await commune.PostAsJsonAsync("/api/v1/decisions", Decision("2026-03-15", new { productId = product, stars = 3 }))).StatusCode);

        var ministry = await app.ApiAsAsync("bo.nnmt");
        var cert = await RecogniseAsync(ministry, product, 5);
        Assert.Matches(@"^\d{3}/2026/OCOP-TW$", cert.GetProperty("number").GetString());
    }

    [Fact]
    public async Task Certificate_pdf_is_a_landscape_pdf_with_a_qr_code()
    {
        var office = await app.ApiAsAsync("ocop.thainguyen");
        var cert = await RecogniseAsync(office, await NewProductAsync(office, "Bí xanh PDF"), 3);
        var response = await office.GetAsync($"/api/v1/certificates/{cert.GetProperty("id").GetInt32()}/pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        var box = MediaBox().Match(Encoding.Latin1.GetString(pdf));
        Assert.True(box.Success && double.Parse(box.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > double.Parse(box.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), "landscape");
        // The QR code is drawn as vector modules: many rectangles in a content stream.
        Assert.Contains(InflatedStreams(pdf), s => Regex.Matches(s, @"\bl\b|\bre\b").Count > 50);
        // Read back, the code is exactly the absolute verification URL, and that URL opens for anyone.
        // The QR carries an absolute URL on the requesting host (Portal:BaseUrl unset in tests).
        var verifyUrl = new Uri(office.BaseAddress!, cert.GetProperty("verifyUrl").GetString()!).ToString();
        Assert.True(PdfQrReader.Encodes(pdf, verifyUrl), $"the certificate's QR code should encode {verifyUrl}");
        Assert.False(PdfQrReader.Encodes(pdf, verifyUrl + "x"));
        var page = await app.CreateClient().GetAsync(new Uri(verifyUrl).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(cert.GetProperty("number").GetString()!, await page.Content.ReadAsStringAsync());
        // Another province's officer cannot download it.
        var other = await OtherProvinceOfficerAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/certificates/{cert.GetProperty("id").GetInt32()}/pdf")).StatusCode);
    }

    [Fact]
    public async Task Verification_page_and_api_work_anonymously_and_show_revocation_at_once()
    {
        var office = await app.ApiAsAsync("ocop.thainguyen");
        var cert = await RecogniseAsync(office, await NewProductAsync(office, "Bí xanh xác minh"), 4);
        var number = cert.GetProperty("number").GetString()!;
        var slug = number.Replace('/', '-');
        var anonymous = app.CreateClient();

        var json = await (await anonymous.GetAsync($"/api/v1/certificates/{slug}")).JsonAsync();
        Assert.Equal("Active", json.GetProperty("status").GetString());
        Assert.True(json.GetProperty("valid").GetBoolean());
        var text = json.GetRawText();
        Assert.DoesNotContain("0912345678", text); // the producer's phone
        Assert.False(json.TryGetProperty("points", out _));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/v1/certificates/{Uri.EscapeDataString(number)}")).StatusCode);

        var page = await anonymous.GetStringAsync($"/xac-minh/{slug}");
        Assert.Contains("data-status=\"Active\"", page);
        Assert.Contains("Còn hiệu lực", page);
        Assert.DoesNotContain("0912345678", page);

        var revoke = await office.PostAsJsonAsync($"/api/v1/certificates/{cert.GetProperty("id").GetInt32()}/revocation", new
        {
            ground = "c", triggeredOn = "2026-04-01", decisionNumber = "45/QĐ-UBND", decidedOn = "2026-04-10", signerName = "Nguyễn Văn Chủ",
            version = cert.GetProperty("version").GetInt64(),
        });
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);

        json = await (await anonymous.GetAsync($"/api/v1/certificates/{slug}")).JsonAsync();
        Assert.Equal("Revoked", json.GetProperty("status").GetString());
        Assert.Equal("c", json.GetProperty("revocationGround").GetString());
        Assert.False(json.GetProperty("valid").GetBoolean());
        page = await anonymous.GetStringAsync($"/xac-minh/{slug}");
        Assert.Contains("Đã bị thu hồi", page);
        Assert.Contains("10/04/2026", page);
        var english = await anonymous.GetStringAsync($"/xac-minh/{slug}?culture=en-US&ui-culture=en-US");
        Assert.Contains("data-verify=\"status\">Revoked<", english);
        Assert.Contains("Valid until", english);

        var product = await (await office.GetAsync($"/api/v1/products/{cert.GetProperty("productId").GetInt32()}")).JsonAsync();
        Assert.Equal(JsonValueKind.Null, product.GetProperty("currentStars").ValueKind);
        // Editing the product afterwards (history sent back as read) does not bring the revoked stars back.
        var edit = JsonSerializer.Deserialize<Dictionary<string, object?>>(product.GetRawText())!;
        var edited = await office.PutAsJsonAsync($"/api/v1/products/{product.GetProperty("id").GetInt32()}", edit);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await edited.JsonAsync()).GetProperty("currentStars").ValueKind);
        var certId = cert.GetProperty("id").GetInt32().ToString();
        var update = await app.WithDbAsync(db => db.AuditEntries.Where(x => x.EntityType == "Certificate" && x.EntityId == certId && x.Action == "Updated").ToListAsync());
        Assert.Contains(update, x => x.UserName == "ocop.thainguyen" && x.After!.Contains("\"RevokedOn\":\"2026-04-10\"") && x.Before!.Contains("\"RevokedOn\":null"));

        var missing = await anonymous.GetAsync("/api/v1/certificates/999-2026-OCOP-19");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/xac-minh/999-2026-OCOP-19")).StatusCode);
    }

    [Fact]
    public async Task Status_follows_the_clock_active_expiring_expired()
    {
        var office = await app.ApiAsAsync("ocop.thainguyen");
        var cert = await RecogniseAsync(office, await NewProductAsync(office, "Bí xanh đồng hồ"), 3, "2026-01-10"); // expires 10/01/2029
        var slug = cert.GetProperty("number").GetString()!.Replace('/', '-');

        async Task<string> StatusOn(DateOnly day, string filter)
        {
            using var at = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FixedClock(day))));
            var json = await (await at.CreateClient().GetAsync($"/api/v1/certificates/{slug}")).JsonAsync();
            var officer = at.CreateClient();
            officer.DefaultRequestHeaders.Authorization = new("Bearer", await Clients.TokenAsync(officer, "ocop.thainguyen", Seeder.DemoPassword));
            var list = await officer.GetStringAsync($"/api/v1/certificates?status={filter}&pageSize=500");
            Assert.Contains(cert.GetProperty("number").GetString()!, list);
            return json.GetProperty("status").GetString()!;
        }

        Assert.Equal("Active", await StatusOn(new DateOnly(2027, 6, 1), "active"));
        Assert.Equal("Expiring", await StatusOn(new DateOnly(2028, 8, 1), "due"));      // 162 days before expiry: window open
        Assert.Equal("Expiring", await StatusOn(new DateOnly(2028, 12, 1), "overdue")); // window closed 13/09/2028
        Assert.Equal("Expired", await StatusOn(new DateOnly(2029, 1, 11), "expired"));
    }

    [Fact]
    public async Task A_new_recognition_supersedes_the_active_certificate()
    {
        var office = await app.ApiAsAsync("ocop.thainguyen");
        var product = await NewProductAsync(office, "Bí xanh nâng hạng");
        var first = await RecogniseAsync(office, product, 3, "2025-05-01");
        var second = await RecogniseAsync(office, product, 4, "2026-06-01");
        var old = await (await office.GetAsync($"/api/v1/certificates/{first.GetProperty("id").GetInt32()}")).JsonAsync();
        Assert.Equal("Superseded", old.GetProperty("status").GetString());
        Assert.Equal(second.GetProperty("number").GetString(), old.GetProperty("supersededByNumber").GetString());
        Assert.Equal(second.GetProperty("id").GetInt32(), old.GetProperty("supersededById").GetInt32());
        var p = await (await office.GetAsync($"/api/v1/products/{product}")).JsonAsync();
        Assert.Equal(4, p.GetProperty("currentStars").GetInt32());
        Assert.Equal(2, p.GetProperty("history").GetArrayLength());
        var page = await app.CreateClient().GetStringAsync($"/xac-minh/{first.GetProperty("number").GetString()!.Replace('/', '-')}");
        Assert.Contains(second.GetProperty("number").GetString()!, page);
    }

    [Fact]
    public async Task Revocation_authority_follows_the_star_level_and_the_late_decision_is_flagged()
    {
        var office = await app.ApiAsAsync("ocop.thainguyen");
        var ministry = await app.ApiAsAsync("bo.nnmt");
        var five = await RecogniseAsync(ministry, await NewProductAsync(office, "Bí xanh năm sao"), 5);
        var body = (JsonElement c, string triggered, string decided) => new
        {
            ground = "đ", triggeredOn = triggered, decisionNumber = "77/QĐ-BNNMT", decidedOn = decided, signerName = "Bộ trưởng",
            version = c.GetProperty("version").GetInt64(),
        };
        var byOffice = await office.PostAsJsonAsync($"/api/v1/certificates/{five.GetProperty("id").GetInt32()}/revocation", body(five, "2026-04-01", "2026-04-10"));
        Assert.Equal(HttpStatusCode.Forbidden, byOffice.StatusCode);
        Assert.Contains("Bộ trưởng", (await byOffice.JsonAsync()).GetProperty("detail").GetString());

        var three = await RecogniseAsync(office, await NewProductAsync(office, "Bí xanh ba sao"), 3);
        var commune = await app.ApiAsAsync("xa.babe");
        Assert.Equal(HttpStatusCode.Forbidden, (await commune.PostAsJsonAsync($"/api/v1/certificates/{three.GetProperty("id").GetInt32()}/revocation", body(three, "2026-04-01", "2026-04-10"))).StatusCode);

        // 15 days from 01/04/2026 is 16/04/2026 (a Thursday): decided on 20/04 is late.
        var late = await (await ministry.PostAsJsonAsync($"/api/v1/certificates/{five.GetProperty("id").GetInt32()}/revocation", body(five, "2026-04-01", "2026-04-20"))).JsonAsync();
        Assert.Equal("Revoked", late.GetProperty("status").GetString());
        Assert.Equal("2026-04-16", late.GetProperty("revocation").GetProperty("deadline").GetString());
        Assert.True(late.GetProperty("revocation").GetProperty("late").GetBoolean());
        Assert.Equal("đ", late.GetProperty("revocation").GetProperty("ground").GetString());

        var onTime = await (await office.PostAsJsonAsync($"/api/v1/certificates/{three.GetProperty("id").GetInt32()}/revocation", body(three, "2026-04-01", "2026-04-10"))).JsonAsync();
        Assert.False(onTime.GetProperty("revocation").GetProperty("late").GetBoolean());
    }

    [Fact]
    public async Task Another_provinces_officer_gets_404_and_stale_versions_get_409()
    {
        var office = await app.ApiAsAsync("ocop.thainguyen");
        var cert = await RecogniseAsync(office, await NewProductAsync(office, "Bí xanh phạm vi"), 3);
        var id = cert.GetProperty("id").GetInt32();
        var other = await OtherProvinceOfficerAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/certificates/{id}")).StatusCode);
        Assert.DoesNotContain(cert.GetProperty("number").GetString()!, await other.GetStringAsync("/api/v1/certificates?pageSize=500"));
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/v1/certificates/{id}/revocation", new { ground = "a", version = 0 })).StatusCode);

        var version = cert.GetProperty("version").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await office.PutAsJsonAsync($"/api/v1/certificates/{id}/re-evaluation", new { filedOn = "2028-08-01", version })).StatusCode);
        var stale = await office.PutAsJsonAsync($"/api/v1/certificates/{id}/re-evaluation", new { filedOn = "2028-08-02", version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        var staleRevocation = await office.PostAsJsonAsync($"/api/v1/certificates/{id}/revocation", new
        {
            ground = "a", triggeredOn = "2026-04-01", decisionNumber = "1/QĐ", decidedOn = "2026-04-02", signerName = "A", version,
        });
        Assert.Equal(HttpStatusCode.Conflict, staleRevocation.StatusCode);
        Assert.Null((await app.WithDbAsync(db => db.Certificates.SingleAsync(c => c.Id == id))).RevokedOn);
    }

    [Fact]
    public async Task Inspection_with_violations_opens_a_revocation_case_with_its_deadline()
    {
        var office = await app.ApiAsAsync("ocop.thainguyen");
        var cert = await RecogniseAsync(office, await NewProductAsync(office, "Bí xanh hậu kiểm"), 3);
        var id = cert.GetProperty("id").GetInt32();
        var ok = await CreatedAsync(await office.PostAsJsonAsync($"/api/v1/certificates/{id}/inspections",
            new { kind = "Periodic", inspectedOn = "2026-05-04", inspector = "Đoàn kiểm tra tỉnh", criteriaStillMet = true, markUsedCorrectly = true }));
        Assert.True(ok.GetProperty("meetsCriteria").GetBoolean());
        Assert.Equal(JsonValueKind.Null, ok.GetProperty("revocationGround").ValueKind);
        var bad = await CreatedAsync(await office.PostAsJsonAsync($"/api/v1/certificates/{id}/inspections",
            new { kind = "AdHoc", inspectedOn = "2026-06-01", inspector = "Đoàn kiểm tra tỉnh", findings = "Nhãn in sai số sao", criteriaStillMet = true, markUsedCorrectly = false }));
        Assert.Equal("d", bad.GetProperty("revocationGround").GetString());
        Assert.Equal("2026-06-16", bad.GetProperty("revokeBy").GetString());
        var invalid = await office.PostAsJsonAsync($"/api/v1/certificates/{id}/inspections", new { kind = "Sometimes" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.True((await invalid.JsonAsync()).GetProperty("errors").TryGetProperty("inspector", out _));
    }

    [Fact]
    public async Task Reminders_notify_the_producer_and_the_province_once_when_the_window_opens()
    {
        var office = await app.ApiAsAsync("ocop.thainguyen");
        var cert = await RecogniseAsync(office, await NewProductAsync(office, "Bí xanh nhắc hạn"), 3, "2026-01-10"); // window opens 14/07/2028
        var key = $"certificate:{cert.GetProperty("id").GetInt32()}:WindowOpens";

        async Task RunOn(DateOnly day)
        {
            using var at = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FixedClock(day))));
            using var scope = at.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<Web.Features.Certificates.CertificateReminders>().RunAsync(CancellationToken.None);
        }

        await RunOn(new DateOnly(2028, 7, 13));
        Assert.Equal(0, await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.Key == key)));
        await RunOn(new DateOnly(2028, 7, 14));
        await RunOn(new DateOnly(2028, 7, 15)); // a second run does not notify twice
        var sent = await app.WithDbAsync(db => db.Notifications.Where(n => n.Key == key).Join(db.Users, n => n.UserId, u => u.Id, (n, u) => u.UserName).ToListAsync());
        Assert.Contains("chuthe.bixanh", sent);
        Assert.Contains("ocop.thainguyen", sent);
        Assert.DoesNotContain("xa.babe", sent);
        Assert.Equal(sent.Count, sent.Distinct().Count());

        // The producer sees its own certificate through the API too.
        Assert.Contains(cert.GetProperty("number").GetString()!, await (await app.ApiAsAsync("chuthe.bixanh")).GetStringAsync("/api/v1/certificates?status=active&pageSize=500"));
        var pages = await app.PagesAsAsync("chuthe.bixanh");
        Assert.Contains(cert.GetProperty("number").GetString()!, await pages.GetStringAsync("/Notifications"));
    }

    [Fact]
    public async Task Reward_list_totals_the_amounts_of_the_year_by_star_level()
    {
        var office = await app.ApiAsAsync("ocop.thainguyen");
        var year = 2019 + Random.Shared.Next(0, 5); // a year no other test issues in, so the list is this test's own
        var a = await RecogniseAsync(office, await NewProductAsync(office, "Bí xanh thưởng A"), 3, $"{year}-02-01");
        await RecogniseAsync(office, await NewProductAsync(office, "Bí xanh thưởng B"), 4, $"{year}-02-01");
        var policy = await office.PutAsJsonAsync($"/api/v1/rewards/{year}/policy", new { amount3Stars = 10_000_000, amount4Stars = 20_000_000, amount5Stars = 50_000_000 });
        Assert.Equal(HttpStatusCode.OK, policy.StatusCode);
        var version = (await policy.JsonAsync()).GetProperty("version").GetInt64();
        var list = await (await office.GetAsync($"/api/v1/rewards/{year}?decisionId={a.GetProperty("decisionId").GetInt32()}")).JsonAsync();
        Assert.Equal(10_000_000m, list.GetProperty("total").GetDecimal());
        var all = await (await office.GetAsync($"/api/v1/rewards/{year}")).JsonAsync();
        Assert.True(all.GetProperty("total").GetDecimal() >= 30_000_000m);
        Assert.Equal(HttpStatusCode.OK, (await office.PutAsJsonAsync($"/api/v1/rewards/{year}/policy", new { amount3Stars = 1, amount4Stars = 2, amount5Stars = 3, version })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await office.PutAsJsonAsync($"/api/v1/rewards/{year}/policy", new { amount3Stars = 1, amount4Stars = 2, amount5Stars = 3, version })).StatusCode);
        var invalid = await office.PutAsJsonAsync($"/api/v1/rewards/{year}/policy", new { amount3Stars = -1 });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("VND", (await invalid.JsonAsync()).GetProperty("errors").GetProperty("amount3Stars")[0].GetString());
    }

    [Fact]
    public async Task Officer_records_a_decision_through_the_form_and_revokes_from_the_details_page()
    {
        var api = await app.ApiAsAsync("ocop.thainguyen");
        var product = await NewProductAsync(api, "Bí xanh biểu mẫu");
        var pages = await app.PagesAsAsync("ocop.thainguyen");
        var response = await pages.PostFormAsync("/Certificates/Record", new()
        {
            ["Number"] = "88/QĐ-UBND", ["DecisionDate"] = "2026-02-02", ["SignerName"] = "Nguyễn Văn Chủ", ["SignerTitle"] = "Chủ tịch",
            ["Items[0].ProductId"] = product.ToString(), ["Items[0].Stars"] = "4", ["Items[0].Points"] = "77",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var decisionPage = await pages.GetStringAsync(response.Headers.Location!.ToString());
        var number = Regex.Match(decisionPage, @"\d{3}/2026/OCOP-19").Value;
        Assert.NotEmpty(number);
        var id = await app.WithDbAsync(db => db.Certificates.Where(c => c.Number == number).Select(c => c.Id).SingleAsync());

        var decisionUrl = response.Headers.Location!.ToString();
        Assert.Equal("application/pdf", (await pages.GetAsync(decisionUrl + "?handler=Pdf")).Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", (await pages.GetAsync(decisionUrl + "?handler=Excel")).Content.Headers.ContentType?.MediaType);
        var list = await pages.GetStringAsync("/Certificates?status=active");
        Assert.Contains(number, list);
        Assert.Contains("data-nav=\"certificates\"", list);
        var pdf = await pages.GetAsync($"/Certificates/Details/{id}?handler=Pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", (await pages.GetAsync("/Certificates?handler=Export&status=active")).Content.Headers.ContentType?.MediaType);

        var version = await app.WithDbAsync(db => db.Certificates.Where(c => c.Id == id).Select(c => c.Version).SingleAsync());
        var revoked = await pages.PostFormAsync($"/Certificates/Details/{id}?handler=Revoke", new()
        {
            ["Revoke.Ground"] = "b", ["Revoke.TriggeredOn"] = "2026-03-01", ["Revoke.DecidedOn"] = "2026-03-05", ["Revoke.DecisionNumber"] = "9/QĐ-UBND",
            ["Revoke.SignerName"] = "Nguyễn Văn Chủ", ["Revoke.Version"] = version.ToString(),
        }, formPage: $"/Certificates/Details/{id}");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        var details = await pages.GetStringAsync($"/Certificates/Details/{id}");
        Assert.Contains("Đã bị thu hồi", details);
        Assert.Contains("data-testid=\"revocation\"", details);

        // A commune officer sees the certificate of its commune but gets no revocation form, and its post is refused.
        var commune = await app.PagesAsAsync("xa.babe");
        var other = await app.ApiAsAsync("ocop.thainguyen");
        var fresh = await RecogniseAsync(other, await NewProductAsync(other, "Bí xanh xã xem"), 3);
        var communePage = await commune.GetStringAsync($"/Certificates/Details/{fresh.GetProperty("id").GetInt32()}");
        Assert.DoesNotContain("revoke-form", communePage);
    }

    [Fact]
    public async Task Concurrent_decisions_get_distinct_consecutive_numbers()
    {
        var office = await app.ApiAsAsync("ocop.thainguyen");
        var products = new List<int>();
        for (var i = 0; i < 4; i++) products.Add(await NewProductAsync(office, $"Bí xanh song song {i}"));
        var year = 2030 + Random.Shared.Next(0, 60); // numbers run per issuer and year: a year of its own
        using var at = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FixedClock(new DateOnly(year, 12, 31)))));
        var timed = await Task.WhenAll(products.Select(async _ =>
        {
            var c = at.CreateClient();
            c.DefaultRequestHeaders.Authorization = new("Bearer", await Clients.TokenAsync(c, "ocop.thainguyen", Seeder.DemoPassword));
            return c;
        }));
        var responses = await Task.WhenAll(products.Select((p, i) => timed[i].PostAsJsonAsync("/api/v1/decisions", Decision($"{year}-06-01", new { productId = p, stars = 3 }))));
        var numbers = new List<string>();
        foreach (var r in responses) numbers.Add((await CreatedAsync(r)).GetProperty("certificates")[0].GetProperty("number").GetString()!);
        Assert.Equal(["001", "002", "003", "004"], numbers.Select(n => n[..3]).Order());
        Assert.All(numbers, n => Assert.EndsWith($"/{year}/OCOP-19", n));
    }

    private async Task<HttpClient> OtherProvinceOfficerAsync()
    {
        var userName = $"ocop.hanoi.{Guid.NewGuid().ToString("N")[..6]}";
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = userName, FullName = "Cán bộ Hà Nội", IsActive = true, ScopeProvinceCode = "01" };
            Assert.True((await users.CreateAsync(user, Seeder.DemoPassword)).Succeeded);
            await users.AddToRoleAsync(user, Roles.ProvinceOffice);
        }
        return await app.ApiAsAsync(userName, Seeder.DemoPassword);
    }

    [GeneratedRegex(@"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]")]
    private static partial Regex MediaBox();

    private static List<string> InflatedStreams(byte[] pdf) => PdfStreams.Inflated(pdf);
}

[Collection(SqliteCollection.Name)]
public sealed class CertificateSqliteTests(SqliteAppFactory app) : CertificateTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CertificatePostgresTests(PostgresAppFactory app) : CertificateTests(app);
