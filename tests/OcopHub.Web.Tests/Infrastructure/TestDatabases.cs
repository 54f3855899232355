using Microsoft.Data.Sqlite;
using Npgsql;

namespace OcopHub.Web.Tests.Infrastructure;

/// <summary>
/// Loading 14,000 administrative units takes seconds, so each provider gets one template database per test run
/// (migrated, reference data and demo seed loaded once); every test app then starts from a fresh copy of it.
/// </summary>
public static class TestDatabases
{
    public const string PostgresVariable = "OCOPHUB_TEST_POSTGRES";
    private static readonly string RunId = Guid.NewGuid().ToString("N")[..8];
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _sqliteTemplate;
    private static string? _postgresTemplate;

    public static string Root { get; } = Directory.CreateTempSubdirectory("ocophub-tests-").FullName;

    /// <summary>The PostgreSQL server to test against. Missing is a failure, never a silent skip: run ./test.sh.</summary>
    public static string PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } cs
        ? cs
        : throw new InvalidOperationException($"{PostgresVariable} is not set. Run ./test.sh, which starts a throwaway PostgreSQL and sets it.");

    public static async Task<string> NewSqliteAsync(Func<string, Task> initialise)
    {
        await Gate.WaitAsync();
        try
        {
            if (_sqliteTemplate is null)
            {
                var path = Path.Combine(Root, "template.db");
                await initialise($"Data Source={path};Pooling=False");
                _sqliteTemplate = path;
            }
        }
        finally { Gate.Release(); }
        var copy = Path.Combine(Root, $"app-{Guid.NewGuid():N}.db");
        File.Copy(_sqliteTemplate, copy);
        return $"Data Source={copy};Pooling=False";
    }

    public static async Task<string> NewPostgresAsync(Func<string, Task> initialise)
    {
        var server = PostgresServer;
        await Gate.WaitAsync();
        try
        {
            if (_postgresTemplate is null)
            {
                var name = $"ocop_template_{RunId}";
                await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"");
                await initialise(WithDatabase(server, name));
                NpgsqlConnection.ClearAllPools(); // a template must have no open connections to be copied
                _postgresTemplate = name;
            }
        }
        finally { Gate.Release(); }
        var db = $"ocop_test_{RunId}_{Guid.NewGuid().ToString("N")[..8]}";
        await ExecuteAsync(server, $"CREATE DATABASE \"{db}\" TEMPLATE \"{_postgresTemplate}\"");
        return WithDatabase(server, db);
    }

    public static async Task DropPostgresAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(PostgresServer, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static string WithDatabase(string server, string database) =>
        new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public static void DeleteSqlite(string connectionString)
    {
        SqliteConnection.ClearAllPools();
        var path = new SqliteConnectionStringBuilder(connectionString).DataSource;
        foreach (var f in new[] { path, path + "-wal", path + "-shm" }) if (File.Exists(f)) File.Delete(f);
    }
}
