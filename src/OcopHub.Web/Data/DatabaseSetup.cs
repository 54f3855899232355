using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OcopHub.Web.Data;

public enum DatabaseProvider { Sqlite, PostgreSQL }

/// <summary>Chooses the database by configuration: SQLite under ./data by default, PostgreSQL in production.</summary>
public static class DatabaseSetup
{
    public const string DefaultSqlite = "Data Source=data/ocop.db";

    public static DatabaseProvider ProviderFrom(IConfiguration config) =>
        Enum.TryParse<DatabaseProvider>(config["Database:Provider"], ignoreCase: true, out var p) ? p : DatabaseProvider.Sqlite;

    public static IServiceCollection AddOcopDatabase(this IServiceCollection services, IConfiguration config)
    {
        services.AddScoped<AuditInterceptor>();
        switch (ProviderFrom(config))
        {
            case DatabaseProvider.PostgreSQL:
                var pg = config.GetConnectionString("PostgreSQL")
                    ?? throw new InvalidOperationException("Database:Provider is PostgreSQL but ConnectionStrings:PostgreSQL is not set.");
                services.AddDbContext<PostgresOcopDbContext>((sp, o) => ConfigurePostgres(o, pg).AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
                services.AddScoped<OcopDbContext>(sp => sp.GetRequiredService<PostgresOcopDbContext>());
                break;
            default:
                var lite = config.GetConnectionString("Sqlite") ?? DefaultSqlite;
                EnsureSqliteFolder(lite);
                services.AddDbContext<SqliteOcopDbContext>((sp, o) => ConfigureSqlite(o, lite).AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
                services.AddScoped<OcopDbContext>(sp => sp.GetRequiredService<SqliteOcopDbContext>());
                services.AddHostedService<SqliteStatistics>();
                break;
        }
        return services;
    }

    internal static DbContextOptionsBuilder ConfigureSqlite(DbContextOptionsBuilder o, string cs) =>
        o.UseSqlite(cs, x => x.MigrationsAssembly(typeof(OcopDbContext).Assembly.FullName));

    internal static DbContextOptionsBuilder ConfigurePostgres(DbContextOptionsBuilder o, string cs) =>
        o.UseNpgsql(WithAutoPrepare(cs), x => x.MigrationsAssembly(typeof(OcopDbContext).Assembly.FullName));

    /// <summary>
    /// Npgsql prepares a statement on the server once it has run a few times on a connection ("Max Auto Prepare"),
    /// so PostgreSQL stops parsing and planning the same search and lookup SQL on every request (measured with
    /// bench/run-search.sh: about a quarter less latency at one client). A connection string that sets it keeps its value.
    /// </summary>
    internal static string WithAutoPrepare(string cs)
    {
        var b = new Npgsql.NpgsqlConnectionStringBuilder(cs);
        if (b.MaxAutoPrepare == 0 && !cs.Contains("auto prepare", StringComparison.OrdinalIgnoreCase)) b.MaxAutoPrepare = 64;
        return b.ConnectionString;
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        var dir = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(dir) && builder.DataSource != ":memory:") Directory.CreateDirectory(dir);
    }
}

/// <summary>Design-time factories so `dotnet ef` keeps one migration set per provider.</summary>
public sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqliteOcopDbContext>
{
    public SqliteOcopDbContext CreateDbContext(string[] args) =>
        new((DbContextOptions<SqliteOcopDbContext>)DatabaseSetup.ConfigureSqlite(new DbContextOptionsBuilder<SqliteOcopDbContext>(), "Data Source=design.db").Options);
}

public sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresOcopDbContext>
{
    public PostgresOcopDbContext CreateDbContext(string[] args) =>
        new((DbContextOptions<PostgresOcopDbContext>)DatabaseSetup.ConfigurePostgres(new DbContextOptionsBuilder<PostgresOcopDbContext>(), "Host=localhost;Database=design").Options);
}
