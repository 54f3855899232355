using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace OcopHub.Web.Data;

/// <summary>
/// SQLite's page cache is 2 MB per connection by default. One transaction that inserts tens of thousands of products
/// (nine indexes, one of them on the long search text, and the FTS5 trigram index fed by a trigger) touches far more
/// pages than that, and every page pushed out of the cache is written and read again. For such a bulk write the
/// connection gets a larger cache, given back afterwards (connections are pooled). No effect on PostgreSQL.
/// </summary>
public static class SqliteCache
{
    public static async Task<T> WithLargeCacheAsync<T>(OcopDbContext db, Func<Task<T>> work, int megabytes = 128)
    {
        if (!db.Database.IsSqlite()) return await work();
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = "PRAGMA cache_size";
        var before = Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        command.CommandText = $"PRAGMA cache_size = {-megabytes * 1024}";
        await command.ExecuteNonQueryAsync();
        try { return await work(); }
        finally
        {
            command.CommandText = $"PRAGMA cache_size = {before}";
            await command.ExecuteNonQueryAsync();
        }
    }
}
