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

    private static DbParameter AddParameter(DbCommand command, string name)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        command.Parameters.Add(p);
        return p;
    }
}
