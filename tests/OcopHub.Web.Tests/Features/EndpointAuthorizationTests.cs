using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OcopHub.Web.Tests.Infrastructure;

namespace OcopHub.Web.Tests.Features;

/// <summary>Every endpoint and page declares a policy or is explicitly public; the public list is reviewed here.</summary>
[Collection(SqliteCollection.Name)]
public sealed class EndpointAuthorizationTests(SqliteAppFactory app)
{
    // Adding a public endpoint means adding it here, consciously.
    private static readonly HashSet<string> Public =
    [
        "/", "/Index", "/Account/Login", "/Account/AccessDenied", "/Account/Language", "/api-docs",
        "/openapi/{documentName}.json", "/health",
        "POST /api/v1/auth/token",
        "GET /api/v1/admin-units/", "GET /api/v1/admin-units/{code}", "GET /api/v1/admin-units/{code}/children",
        "GET /api/v1/admin-units/{code}/successors", "GET /api/v1/admin-units/{code}/predecessors",
        "/bo-tieu-chi/{version?}", "/bo-tieu-chi/{version}/{setNo:int}",
        "GET /api/v1/rulebooks/", "GET /api/v1/rulebooks/{version}/sets", "GET /api/v1/rulebooks/{version}/sets/{setNo:int}",
        "POST /api/v1/scoring/evaluate",
        // Public verification of a certificate (what its QR code opens): only what is printed on it.
        "/xac-minh/{number?}", "GET /api/v1/certificates/{number}",
    ];

    private List<(string Name, Endpoint Endpoint)> Endpoints() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Name(e), (Endpoint)e)).ToList();

    private static string Name(RouteEndpoint e)
    {
        var methods = e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods;
        var route = "/" + e.RoutePattern.RawText?.TrimStart('/');
        return methods is { Count: > 0 } && route.StartsWith("/api") ? $"{string.Join(",", methods)} {route}" : route;
    }

    [Fact]
    public void Every_endpoint_has_a_policy_or_is_explicitly_public()
    {
        var endpoints = Endpoints();
        Assert.True(endpoints.Count > 15, $"only {endpoints.Count} endpoints found");
        var undeclared = endpoints.Where(e => e.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null
                                             && e.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Count == 0)
                                  .Select(e => e.Name).ToList();
        Assert.True(undeclared.Count == 0, "No authorization declared on: " + string.Join(", ", undeclared));
    }

    [Fact]
    public void Only_the_reviewed_endpoints_are_public()
    {
        var anonymous = Endpoints().Where(e => e.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null).Select(e => e.Name).ToHashSet();
        var unexpected = anonymous.Except(Public).ToList();
        Assert.True(unexpected.Count == 0, "Unreviewed public endpoints: " + string.Join(", ", unexpected));
    }

    [Fact]
    public void Admin_pages_require_the_admin_policy()
    {
        var admin = Endpoints().Where(e => e.Name.StartsWith("/Admin")).ToList();
        Assert.NotEmpty(admin);
        Assert.All(admin, e => Assert.Contains(e.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(), a => a.Policy == Web.Infrastructure.Policies.Admin));
    }

    [Theory]
    [InlineData("xa.babe")]
    [InlineData("ocop.thainguyen")]
    [InlineData("chuthe.bixanh")]
    public async Task Non_admins_are_refused_admin_pages(string userName)
    {
        var client = await app.PagesAsAsync(userName);
        foreach (var url in new[] { "/Admin/Users", "/Admin/Units", "/Admin/Audit", "/Admin/Users/Edit" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery);
        }
    }
}
