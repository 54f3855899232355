using Microsoft.Playwright;
using OcopHub.Web.Data;

namespace OcopHub.Browser.Tests;

/// <summary>The product registry as a commune officer uses it: search without accents, open a product, add one through the form.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RegistryPagesTests(BrowserApp app)
{
    [Fact]
    public async Task Commune_officer_searches_opens_and_adds_a_product()
    {
        var page = await app.NewPageAsync();
        await app.LoginAsync(page, "xa.babe", Seeder.DemoPassword);
        await page.ClickAsync("[data-nav=products]");
        await page.FillAsync("input[name=q]", "bi xanh ba be");
        await page.ClickAsync("form[role=search] button[type=submit]");
        var table = page.Locator("[data-testid=products-table]");
        await Assertions.Expect(table).ToContainTextAsync("Bí xanh thơm Ba Bể");
        await Assertions.Expect(table).ToContainTextAsync("★★★");
        await Assertions.Expect(table).Not.ToContainTextAsync("Miến dong");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDir, "products-search.png"), FullPage = true });

        await page.ClickAsync("text=Bí xanh thơm Ba Bể");
        await Assertions.Expect(page.Locator("[data-testid=history-table]")).ToContainTextAsync("2345/QĐ-UBND");

        await page.GotoAsync(app.BaseUrl + "/Products/Edit");
        await page.FillAsync("#Form_Name", "Măng chua Ba Bể");
        await page.SelectOptionAsync("#Form_ProducerId", new SelectOptionValue { Label = "Hợp tác xã Nông nghiệp Bí xanh Ba Bể" });
        await page.SelectOptionAsync("#Form_ProductSetNo", "7");
        await page.FillAsync("#Form_Gtin", "8934567890124"); // wrong check digit
        await page.ClickAsync("[data-testid=save-product]");
        await Assertions.Expect(page.Locator(".alert-danger")).ToContainTextAsync("Số kiểm tra của mã GTIN sai");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDir, "product-form-errors.png"), FullPage = true });
        await page.FillAsync("#Form_Gtin", "8934567890120");
        await page.ClickAsync("[data-testid=save-product]");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Măng chua Ba Bể");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("19-01906-");
        await page.Context.CloseAsync();
    }
}
