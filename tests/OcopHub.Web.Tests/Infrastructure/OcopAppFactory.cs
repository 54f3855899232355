using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OcopHub.Web.Data;

namespace OcopHub.Web.Tests.Infrastructure;

/// <summary>The whole app over a real database of the given provider, seeded with the demo province.</summary>
public class OcopAppFactory(DatabaseProvider provider) : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminPassword = "Admin@Test2026";
    public DatabaseProvider Provider { get; } = provider;
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        ConnectionString = Provider == DatabaseProvider.PostgreSQL
            ? await TestDatabases.NewPostgresAsync(InitialiseTemplateAsync)
            : await TestDatabases.NewSqliteAsync(InitialiseTemplateAsync);
        StartServer(); // start now, so failures show up in the fixture and not in the first test
    }

    /// <summary>Migrates and seeds a template database through the app's own start-up code.</summary>
    private async Task InitialiseTemplateAsync(string connectionString)
    {
        await using var app = new TemplateFactory(Provider, connectionString);
        app.StartServer();
        await Task.CompletedTask;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) => Configure(builder, Provider, ConnectionString);

    internal static void Configure(IWebHostBuilder builder, DatabaseProvider provider, string connectionString)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", provider.ToString());
        builder.UseSetting($"ConnectionStrings:{(provider == DatabaseProvider.PostgreSQL ? "PostgreSQL" : "Sqlite")}", connectionString);
        builder.UseSetting("Seed:Demo", "true");
        builder.UseSetting("Reminders:Enabled", "false"); // the reminder tests run the job directly
        builder.UseSetting("Seed:AdminUserName", "admin");
        builder.UseSetting("Seed:AdminPassword", AdminPassword);
        builder.UseSetting("RateLimits:LoginPerMinute", "100000");
        builder.UseSetting("RateLimits:PublicPerMinute", "100000");
        builder.UseSetting("DataProtection:KeysPath", Path.Combine(TestDatabases.Root, "keys"));
        builder.UseSetting("Storage:PhotosPath", Path.Combine(TestDatabases.Root, "photos"));
        builder.UseSetting("Storage:ImportsPath", Path.Combine(TestDatabases.Root, "imports"));
        builder.UseSetting("Storage:EvidencePath", Path.Combine(TestDatabases.Root, "evidence"));
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Provider == DatabaseProvider.PostgreSQL) await TestDatabases.DropPostgresAsync(ConnectionString);
        else TestDatabases.DeleteSqlite(ConnectionString);
    }

    private sealed class TemplateFactory(DatabaseProvider provider, string cs) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) => Configure(builder, provider, cs);
    }

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    public async Task<TResult> WithDbAsync<TResult>(Func<OcopDbContext, Task<TResult>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<OcopDbContext>());
    }
}

public sealed class SqliteAppFactory() : OcopAppFactory(DatabaseProvider.Sqlite);
public sealed class PostgresAppFactory() : OcopAppFactory(DatabaseProvider.PostgreSQL);

[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteAppFactory> { public const string Name = "SQLite app"; }

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresAppFactory> { public const string Name = "PostgreSQL app"; }
