using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Features.Registry;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Products;

/// <summary>Query string of the product list (page, API and export alike).</summary>
public sealed class ProductFilter
{
    public string? Q { get; set; }
    public string? Province { get; set; }
    public string? Commune { get; set; }
    /// <summary>Sector (ngành) code of the current rulebook, e.g. "I".</summary>
    public string? Sector { get; set; }
    /// <summary>Product set number (bộ sản phẩm).</summary>
    public int? Set { get; set; }
    public int? Star { get; set; }
    public string? LegalForm { get; set; }
    public string? Certification { get; set; }
    public int? Producer { get; set; }
    public string? Status { get; set; }
    public int? Page { get; set; }
    public int? PageSize { get; set; }

    public (int Page, int Size) Paging() => (Math.Clamp(Page ?? 1, 1, 100_000), Math.Clamp(PageSize ?? 20, 1, 200));

    /// <summary>Any filter besides the search words (blank values and an unknown status filter nothing).</summary>
    public bool HasFilters => !string.IsNullOrWhiteSpace(Province) || !string.IsNullOrWhiteSpace(Commune) || !string.IsNullOrWhiteSpace(Sector)
        || Set is not null || Star is not null || !string.IsNullOrWhiteSpace(LegalForm) || !string.IsNullOrWhiteSpace(Certification)
        || Producer is not null || Enum.TryParse<ProductStatus>(Status, ignoreCase: true, out _);

    /// <summary>A filter that an index on the products narrows to a small share of them (province, commune, set, producer).</summary>
    public bool HasNarrowFilter => !string.IsNullOrWhiteSpace(Province) || !string.IsNullOrWhiteSpace(Commune) || Set is not null || Producer is not null;
}

public static class ProductSearch
{
    /// <summary>Filters an already scoped query; <paramref name="narrowScope"/> says the scope itself is an indexed filter (province, commune, producer).</summary>
    public static IQueryable<Product> Apply(OcopDbContext db, IQueryable<Product> query, ProductFilter f, bool narrowScope = false)
    {
        var words = SearchText.Words(f.Q);
        if (db is SqliteOcopDbContext && FullTextQuery(words) is { } match)
        {
            // SQLite: the FTS5 trigram index finds the rows holding every word of ≥ 3 letters from its posting
            // lists (a quoted word is a phrase of trigrams, i.e. an exact substring), instead of scanning the text
            // of every product.
            var ids = db.Set<ProductSearchEntry>()
                .FromSql($"SELECT rowid, \"SearchText\" FROM \"ProductsSearch\" WHERE \"ProductsSearch\" MATCH {match}")
                .Select(e => e.RowId);
            // With a narrow filter (province, commune, set, producer — or such a scope) the rows are best found
            // through that filter's index, checking each id against the matches; SQLite would otherwise start from
            // the matches and read every matching product (thousands for a common word like "che"). "Id + 0" keeps
            // the id out of the choice of index, which is all it changes (measured: bench/README.md).
            query = narrowScope || f.HasNarrowFilter ? query.Where(p => ids.Contains(p.Id + 0)) : query.Where(p => ids.Contains(p.Id));
        }
        if (!string.IsNullOrWhiteSpace(f.Province)) query = query.Where(p => p.ProvinceCode == f.Province);
        if (!string.IsNullOrWhiteSpace(f.Commune)) query = query.Where(p => p.CommuneCode == f.Commune);
        if (!string.IsNullOrWhiteSpace(f.Sector)) query = query.Where(p => p.SectorCode == f.Sector);
        if (f.Set is { } set) query = query.Where(p => p.ProductSetNo == set);
        if (f.Star is { } star) query = query.Where(p => p.CurrentStars == star);
        if (!string.IsNullOrWhiteSpace(f.LegalForm)) query = query.Where(p => p.Producer!.LegalForm == f.LegalForm);
        if (!string.IsNullOrWhiteSpace(f.Certification)) query = query.Where(p => p.Producer!.Certifications.Any(c => c.Kind == f.Certification));
        if (f.Producer is { } producer) query = query.Where(p => p.ProducerId == producer);
        if (Enum.TryParse<ProductStatus>(f.Status, ignoreCase: true, out var status)) query = query.Where(p => p.Status == status);
        // On SQLite the FTS match above is already exact for plain (ASCII) words of ≥ 3 letters; LIKE re-checks only
        // the others (shorter words, which have no trigram, and words with other characters).
        return query.WhereAllWords(p => p.SearchText, db is SqliteOcopDbContext ? words.Where(w => !FullTextIsExact(w)).ToArray() : words);
    }

    /// <summary>Words the FTS5 trigram index can look up: three characters or more.</summary>
    public static bool FullTextServes(string word) => word.Length >= 3;

