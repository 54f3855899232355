using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace OcopHub.Web.Data;

/// <summary>
/// Plain parameterised INSERTs in one transaction, for reference data of tens of thousands of rows where
/// change tracking costs seconds. Works on SQLite and PostgreSQL alike (quoted identifiers, typed parameters).
/// </summary>
public static class BulkInsert
{
    public static async Task RunAsync<T>(OcopDbContext db, string table, string[] columns, IEnumerable<T> rows,
        Func<T, object?[]> values, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var names = string.Join(", ", columns.Select(c => $"\"{c}\""));
        var placeholders = string.Join(", ", columns.Select((_, i) => $"@p{i}"));
        command.CommandText = $"INSERT INTO \"{table}\" ({names}) VALUES ({placeholders})";
        var parameters = columns.Select((_, i) => AddParameter(command, $"@p{i}")).ToArray();
        foreach (var row in rows)
        {
            var v = values(row);
            for (var i = 0; i < parameters.Length; i++) parameters[i].Value = v[i] ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>
    /// As <see cref="RunAsync{T}"/>, reading back each new row's generated "Id" (INSERT … RETURNING, which both
    /// SQLite ≥ 3.35 and PostgreSQL support) so child rows can point at their parent without a second query.
    /// </summary>
    public static async Task RunReturningIdAsync<T>(OcopDbContext db, string table, string[] columns, IEnumerable<T> rows,
        Func<T, object?[]> values, Action<T, int> setId, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var names = string.Join(", ", columns.Select(c => $"\"{c}\""));
        var placeholders = string.Join(", ", columns.Select((_, i) => $"@p{i}"));
        command.CommandText = $"INSERT INTO \"{table}\" ({names}) VALUES ({placeholders}) RETURNING \"Id\"";
        var parameters = columns.Select((_, i) => AddParameter(command, $"@p{i}")).ToArray();
        foreach (var row in rows)
        {
            var v = values(row);
            for (var i = 0; i < parameters.Length; i++) parameters[i].Value = v[i] ?? DBNull.Value;
            setId(row, Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// As <see cref="RunAsync{T}"/>, with up to <paramref name="rowsPerStatement"/> rows per INSERT (multi-row
    /// VALUES): on PostgreSQL each statement is a network round trip, so child rows by the ten thousand go in far
    /// fewer of them. Keep rows × columns under 30,000 parameters (SQLite's limit is 32,766).
    /// </summary>
    public static async Task RunBatchedAsync<T>(OcopDbContext db, string table, string[] columns, IEnumerable<T> rows,
        Func<T, object?[]> values, CancellationToken ct, int rowsPerStatement = 200)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rowsPerStatement * columns.Length, 30_000, nameof(rowsPerStatement));
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync(ct);
        var names = string.Join(", ", columns.Select(c => $"\"{c}\""));
        foreach (var chunk in rows.Chunk(rowsPerStatement))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var tuples = new List<string>(chunk.Length);
            for (var r = 0; r < chunk.Length; r++)
            {
                var v = values(chunk[r]);
                var placeholders = new string[columns.Length];
                for (var i = 0; i < columns.Length; i++)
                {
                    placeholders[i] = $"@p{r}_{i}";
                    AddParameter(command, placeholders[i]).Value = v[i] ?? DBNull.Value;
                }
                tuples.Add("(" + string.Join(", ", placeholders) + ")");
            }
            command.CommandText = $"INSERT INTO \"{table}\" ({names}) VALUES {string.Join(", ", tuples)}";
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static DbParameter AddParameter(DbCommand command, string name)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        command.Parameters.Add(p);
        return p;
    }
}
