using Microsoft.Playwright;
using OcopHub.Web.Data;

namespace OcopHub.Browser.Tests;

/// <summary>A producer fills the self-assessment in the browser; the prediction updates as options are ticked (htmx).</summary>
[Collection(BrowserCollection.Name)]
public sealed class SelfAssessmentBrowserTests(BrowserApp app)
{
    [Fact]
    public async Task Producer_ticks_every_best_option_and_sees_five_stars_live()
    {
        var page = await app.NewPageAsync();
        await app.LoginAsync(page, "chuthe.bixanh", Seeder.DemoPassword);
        await page.ClickAsync("[data-nav=self-assessments]");
        await page.FillAsync("#ProductName", "Bí xanh thơm Ba Bể");
        await page.SelectOptionAsync("#SetNo", "8");
        await page.ClickAsync("[data-testid=start]");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/SelfAssessments/Edit/\\d+$"));

        // Tick the highest-scoring option of every criterion (the last printed option, skipping "none").
        var criteria = await page.EvaluateAsync<string[]>(
            "() => [...new Set([...document.querySelectorAll('input[type=radio]')].map(r => r.name))]");
        foreach (var name in criteria)
        {
            var best = await page.EvaluateAsync<string>(
                @"name => { const rows = [...document.querySelectorAll(`input[name=""${name}""]`)].filter(r => r.value !== 'none');
                    let best = rows[0], max = -1;
                    for (const r of rows) { const p = parseFloat(r.closest('tr').querySelector('td:last-child strong').textContent);
                        if (p > max && !r.closest('tr').classList.contains('table-danger')) { max = p; best = r; } }
                    return best.id; }", name);
            await page.CheckAsync("#" + best);
        }
        await Assertions.Expect(page.Locator("[data-testid=total]")).ToHaveTextAsync("100");
        await Assertions.Expect(page.Locator("[data-testid=stars]")).ToHaveTextAsync("★★★★★");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDir, "self-assessment.png") });
        await page.ClickAsync("[data-testid=save]");
        await Assertions.Expect(page.Locator(".alert-success")).ToContainTextAsync("Đã lưu bản nháp");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Visitor_reads_a_sheet_with_star_minima()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/bo-tieu-chi");
        await page.ClickAsync("a[href='/bo-tieu-chi/26-2026/8']");
        await Assertions.Expect(page.Locator("[data-testid=disqualifiers]")).ToBeVisibleAsync();
        Assert.True(await page.Locator("tr.star-minimum").CountAsync() > 10);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDir, "criteria-set-8.png") });
        await page.Context.CloseAsync();
    }
}