    /// <summary>
    /// Words for which "the trigram phrase matches" is exactly "LIKE '%word%' on the folded text": ≥ 3 ASCII characters.
    /// The folded text is already lower case, the trigram tokenizer folds only case, and a quoted phrase of a word's
    /// trigrams matches where the word occurs as a substring, nowhere else. (LIKE stays for other characters, whose
    /// case folding by FTS5 and by LIKE could differ.)
    /// </summary>
    public static bool FullTextIsExact(string word) => FullTextServes(word) && word.All(char.IsAscii);

    /// <summary>An FTS5 query ANDing the words of ≥ 3 letters as quoted strings (quotes doubled: no FTS syntax gets through), or null.</summary>
    public static string? FullTextQuery(string[] words)
    {
        var usable = words.Where(FullTextServes).Select(w => "\"" + w.Replace("\"", "\"\"") + "\"").ToList();
        return usable.Count == 0 ? null : string.Join(" AND ", usable);
    }

    /// <summary>
    /// How many products the filtered query holds. On SQLite, a search with no filter in a national scope, whose every
    /// word the full-text index answers exactly, is counted from the index alone (its posting lists) without
    /// touching a product row — the count of a common word such as "che" stays cheap.
    /// </summary>
    public static Task<int> CountAsync(OcopDbContext db, UserScope scope, ProductFilter f, IQueryable<Product> filtered, CancellationToken ct)
    {
        var words = SearchText.Words(f.Q);
        if (db is SqliteOcopDbContext && scope.Kind == ScopeKind.National && !f.HasFilters && words.Length > 0 && words.All(FullTextIsExact)
            && FullTextQuery(words) is { } match)
            return db.Set<ProductSearchEntry>()
                .FromSql($"SELECT rowid, \"SearchText\" FROM \"ProductsSearch\" WHERE \"ProductsSearch\" MATCH {match}")
                .CountAsync(ct);
        return filtered.CountAsync(ct);
    }

    /// <summary>
    /// One page and the total: the page first, then a COUNT only when the page cannot tell the total
    /// (<see cref="PagedTotal"/>).
    /// </summary>
    public static async Task<(List<Row> Items, int Total)> PageAndTotalAsync(OcopDbContext db, UserScope scope, ProductFilter f, CancellationToken ct)
    {
        var (number, size) = f.Paging();
        var filtered = Apply(db, db.Products.InScope(scope), f, NarrowScope(scope));
        var items = await Page(db.Products, filtered, f, number, size).ToListAsync(ct);
        var total = await PagedTotal.ResolveAsync(items.Count, number, size, () => CountAsync(db, scope, f, filtered, ct));
        return (items, total);
    }

    /// <summary>Scopes that are themselves an indexed filter (see <see cref="Apply"/>).</summary>
    public static bool NarrowScope(UserScope scope) => scope.Kind is ScopeKind.Province or ScopeKind.Commune or ScopeKind.Producer;

    /// <summary>
    /// Name matches first, then by name. Without a query there is no rank at all (not even a constant one), so the
    /// database can walk the (Name, Id) index and stop after the page instead of sorting every product in scope.
    /// </summary>
    public static IOrderedQueryable<Product> Order(IQueryable<Product> query, ProductFilter f)
    {
        var words = SearchText.Words(f.Q);
        return words.Length == 0
            ? query.OrderBy(p => p.Name).ThenBy(p => p.Id)
            : query.OrderByNameMatch(p => p.SearchName, words).ThenBy(p => p.Name).ThenBy(p => p.Id);
    }

    /// <summary>
    /// One page of rows, in two steps: the page's ids are chosen from the filtered query alone (on SQLite a covering
    /// index on the folded columns serves the search, so the scan reads that narrow index instead of the whole
    /// table), then only those products are read with their producer and commune.
    /// </summary>
    public static IQueryable<Row> Page(IQueryable<Product> all, IQueryable<Product> filtered, ProductFilter f, int number, int size)
    {
        var ids = Order(filtered, f).Skip((number - 1) * size).Take(size).Select(p => p.Id);
        return Rows(Order(all.Where(p => ids.Contains(p.Id)), f));
    }

    public sealed record Row(int Id, string Name, string OcopCode, int? CurrentStars, string RulebookId, int ProductSetNo, string SectorCode,
        int ProducerId, string ProducerName, string ProvinceCode, string CommuneCode, string CommuneName, string? Gtin, ProductStatus Status, long Version);

    public static IQueryable<Row> Rows(IQueryable<Product> q) => q.Select(p => new Row(p.Id, p.Name, p.OcopCode, p.CurrentStars, p.RulebookId,
        p.ProductSetNo, p.SectorCode, p.ProducerId, p.Producer!.Name, p.ProvinceCode, p.CommuneCode, p.CommuneUnit!.FullName, p.Gtin, p.Status, p.Version));
}
