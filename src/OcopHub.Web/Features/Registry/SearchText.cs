using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Text;

namespace OcopHub.Web.Features.Registry;

/// <summary>
/// The search box, done by the database on both providers. Records keep folded copies of their text (no
/// diacritics, lower case: "Bí xanh thơm Ba Bể" → "bi xanh thom ba be"), maintained in C# with the same
/// <see cref="VietnameseText.Fold"/> that folds the query, so both sides agree exactly. Every word of the query must
/// occur in the folded text (LIKE '%word%', in any order: "bi xanh ba be" finds "bi xanh thom ba be"); records
/// whose *name* holds every word rank first.
/// PostgreSQL: pg_trgm GIN indexes on the folded columns serve these LIKE patterns (see PostgresOcopDbContext).
/// SQLite: LIKE '%…%' cannot use a B-tree, so SQLite scans the folded column inside the scope/filters — cheap for a
/// province's registry (SQLite is the single-office setup). Products, which reach national scale, also have an FTS5
/// trigram index that finds the rows (ProductSearch.Apply: exact for plain words of ≥ 3 letters, LIKE only for the
/// others; measured by bench/run-search.sh). Never a scan in application memory.
/// </summary>
public static class SearchText
{
    /// <summary>The words of a query, folded; at most 8 words of at most 50 characters.</summary>
    public static string[] Words(string? query) =>
        VietnameseText.Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length > 50 ? w[..50] : w).Distinct().Take(8).ToArray();

    /// <summary>Keeps the records whose folded column contains every word.</summary>
    public static IQueryable<T> WhereAllWords<T>(this IQueryable<T> query, Expression<Func<T, string>> column, string[] words) =>
        words.Length == 0 ? query : query.Where(AllLike(column, words));

    /// <summary>Name matches first (0), then the rest (1).</summary>
    public static IOrderedQueryable<T> OrderByNameMatch<T>(this IQueryable<T> query, Expression<Func<T, string>> name, string[] words)
    {
        if (words.Length == 0) return query.OrderBy(_ => 0);
        var all = AllLike(name, words);
        var rank = Expression.Lambda<Func<T, int>>(Expression.Condition(all.Body, Expression.Constant(0), Expression.Constant(1)), all.Parameters);
        return query.OrderBy(rank);
    }

    private static readonly System.Reflection.MethodInfo Like = typeof(DbFunctionsExtensions).GetMethod(nameof(DbFunctionsExtensions.Like),
        [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    private static Expression<Func<T, bool>> AllLike<T>(Expression<Func<T, string>> column, string[] words)
    {
        Expression? body = null;
        foreach (var word in words)
        {
            // Parameters, not literals: one cached plan per word count. Wildcards typed by the user are escaped.
            var pattern = new PatternHolder("%" + word.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%");
            var patternExpr = Expression.Property(Expression.Constant(pattern), nameof(PatternHolder.Value));
            var like = Expression.Call(Like, Expression.Property(null, typeof(EF), nameof(EF.Functions)), column.Body, patternExpr, Expression.Constant("\\"));
            body = body is null ? like : Expression.AndAlso(body, like);
        }
        return Expression.Lambda<Func<T, bool>>(body!, column.Parameters);
    }

    private sealed record PatternHolder(string Value);
}
