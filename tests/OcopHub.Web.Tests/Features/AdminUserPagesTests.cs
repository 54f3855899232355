using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OcopHub.Web.Data;
using OcopHub.Web.Tests.Infrastructure;

namespace OcopHub.Web.Tests.Features;

public abstract class AdminUserPagesTests(OcopAppFactory app)
{
    private static Dictionary<string, string> Form(string userName, string role, string? province, string? commune, string password = "Moi@Matkhau2026") => new()
    {
        ["UserName"] = userName, ["Password"] = password, ["Form.FullName"] = "Đỗ Thị Test", ["Form.Role"] = role,
        ["Form.ProvinceCode"] = province ?? "", ["Form.CommuneCode"] = commune ?? "", ["Form.ProducerId"] = "", ["Form.Email"] = "",
    };

    [Fact]
    public async Task Admin_creates_a_commune_officer_who_can_then_sign_in_with_that_scope()
    {
        var admin = await app.PagesAsAsync("admin");
        var userName = $"canbo.{Guid.NewGuid().ToString("N")[..6]}";
        var response = await admin.PostFormAsync("/Admin/Users/Edit", Form(userName, "CommuneOfficer", "19", "02020"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await admin.GetStringAsync("/Admin/Users");
        Assert.Contains(userName, list);
        Assert.Contains("Xã Chợ Đồn, Tỉnh Thái Nguyên", list); // the scope is shown by name

        var client = await app.ApiAsAsync(userName, "Moi@Matkhau2026");
        var me = await (await client.GetAsync("/api/v1/me")).JsonAsync();
        Assert.Equal("02020", me.GetProperty("communeCode").GetString());
    }

    [Fact]
    public async Task Commune_officer_without_commune_is_refused_with_a_vietnamese_message_and_not_created()
    {
        var admin = await app.PagesAsAsync("admin");
        var userName = $"thieuxa.{Guid.NewGuid().ToString("N")[..6]}";
        var response = await admin.PostFormAsync("/Admin/Users/Edit", Form(userName, "CommuneOfficer", "19", null));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Cán bộ xã cần chọn xã/phường.", await response.Content.ReadAsStringAsync());
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == userName)));
    }

    [Fact]
    public async Task Commune_from_another_province_is_refused()
    {
        var admin = await app.PagesAsAsync("admin");
        var response = await admin.PostFormAsync("/Admin/Users/Edit", Form("saitinh.x1", "CommuneOfficer", "25", "02020"));
        Assert.Contains("Xã/phường không thuộc tỉnh/thành phố đã chọn.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Weak_password_is_refused_and_nothing_is_written()
    {
        var admin = await app.PagesAsAsync("admin");
        var userName = $"yeu.{Guid.NewGuid().ToString("N")[..6]}";
        var response = await admin.PostFormAsync("/Admin/Users/Edit", Form(userName, "Department", "19", null, password: "abc"));
        Assert.Contains("Mật khẩu phải có ít nhất 10 ký tự.", await response.Content.ReadAsStringAsync());
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == userName)));
    }

    [Fact]
    public async Task Deactivating_a_user_blocks_their_sign_in()
    {
        var admin = await app.PagesAsAsync("admin");
        var userName = $"tamdung.{Guid.NewGuid().ToString("N")[..6]}";
        await admin.PostFormAsync("/Admin/Users/Edit", Form(userName, "Department", "19", null));
        var id = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());
        var toggle = await admin.PostFormAsync("/Admin/Users/Edit?handler=ToggleActive", new() { ["Id"] = id }, formPage: $"/Admin/Users/Edit?id={id}");
        Assert.Equal(HttpStatusCode.Redirect, toggle.StatusCode);
        var token = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName, password = "Moi@Matkhau2026" });
        Assert.Equal(HttpStatusCode.Unauthorized, token.StatusCode);
    }

    [Fact]
    public async Task Stale_user_edit_is_refused()
    {
        var admin = await app.PagesAsAsync("admin");
        var id = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "so.congthuong").Select(u => u.Id).SingleAsync());
        var fields = Form("so.congthuong", "Department", "19", null, password: "");
        fields["Id"] = id;
        fields["ConcurrencyStamp"] = "stale-stamp";
        var response = await admin.PostFormAsync("/Admin/Users/Edit", fields, formPage: $"/Admin/Users/Edit?id={id}");
        Assert.Contains("Dữ liệu đã bị người khác thay đổi", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unit_browser_searches_without_diacritics_and_shows_history()
    {
        var admin = await app.PagesAsAsync("admin");
        Assert.Contains("Tỉnh Thái Nguyên", await admin.GetStringAsync("/Admin/Units?q=thai+nguyen"));
        var old = await admin.GetStringAsync("/Admin/Units?period=pre2025&parent=06");
        Assert.Contains("Huyện Ba Bể", old);
        Assert.Contains("Tỉnh Thái Nguyên", old); // its successor
    }

    [Fact]
    public async Task Communes_picker_answers_htmx_with_options()
    {
        var admin = await app.PagesAsAsync("admin");
        var html = await admin.GetStringAsync("/Admin/Users/Edit?handler=Communes&Form.ProvinceCode=19");
        Assert.Contains("<option value=\"01906\">Xã Ba Bể (01906)</option>", html);
    }

    [Fact]
    public async Task Initialising_again_changes_nothing()
    {
        async Task<(int, int, int, int)> Counts() => await app.WithDbAsync(async db =>
            (await db.AdministrativeUnits.CountAsync(), await db.UnitSuccessions.CountAsync(), await db.Producers.CountAsync(p => p.CreatedAt < DateTime.UtcNow.AddMinutes(-60) || p.Phone == "0912345678"), await db.Users.CountAsync(u => u.UserName == "xa.babe")));
        var before = await Counts();
        await app.Services.InitialiseDatabaseAsync(app.Services.GetRequiredService<IConfiguration>());
        Assert.Equal(before, await Counts());
        Assert.Equal(1, before.Item4);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AdminUserPagesSqliteTests(SqliteAppFactory app) : AdminUserPagesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AdminUserPagesPostgresTests(PostgresAppFactory app) : AdminUserPagesTests(app);
