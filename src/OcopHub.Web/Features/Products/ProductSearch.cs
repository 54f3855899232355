using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Features.Registry;

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
}

public static class ProductSearch
{
    /// <summary>Filters an already scoped query.</summary>
    public static IQueryable<Product> Apply(OcopDbContext db, IQueryable<Product> query, ProductFilter f)
    {
        var words = SearchText.Words(f.Q);
        if (db is SqliteOcopDbContext && FullTextQuery(words) is { } match)
        {
            // SQLite: the FTS5 trigram index finds the rows holding every word of ≥ 3 letters from its posting
            // lists (a quoted word is a phrase of trigrams, i.e. an exact substring), instead of scanning the text
            // of every product. The LIKE below still decides, so the result is the same as without the index
            // (which cannot serve words of one or two letters).
            var ids = db.Set<ProductSearchEntry>()
                .FromSql($"SELECT rowid, \"SearchText\" FROM \"ProductsSearch\" WHERE \"ProductsSearch\" MATCH {match}")
                .Select(e => e.RowId);
            query = query.Where(p => ids.Contains(p.Id));
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
        return query.WhereAllWords(p => p.SearchText, words);
    }

    /// <summary>An FTS5 query ANDing the words of ≥ 3 letters as quoted strings (quotes doubled: no FTS syntax gets through), or null.</summary>
    public static string? FullTextQuery(string[] words)
    {
        var usable = words.Where(w => w.Length >= 3).Select(w => "\"" + w.Replace("\"", "\"\"") + "\"").ToList();
        return usable.Count == 0 ? null : string.Join(" AND ", usable);
    }

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
