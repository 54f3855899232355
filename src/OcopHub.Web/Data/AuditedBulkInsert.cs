using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using OcopHub.Web.Data.Entities;

namespace OcopHub.Web.Data;

/// <summary>
/// New records by the ten thousand (spreadsheet imports) without the change tracker: multi-row INSERTs built from the
/// EF model (table, columns, type mappings and value converters as EF would write them), the generated ids read back
/// with RETURNING and matched by a unique column, and one "Created" <see cref="AuditEntry"/> per record — who, when,
/// and every value, the same JSON the audit interceptor writes — inserted the same way. Runs inside the caller's
/// transaction on SQLite and PostgreSQL alike. Saving 20,000 tracked entities instead costs several times the CPU
/// (tracking, per-entity audit, a second save to fill the audit rows' keys) and, on PostgreSQL, many more round trips.
/// </summary>
public static class AuditedBulkInsert
{
    /// <summary>
    /// Inserts <paramref name="entities"/> (their key unset) and sets their generated "Id" from the unique string column
    /// <paramref name="uniqueKey"/>; returns where the time went (records, audit rows), for the log.
    /// </summary>
    public static async Task<string> InsertAsync<T>(OcopDbContext db, IReadOnlyList<T> entities, string uniqueKey, ICurrentActor actor, TimeProvider clock,
        CancellationToken ct, int rowsPerStatement = 250) where T : class, IAudited
    {
        if (entities.Count == 0) return "";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var type = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var key = type.FindPrimaryKey()!.Properties.Single();
        var unique = type.FindProperty(uniqueKey) ?? throw new InvalidOperationException($"{typeof(T).Name} has no property {uniqueKey}.");
        var byKey = new Dictionary<string, T>(entities.Count, StringComparer.Ordinal);
        foreach (var e in entities)
            if (!byKey.TryAdd((string)unique.GetGetter().GetClrValue(e)!, e)) throw new InvalidOperationException($"Duplicate {uniqueKey} in a bulk insert.");

        await InsertRowsAsync(db, type, entities, ct, rowsPerStatement, returning: [key, unique], read: reader =>
        {
            var entity = byKey[reader.GetString(1)];
            key.PropertyInfo!.SetValue(entity, Convert.ChangeType(reader.GetValue(0), key.ClrType, CultureInfo.InvariantCulture));
        });

        var inserted = watch.ElapsedMilliseconds;
        var at = clock.GetUtcNow().UtcDateTime;
        var audits = entities.Select(e => new AuditEntry
        {
            At = at,
            UserId = actor.UserId,
            UserName = actor.UserName,
            EntityType = typeof(T).Name,
            EntityId = Convert.ToString(key.GetGetter().GetClrValue(e), CultureInfo.InvariantCulture)!,
            Action = "Created",
            After = AuditInterceptor.SnapshotOf(type, e),
        }).ToList();
        var serialised = watch.ElapsedMilliseconds;
        await InsertRowsAsync(db, db.Model.FindEntityType(typeof(AuditEntry))!, audits, ct, rowsPerStatement, returning: [], read: null);
        return $"records {inserted} ms, audit JSON {serialised - inserted} ms, audit rows {watch.ElapsedMilliseconds - serialised} ms";
    }

    private static async Task InsertRowsAsync<T>(OcopDbContext db, IEntityType type, IReadOnlyList<T> rows, CancellationToken ct, int rowsPerStatement,
        IProperty[] returning, Action<DbDataReader>? read) where T : class
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        // Every mapped column but a database-generated key.
        var columns = type.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated != ValueGenerated.Never)).ToArray();
        var mappings = columns.Select(p => p.GetRelationalTypeMapping()).ToArray();
        var getters = columns.Select(p => p.GetGetter()).ToArray();
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)))}) VALUES ";
        var tail = returning.Length == 0 ? "" : " RETURNING " + string.Join(", ", returning.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)));
        // PostgreSQL: many rows per statement, as each statement is a network round trip. SQLite runs in-process, so
        // one prepared single-row INSERT re-executed per row is cheapest: binding N named parameters costs O(N²)
        // (each name is looked up in the statement), which makes statements of thousands of parameters slow there.
        var perStatement = db.Database.IsSqlite() ? 1 : Math.Max(1, Math.Min(rowsPerStatement, 30_000 / columns.Length));

        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        // One command per statement size, so a repeated statement stays prepared (SQLite) and is parsed once.
        DbCommand? command = null;
        try
        {
            for (var start = 0; start < rows.Count; start += perStatement)
            {
                var count = Math.Min(perStatement, rows.Count - start);
                var reuse = command is not null && command.Parameters.Count == count * columns.Length;
                if (!reuse)
                {
                    if (command is not null) await command.DisposeAsync();
                    command = connection.CreateCommand();
                    command.Transaction = transaction;
                    command.CommandText = Statement(head, tail, count, columns.Length);
                }
                for (var r = 0; r < count; r++)
                {
                    var entity = rows[start + r];
                    for (var c = 0; c < columns.Length; c++)
                    {
                        var value = getters[c].GetClrValue(entity);
                        if (!reuse)
                            command!.Parameters.Add(mappings[c].CreateParameter(command, ParameterName(r * columns.Length + c), value, columns[c].IsNullable));
                        else // the parameter as EF configured it (type, size); only the value changes, converted as EF would
                            command!.Parameters[r * columns.Length + c].Value = (value is null ? null : mappings[c].Converter?.ConvertToProvider(value) ?? value) ?? DBNull.Value;
                    }
                }
                if (read is null) { await command!.ExecuteNonQueryAsync(ct); continue; }
                await using var reader = await command!.ExecuteReaderAsync(ct);
                var returned = 0;
                while (await reader.ReadAsync(ct)) { read(reader); returned++; }
                if (returned != count) throw new InvalidOperationException($"Bulk insert into {table.Name}: {returned} rows returned for {count} inserted.");
            }
        }
        finally
        {
            if (command is not null) await command.DisposeAsync();
        }
    }

    private static string ParameterName(int i) => "@p" + i.ToString(CultureInfo.InvariantCulture);

    /// <summary>"INSERT INTO t (a, b) VALUES (@p0, @p1), (@p2, @p3) RETURNING …" for <paramref name="count"/> rows.</summary>
    private static string Statement(string head, string tail, int count, int columns)
    {
        var text = new StringBuilder(head, head.Length + count * columns * 8 + tail.Length);
        for (var r = 0; r < count; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns; c++)
            {
                if (c > 0) text.Append(", ");
                text.Append(ParameterName(r * columns + c));
            }
            text.Append(')');
        }
        return text.Append(tail).ToString();
    }
}
