using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Infrastructure;
using OcopHub.Web.Tests.Infrastructure;

namespace OcopHub.Browser.Tests;

/// <summary>
/// The whole OCOP cycle in the browser (Art. 7.1–7.3): a producer files, the commune receives and forwards with Mẫu 03,
/// the provincial office checks and assigns to a round, three council members and the chair score on the digital
/// sheet, the chair concludes, the office records the decision, and the producer downloads a certificate whose QR
/// code opens the public verification page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OcopCycleBrowserTests(BrowserApp app)
{
    private const string FourthMember = "hoidong4.thainguyen";
    private const string CycleProduct = "Trà hoa vàng Ba Bể túi lọc";

    // Picks, for every criterion, the non-knock-out option nearest 80 % of its maximum that still meets any star
    // minimum printed for it: a realistic 3★–4★ product, below the 90 points that would go to the Ministry.
    private const string AnswerSheet = @"() => {
        const groups = {};
        for (const r of document.querySelectorAll('input[type=radio][name^=""a[""]')) (groups[r.name] ??= []).push(r);
        for (const radios of Object.values(groups)) {
            const options = radios.filter(r => r.value !== 'none' && !r.closest('tr').classList.contains('table-danger'))
                .map(r => ({ r, points: parseFloat(r.closest('tr').querySelector('strong').textContent.replace(',', '.')),
                             minimum: r.closest('tr').classList.contains('star-minimum') }));
            const floor = Math.min(...options.filter(o => o.minimum).map(o => o.points), Infinity);
            const allowed = options.filter(o => floor === Infinity || o.points >= floor);
            const max = Math.max(...allowed.map(o => o.points));
            allowed.sort((a, b) => Math.abs(a.points - 0.8 * max) - Math.abs(b.points - 0.8 * max));
            allowed[0].r.checked = true;
        }
    }";

    [Fact]
    public async Task Producer_commune_office_council_and_chair_take_a_product_to_a_verified_certificate()
    {
        await AddCouncilMemberAccountAsync();
        await AddProductAsync();

        // 1. Producer: draft → submitted.
        var producer = await app.NewPageAsync();
        await app.LoginAsync(producer, "chuthe.bixanh", Seeder.DemoPassword);
        await producer.ClickAsync("[data-nav=dossiers]");
        await producer.SelectOptionAsync("#ProductId", new SelectOptionValue { Label = CycleProduct });
        await producer.SelectOptionAsync("#NewType", "FirstTime");
        await producer.ClickAsync("[data-testid=create]");
        await producer.WaitForURLAsync(new Regex("/Dossiers/Edit/\\d+$"));
        var id = producer.Url.Split('/')[^1];
        await producer.EvaluateAsync(AnswerSheet);
        await producer.ClickAsync("[data-testid=save]");
        await Assertions.Expect(producer.Locator(".alert-success")).ToContainTextAsync("Đã lưu hồ sơ");
        await producer.ClickAsync("[data-testid=details-link]");
        await producer.ClickAsync("[data-action=Submit]");
        await Assertions.Expect(producer.Locator("[data-testid=state]")).ToHaveTextAsync("Đã nộp, chờ UBND cấp xã tiếp nhận");
        await producer.Context.CloseAsync();

        // 2. Commune officer: receive, Mẫu 03, forward to the province.
        var commune = await app.NewPageAsync();
        await app.LoginAsync(commune, "xa.babe", Seeder.DemoPassword);
        await commune.ClickAsync("[data-nav=inbox]");
        await commune.ClickAsync($"tr[data-dossier='{id}'] a");
        await commune.ClickAsync("[data-action=Receive]");
        foreach (var key in new[] { "LocalMaterials", "LocalLabour", "IdeaOrigin", "LocalIdentity" })
            await commune.CheckAsync($"input[name='report.{key}Met'][value=true]");
        await commune.FillAsync("#proposal", "Đề nghị UBND tỉnh đánh giá, phân hạng sản phẩm.");
        await commune.ClickAsync("[data-testid=save-report]");
        await commune.ClickAsync("[data-action=ForwardToProvince]");
        await Assertions.Expect(commune.Locator("[data-testid=state]")).ToHaveTextAsync(new Regex("tỉnh", RegexOptions.IgnoreCase));
        await commune.Context.CloseAsync();

        // 3. Provincial office: a round, the fourth council member, check, assign, advisory review.
        var office = await app.NewPageAsync();
        await app.LoginAsync(office, "ocop.thainguyen", Seeder.DemoPassword);
        await office.GotoAsync(app.BaseUrl + "/Rounds");
        await office.FillAsync("#PlanYear", "2027");
        await office.SelectOptionAsync("#Number", "1");
        await office.ClickAsync("[data-testid=create-round]");
        await office.GotoAsync(app.BaseUrl + "/Councils");
        await office.ClickAsync("a[href^='/Councils/Edit/']");
        await office.ClickAsync("[data-testid=add-row]");
        var rows = office.Locator("[data-testid=members] tbody tr");
        var last = rows.Nth(await rows.CountAsync() - 1);
        await last.Locator("input[name$='.UserName']").FillAsync(FourthMember);
        await last.Locator("input[name$='.Department']").FillAsync("Sở Y tế");
        await office.ClickAsync("[data-testid=save]");
        try { await office.WaitForURLAsync(app.BaseUrl + "/Councils", new() { Timeout = 20_000 }); } catch (TimeoutException) { await office.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDir, "cycle-council-edit-refused.png"), FullPage = true }); }
        Assert.True(office.Url.EndsWith("/Councils"), office.Url + " " + await office.EvaluateAsync<string>("() => [...document.querySelectorAll('.input-validation-error,.field-validation-error,.validation-summary-errors,[data-valmsg-for]')].map(e => e.outerHTML).join('\\n')"));
        await office.ClickAsync("a[href^='/Councils/Edit/']");
        await Assertions.Expect(office.Locator($"input[value='{FourthMember}']")).ToHaveCountAsync(1);
        await office.GotoAsync($"{app.BaseUrl}/Dossiers/Details/{id}");
        await office.ClickAsync("[data-action=AcceptAtProvince]");
        await office.SelectOptionAsync("#roundId", new SelectOptionValue { Index = 0 });
        await office.ClickAsync("[data-action=AssignToRound]");
        await office.ClickAsync("[data-action=StartAdvisoryReview]");
        await office.FillAsync("#survey", "Đã khảo sát cơ sở sản xuất, quy trình đúng hồ sơ.");
        await office.ClickAsync("[data-testid=save-advisory]");
        await office.Context.CloseAsync();

        // 4. The chair opens scoring; the chair and three members each submit a sheet.
        foreach (var member in new[] { "hoidong.thainguyen", "hoidong2.thainguyen", "hoidong3.thainguyen", FourthMember })
        {
            var page = await app.NewPageAsync();
            await app.LoginAsync(page, member, Seeder.DemoPassword);
            await page.GotoAsync($"{app.BaseUrl}/Councils/Score/{id}");
            if (await page.Locator("[data-testid=open]").CountAsync() > 0) await page.ClickAsync("[data-testid=open]");
            // Opening posts and reloads the page: fill the sheet only once the member's own form is there.
            await page.Locator("[data-testid=submit]").WaitForAsync();
            await page.EvaluateAsync(AnswerSheet);
            await page.ClickAsync("[data-testid=submit]");
            await Assertions.Expect(page.Locator("[data-testid=submit]")).ToHaveCountAsync(0);
            await page.Context.CloseAsync();
        }

        // 5. The chair concludes: the engine's result is shown and the minutes are there.
        var chair = await app.NewPageAsync();
        await app.LoginAsync(chair, "hoidong.thainguyen", Seeder.DemoPassword);
        await chair.GotoAsync($"{app.BaseUrl}/Councils/Score/{id}");
        await Assertions.Expect(chair.Locator("[data-testid=result]")).ToBeVisibleAsync();
        await chair.ClickAsync("[data-testid=close]");
        await Assertions.Expect(chair.Locator("[data-testid=evaluation]")).ToContainTextAsync("điểm");
        await chair.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDir, "cycle-council-closed.png"), FullPage = true });
        await chair.Context.CloseAsync();

        // 6. The office records one recognition decision from the council's result.
        var decide = await app.NewPageAsync();
        await app.LoginAsync(decide, "ocop.thainguyen", Seeder.DemoPassword);
        await decide.GotoAsync(app.BaseUrl + "/Certificates/Decide");
        await decide.CheckAsync($"#s-{id}");
        await decide.FillAsync("#n", "215/QĐ-UBND");
        await decide.FillAsync("#d", DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd"));
        await decide.FillAsync("#s", "Nguyễn Văn Chủ");
        await decide.FillAsync("#t", "KT. Chủ tịch – Phó Chủ tịch");
        await decide.ClickAsync("[data-testid=recognise]");
        await decide.WaitForURLAsync(new Regex("/Certificates/Decision/\\d+"));
        var number = Regex.Match(await decide.ContentAsync(), @"\d{3}/\d{4}/OCOP-19").Value;
        Assert.NotEmpty(number);
        await decide.Context.CloseAsync();

        // 7. The producer downloads the certificate; its QR code is the verification URL, which anyone can open.
        var owner = await app.NewPageAsync();
        await app.LoginAsync(owner, "chuthe.bixanh", Seeder.DemoPassword);
        await owner.GotoAsync($"{app.BaseUrl}/Dossiers/Details/{id}");
        await Assertions.Expect(owner.Locator("[data-testid=state]")).ToHaveTextAsync(new Regex("công nhận", RegexOptions.IgnoreCase));
        await owner.ClickAsync("[data-nav=certificates]");
        await owner.ClickAsync($"text={number}");
        var download = await owner.RunAndWaitForDownloadAsync(() => owner.ClickAsync("[data-testid=certificate-pdf]"));
        var file = Path.Combine(BrowserApp.ScreenshotDir, "cycle-certificate.pdf");
        await download.SaveAsAsync(file);
        var pdf = await File.ReadAllBytesAsync(file);
        var verifyUrl = $"{app.BaseUrl}/xac-minh/{number.Replace('/', '-')}";
        Assert.True(PdfQrReader.Encodes(pdf, verifyUrl), $"the certificate's QR code should open {verifyUrl}");
        await owner.Context.CloseAsync();

        var consumer = await app.NewPageAsync();
        await consumer.GotoAsync(verifyUrl);
        await Assertions.Expect(consumer.Locator("body")).ToContainTextAsync(number);
        await Assertions.Expect(consumer.Locator("body")).ToContainTextAsync(CycleProduct);
        await consumer.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDir, "cycle-verification.png"), FullPage = true });
        await consumer.Context.CloseAsync();
    }

    /// <summary>The producer registers a second product through the API (the demo product is used by other browser tests).</summary>
    private async Task AddProductAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var token = await Clients.TokenAsync(http, "chuthe.bixanh", Seeder.DemoPassword);
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
        var producerId = db.Producers.Where(p => p.Name == "Hợp tác xã Nông nghiệp Bí xanh Ba Bể").Select(p => p.Id).Single();
        var response = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(http, "/api/v1/products",
            new { name = CycleProduct, producerId, communeCode = "01906", rulebookId = "26-2026", productSetNo = 1 });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
    }

    /// <summary>The demo council has the chair and two members; the office adds a fourth account in the test.</summary>
    private async Task AddCouncilMemberAccountAsync()
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(FourthMember) is not null) return;
        var user = new AppUser { UserName = FourthMember, FullName = "Nguyễn Thị Hoa", IsActive = true, ScopeProvinceCode = Seeder.DemoProvinceCode };
        Assert.True((await users.CreateAsync(user, Seeder.DemoPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.CouncilMember)).Succeeded);
    }
}
