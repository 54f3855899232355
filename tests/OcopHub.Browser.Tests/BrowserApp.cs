using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OcopHub.Web.Tests.Infrastructure;

namespace OcopHub.Browser.Tests;

/// <summary>The app on a real Kestrel port (SQLite, demo seed) and Debian's Chromium driven by Playwright.</summary>
public sealed class BrowserApp : IAsyncLifetime
{
    private readonly SqliteAppFactory _app = new();
    private IPlaywright? _playwright;
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";
    public IServiceProvider Services => _app.Services;
    public static string ScreenshotDir { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public static string ChromiumPath
    {
        get
        {
            var path = Environment.GetEnvironmentVariable("OCOPHUB_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";
            // Missing Chromium is a failure, not a skip: ./test.sh installs it with apt-get.
            return File.Exists(path) ? path : throw new InvalidOperationException($"Chromium not found at {path}. Run ./test.sh or apt-get install chromium.");
        }
    }

    public async Task InitializeAsync()
    {
        var chromium = ChromiumPath;
        _app.UseKestrel(0);
        await _app.InitializeAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 }, Locale = "vi-VN" });
        // CI shares two cores between the app, Chromium and the test host: allow slow steps rather than flake.
        context.SetDefaultTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(20_000);
        return await context.NewPageAsync();
    }

    public async Task LoginAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync(BaseUrl + "/Account/Login");
        await page.FillAsync("#UserName", userName);
        await page.FillAsync("#Password", password);
        await page.ClickAsync("[data-testid=login-submit]");
        await page.WaitForURLAsync(BaseUrl + "/");
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        await _app.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp> { public const string Name = "Browser"; }
