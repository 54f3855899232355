using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Tests.Infrastructure;

namespace OcopHub.Web.Tests.Features;

public abstract class AuthTests(OcopAppFactory app)
{
    [Fact]
    public async Task Token_grants_access_to_the_api_with_the_users_scope()
    {
        var client = await app.ApiAsAsync("xa.babe");
        var me = await (await client.GetAsync("/api/v1/me")).JsonAsync();
        Assert.Equal("xa.babe", me.GetProperty("userName").GetString());
        Assert.Equal("Commune", me.GetProperty("scope").GetString());
        Assert.Equal("01906", me.GetProperty("communeCode").GetString());
    }

    [Fact]
    public async Task Token_response_has_access_token_and_expiry()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin", password = OcopAppFactory.AdminPassword });
        var body = await response.JsonAsync();
        Assert.False(string.IsNullOrEmpty(body.GetProperty("accessToken").GetString()));
        Assert.Equal(3600, body.GetProperty("expiresIn").GetInt32());
    }

    [Fact]
    public async Task Wrong_password_is_401_problem_in_vietnamese()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName = "so.congthuong", password = "wrong-password-1A" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Tên đăng nhập hoặc mật khẩu không đúng.", (await response.JsonAsync()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Malformed_token_request_is_400_not_500()
    {
        var response = await app.CreateClient().PostAsync("/api/v1/auth/token", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Repeated_failures_lock_the_account()
    {
        var userName = await CreateUserAsync("locktest");
        var client = app.CreateClient();
        for (var i = 0; i < 5; i++) await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = "Wrong-pass-123" });
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = Seeder.DemoPassword });
        Assert.Equal((HttpStatusCode)423, response.StatusCode);
    }

    [Fact]
    public async Task Deactivated_user_cannot_sign_in()
    {
        var userName = await CreateUserAsync("inactive");
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByNameAsync(userName))!;
            user.IsActive = false;
            await users.UpdateAsync(user);
        }
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName, password = Seeder.DemoPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("vô hiệu hoá", (await response.JsonAsync()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task An_issued_token_stops_working_when_the_user_is_deactivated()
    {
        var userName = await CreateUserAsync("tokenstop");
        var client = await app.ApiAsAsync(userName, Seeder.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByNameAsync(userName))!;
            user.IsActive = false;
            await users.UpdateAsync(user);
            await users.UpdateSecurityStampAsync(user);
        }
        var after = await client.GetAsync("/api/v1/producers");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal("application/problem+json", after.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Api_without_credentials_is_401_and_pages_redirect_to_login()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/producers")).StatusCode);
        var page = await client.GetAsync("/Producers");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/Account/Login", page.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Login_form_rejects_wrong_password_with_a_vietnamese_message()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.PostFormAsync("/Account/Login", new() { ["UserName"] = "xa.babe", ["Password"] = "Nope-12345x" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Login_form_signs_in_and_logout_signs_out()
    {
        var client = await app.PagesAsAsync("ocop.thainguyen");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Producers")).StatusCode);
        var logout = await client.PostFormAsync("/Account/Logout", [], formPage: "/");
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Producers")).StatusCode);
    }

    private async Task<string> CreateUserAsync(string prefix)
    {
        var userName = $"{prefix}.{Guid.NewGuid().ToString("N")[..6]}";
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = userName, FullName = "Người thử", ScopeProvinceCode = "19" };
        Assert.True((await users.CreateAsync(user, Seeder.DemoPassword)).Succeeded);
        await users.AddToRoleAsync(user, Web.Infrastructure.Roles.Department);
        return userName;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AuthSqliteTests(SqliteAppFactory app) : AuthTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AuthPostgresTests(PostgresAppFactory app) : AuthTests(app);
