using Microsoft.Playwright;
using OcopHub.Web.Data;

namespace OcopHub.Browser.Tests;

/// <summary>A producer files a dossier in the browser and the commune officer receives it from the inbox.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DossierBrowserTests(BrowserApp app)
{
    [Fact]
    public async Task Producer_files_and_commune_receives_from_the_inbox()
    {
        var page = await app.NewPageAsync();
        await app.LoginAsync(page, "chuthe.bixanh", Seeder.DemoPassword);
        await page.ClickAsync("[data-nav=dossiers]");
        // The demo product holds a 3★ recognition still in force, so its dossier is an upgrade (nâng hạng).
        await page.SelectOptionAsync("#NewType", "Upgrade");
        await page.ClickAsync("[data-testid=create]");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/Dossiers/Edit/\\d+$"));
        var id = page.Url.Split('/')[^1];

        // Tick the first option that is not a knock-out for every criterion of the sheet.
        await page.EvaluateAsync(@"() => { const names = [...new Set([...document.querySelectorAll('input[type=radio]')].map(r => r.name))];
            for (const n of names) { const r = [...document.querySelectorAll(`input[name=""${n}""]`)].find(x => x.value !== 'none' && !x.closest('tr').classList.contains('table-danger')); r.checked = true; } }");
        await page.FillAsync("#F_ChangesSinceRecognition", "Đạt chứng nhận VietGAP mở rộng; bao bì mới có tem truy xuất nguồn gốc.");
        await page.ClickAsync("[data-testid=save]");
        await Assertions.Expect(page.Locator(".alert-success")).ToContainTextAsync("Đã lưu hồ sơ");
        await page.ClickAsync("[data-testid=details-link]");
        await Assertions.Expect(page.Locator("[data-testid=missing]")).ToHaveCountAsync(0);
        await page.ClickAsync("[data-action=Submit]");
        await Assertions.Expect(page.Locator("[data-testid=state]")).ToHaveTextAsync("Đã nộp, chờ UBND cấp xã tiếp nhận");
        await Assertions.Expect(page.Locator("[data-testid=recognition-changes]")).ToContainTextAsync("Thay đổi so với lần được công nhận");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDir, "dossier-submitted.png"), FullPage = true });
        await page.Context.CloseAsync();

        var officer = await app.NewPageAsync();
        await app.LoginAsync(officer, "xa.babe", Seeder.DemoPassword);
        await Assertions.Expect(officer.Locator("[data-testid=bell-count]")).ToBeVisibleAsync();
        await officer.ClickAsync("[data-nav=inbox]");
        await officer.ClickAsync($"tr[data-dossier='{id}'] a");
        await officer.ClickAsync("[data-action=Receive]");
        await Assertions.Expect(officer.Locator("[data-testid=state]")).ToHaveTextAsync("UBND cấp xã đang xem xét");
        await Assertions.Expect(officer.Locator("[data-testid=receipt]")).ToContainTextAsync("/PĐK-19-01906-");
        await Assertions.Expect(officer.Locator("[data-testid=deadline]")).ToContainTextAsync("Còn 15 ngày làm việc");
        await officer.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDir, "dossier-received.png"), FullPage = true });
        await officer.Context.CloseAsync();
    }
}
