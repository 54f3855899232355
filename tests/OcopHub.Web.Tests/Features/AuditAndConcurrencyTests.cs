using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Tests.Infrastructure;

namespace OcopHub.Web.Tests.Features;

public abstract class AuditAndConcurrencyTests(OcopAppFactory app)
{
    private static object Input(string name, long? version = null) =>
        new { name, legalForm = "cooperative", communeCode = "05830", representative = "Nguyễn Văn A", version };

    [Fact]
    public async Task Create_and_update_are_audited_with_who_and_before_after()
    {
        var client = await app.ApiAsAsync("ocop.thainguyen");
        var name = $"HTX Chè thử {Guid.NewGuid():N}"[..24];
        var created = await (await client.PostAsJsonAsync("/api/v1/producers", Input(name))).JsonAsync();
        var id = created.GetProperty("id").GetInt32();
        var version = created.GetProperty("version").GetInt64();
        var updated = await client.PutAsJsonAsync($"/api/v1/producers/{id}", Input(name + " mới", version));
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);

        var trail = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Producer" && a.EntityId == id.ToString()).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(["Created", "Updated"], trail.Select(a => a.Action));
        Assert.All(trail, a => Assert.Equal("ocop.thainguyen", a.UserName));
        Assert.Contains(name, trail[0].After);
        Assert.Null(trail[0].Before);
        Assert.Contains($"\"{name}\"", trail[1].Before);
        Assert.Contains($"\"{name} mới\"", trail[1].After);
        Assert.DoesNotContain("Representative", trail[1].After); // an update records only what changed
    }

    [Fact]
    public async Task Stale_update_is_refused_with_409_and_loses_nothing()
    {
        var client = await app.ApiAsAsync("ocop.thainguyen");
        var created = await (await client.PostAsJsonAsync("/api/v1/producers", Input("HTX đồng thời"))).JsonAsync();
        var id = created.GetProperty("id").GetInt32();
        var version = created.GetProperty("version").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/v1/producers/{id}", Input("Bản sửa của người thứ nhất", version))).StatusCode);
        var stale = await client.PutAsJsonAsync($"/api/v1/producers/{id}", Input("Bản sửa của người thứ hai", version));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        var saved = await app.WithDbAsync(db => db.Producers.SingleAsync(p => p.Id == id));
        Assert.Equal("Bản sửa của người thứ nhất", saved.Name);
    }

    [Fact]
    public async Task Update_without_version_is_a_validation_problem()
    {
        var client = await app.ApiAsAsync("ocop.thainguyen");
        var created = await (await client.PostAsJsonAsync("/api/v1/producers", Input("HTX không version"))).JsonAsync();
        var response = await client.PutAsJsonAsync($"/api/v1/producers/{created.GetProperty("id").GetInt32()}", Input("Đổi tên"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("version", out _));
    }

    [Fact]
    public async Task Invalid_producer_is_rejected_with_field_errors_and_nothing_written()
    {
        var client = await app.ApiAsAsync("ocop.thainguyen");
        var before = await app.WithDbAsync(db => db.Producers.CountAsync());
        var response = await client.PostAsJsonAsync("/api/v1/producers", new { name = "", legalForm = "", communeCode = "99999" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _));
        Assert.True(errors.TryGetProperty("communeCode", out _));
        Assert.Equal(before, await app.WithDbAsync(db => db.Producers.CountAsync()));
    }

    [Fact]
    public async Task User_changes_are_audited_without_secrets()
    {
        var trail = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "AppUser").ToListAsync());
        Assert.NotEmpty(trail);
        Assert.All(trail, a => Assert.DoesNotContain("PasswordHash", a.After ?? ""));
    }

    [Fact]
    public async Task Audit_page_filters_by_entity_and_user()
    {
        var client = await app.PagesAsAsync("admin");
        var html = await client.GetStringAsync("/Admin/Audit?entity=Producer&user=system");
        Assert.Contains("Hợp tác xã Miến dong Chợ Đồn", html);
        Assert.DoesNotContain("AppUser #", html);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AuditAndConcurrencySqliteTests(SqliteAppFactory app) : AuditAndConcurrencyTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AuditAndConcurrencyPostgresTests(PostgresAppFactory app) : AuditAndConcurrencyTests(app);
