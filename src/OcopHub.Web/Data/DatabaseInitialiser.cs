using Microsoft.EntityFrameworkCore;

namespace OcopHub.Web.Data;

/// <summary>Start-up: migrate the database, load reference data that changed, seed roles, the first administrator and (optionally) the demo province.</summary>
public static class DatabaseInitialiser
{
    public static Task InitialiseDatabaseAsync(this WebApplication app) => app.Services.InitialiseDatabaseAsync(app.Configuration);

    /// <summary>Idempotent: running it again changes nothing.</summary>
    public static async Task InitialiseDatabaseAsync(this IServiceProvider services, IConfiguration config)
    {
        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger("OcopHub.Startup");
        var db = sp.GetRequiredService<OcopDbContext>();
        await db.Database.MigrateAsync();
        await SqliteStatistics.RefreshAsync(db);
        await sp.GetRequiredService<ReferenceDataLoader>().LoadAsync();
        await sp.GetRequiredService<Features.Rulebooks.RulebookCatalog>().LoadAsync();
        var seeder = sp.GetRequiredService<Seeder>();
        await seeder.SeedRolesAndAdminAsync();
        if (config.GetValue("Seed:Demo", false)) await seeder.SeedDemoAsync();
        logger.LogInformation("Database ready ({Provider})", db.Database.ProviderName);
    }
}
