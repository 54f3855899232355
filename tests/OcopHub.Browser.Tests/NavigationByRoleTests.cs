using Microsoft.Playwright;
using OcopHub.Web.Data;
using OcopHub.Web.Tests.Infrastructure;

namespace OcopHub.Browser.Tests;

/// <summary>Each demo role signs in through the real login page and sees the navigation of its role.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NavigationByRoleTests(BrowserApp app)
{
    public static TheoryData<string, string[], string[]> Roles => new()
    {
        { "admin", ["dashboard", "producers", "products", "dossiers", "inbox", "admin"], ["my-producer"] },
        { "bo.nnmt", ["dashboard", "producers", "products", "dossiers", "inbox", "rounds"], ["admin", "my-producer"] },
        { "ocop.thainguyen", ["dashboard", "producers", "products", "dossiers", "inbox", "rounds", "councils"], ["admin", "my-producer"] },
        { "so.congthuong", ["dashboard", "producers", "products", "dossiers", "inbox", "rounds"], ["admin", "my-producer"] },
        { "hoidong.thainguyen", ["dashboard", "producers", "products", "dossiers", "inbox", "rounds", "councils"], ["admin", "my-producer"] },
        { "xa.babe", ["dashboard", "producers", "products", "dossiers", "inbox", "rounds"], ["admin", "my-producer", "councils"] },
        { "chuthe.bixanh", ["dashboard", "my-producer", "products", "dossiers", "inbox"], ["admin", "producers", "rounds", "councils"] },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Each_role_sees_its_navigation(string userName, string[] visible, string[] hidden)
    {
        var page = await app.NewPageAsync();
        var password = userName == "admin" ? OcopAppFactory.AdminPassword : Seeder.DemoPassword;
        await app.LoginAsync(page, userName, password);
        var nav = page.Locator("[data-testid=main-nav]");
        foreach (var item in visible) Assert.Equal(1, await nav.Locator($"[data-nav={item}]").CountAsync());
        foreach (var item in hidden) Assert.Equal(0, await nav.Locator($"[data-nav={item}]").CountAsync());
        Assert.Contains(userName, await page.Locator("[data-testid=user-menu]").InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDir, $"nav-{userName}.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Producer_list_page_shows_scoped_records_and_switches_to_english()
    {
        var page = await app.NewPageAsync();
        await app.LoginAsync(page, "xa.babe", Seeder.DemoPassword);
        await page.ClickAsync("[data-nav=producers]");
        await Assertions.Expect(page.Locator("[data-testid=producers-table]")).ToContainTextAsync("Bí xanh Ba Bể");
        await Assertions.Expect(page.Locator("[data-testid=producers-table]")).Not.ToContainTextAsync("Chợ Đồn");
        await page.ClickAsync("[data-testid=language]");
        await page.ClickAsync("text=English");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("OCOP producers");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDir, "producers-en.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Admin_creates_a_user_with_the_commune_picker()
    {
        var page = await app.NewPageAsync();
        await app.LoginAsync(page, "admin", OcopAppFactory.AdminPassword);
        await page.GotoAsync(app.BaseUrl + "/Admin/Users/Edit");
        await page.FillAsync("#UserName", "canbo.browser");
        await page.FillAsync("#Password", "Trinhduyet@2026");
        await page.FillAsync("#Form_FullName", "Cán bộ Trình Duyệt");
        await page.SelectOptionAsync("#Form_Role", "CommuneOfficer");
        await page.SelectOptionAsync("#Form_ProvinceCode", "19");
        // htmx fills the communes of the chosen province.
        await Assertions.Expect(page.Locator("#Form_CommuneCode option[value='01906']")).ToHaveCountAsync(1);
        await page.SelectOptionAsync("#Form_CommuneCode", "01906");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDir, "admin-user-edit.png"), FullPage = true });
        await page.ClickAsync("[data-testid=save-user]");
        await Assertions.Expect(page.Locator("[data-testid=users-table]")).ToContainTextAsync("canbo.browser");
        await page.Context.CloseAsync();
    }
}
