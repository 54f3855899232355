using System.Net;
using OcopHub.Web.Tests.Infrastructure;

namespace OcopHub.Web.Tests.Features;

public abstract class PlatformTests(OcopAppFactory app)
{
    [Fact]
    public async Task Health_is_public_and_healthy()
    {
        var response = await app.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApi_document_lists_the_api()
    {
        var doc = await app.CreateClient().GetStringAsync("/openapi/v1.json");
        Assert.Contains("\"/api/v1/admin-units/{code}/children\"", doc);
        Assert.Contains("\"/api/v1/auth/token\"", doc);
        Assert.Contains("OCOP Hub API", doc);
        var ui = await app.CreateClient().GetStringAsync("/api-docs");
        Assert.Contains("/lib/swagger-ui/swagger-ui-bundle.js", ui);
    }

    [Fact]
    public async Task Vendored_assets_are_served_without_login()
    {
        var client = app.CreateClient();
        foreach (var url in new[] { "/lib/bootstrap/css/bootstrap.min.css", "/lib/htmx/htmx.min.js", "/lib/swagger-ui/swagger-ui-bundle.js", "/css/site.css" })
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Unknown_page_shows_a_friendly_404_without_internals()
    {
        var response = await app.CreateClient().GetAsync("/khong-co-trang-nay");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Không tìm thấy nội dung.", html);
        Assert.DoesNotContain("Exception", html);
    }

    [Fact]
    public async Task Unknown_api_route_is_a_problem_document()
    {
        var response = await app.CreateClient().GetAsync("/api/v1/khong-co");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Vietnamese_by_default_and_english_when_chosen_and_remembered()
    {
        var client = await app.PagesAsAsync("ocop.thainguyen");
        Assert.Contains("Tổng quan", await client.GetStringAsync("/"));
        var switched = await client.GetAsync("/Account/Language?culture=en-US&returnUrl=%2F");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        var english = await client.GetStringAsync("/");
        Assert.Contains("Dashboard", english);
        Assert.Contains("lang=\"en\"", english);
        Assert.Contains("Dashboard", await client.GetStringAsync("/Producers")); // remembered across pages
    }

    [Fact]
    public async Task Dashboard_shows_real_counts()
    {
        var client = await app.PagesAsAsync("admin");
        var html = await client.GetStringAsync("/");
        Assert.Contains("data-stat=\"provinces\">34<", html);
        Assert.Contains("data-stat=\"communes\">3.321<", html); // Vietnamese number format
        Assert.Contains("data-stat=\"users\">", html);
    }

    [Fact]
    public async Task Language_switch_refuses_open_redirects()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync("/Account/Language?culture=en-US&returnUrl=https%3A%2F%2Fevil.example");
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PlatformSqliteTests(SqliteAppFactory app) : PlatformTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PlatformPostgresTests(PostgresAppFactory app) : PlatformTests(app);
