using Microsoft.EntityFrameworkCore;

namespace OcopHub.Web.Data;

/// <summary>
/// SQLite keeps no statistics by itself, and without them its planner guesses which index serves a filter: for
/// "province 01, 3 stars" it walked the 14,715 three-star products instead of the province's 1,000 (17 ms instead of
/// 1 ms). <c>PRAGMA optimize</c> runs ANALYZE where the statistics are missing or the tables have grown or shrunk
/// a lot since, and is a no-op otherwise (well under a millisecond). It runs after the migrations at start-up
/// and then hourly, as SQLite recommends for long-lived applications. PostgreSQL's autovacuum does the same by itself.
/// </summary>
public sealed class SqliteStatistics(IServiceScopeFactory scopes, ILogger<SqliteStatistics> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <summary>0x10002: look at every table (0x10000), analyze those that need it (0x02).</summary>
    public static async Task RefreshAsync(OcopDbContext db, CancellationToken ct = default)
    {
        if (db is SqliteOcopDbContext) await db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002;", ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                using var scope = scopes.CreateScope();
                await RefreshAsync(scope.ServiceProvider.GetRequiredService<OcopDbContext>(), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "PRAGMA optimize failed; the planner keeps the statistics it has");
            }
        }
    }
}
