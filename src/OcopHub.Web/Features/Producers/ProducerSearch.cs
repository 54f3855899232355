using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Features.Registry;

namespace OcopHub.Web.Features.Producers;

/// <summary>Query string of the producer list (page and API alike).</summary>
public sealed class ProducerFilter
{
    public string? Q { get; set; }
    public string? Province { get; set; }
    public string? Commune { get; set; }
    public string? LegalForm { get; set; }
    public string? Certification { get; set; }
    public int? Page { get; set; }
    public int? PageSize { get; set; }

    public (int Page, int Size) Paging() => (Math.Clamp(Page ?? 1, 1, 100_000), Math.Clamp(PageSize ?? 20, 1, 200));
}

public static class ProducerSearch
{
    /// <summary>Filters an already scoped query.</summary>
    public static IQueryable<Producer> Apply(IQueryable<Producer> query, ProducerFilter f)
    {
        if (!string.IsNullOrWhiteSpace(f.Province)) query = query.Where(p => p.ProvinceCode == f.Province);
        if (!string.IsNullOrWhiteSpace(f.Commune)) query = query.Where(p => p.CommuneCode == f.Commune);
        if (!string.IsNullOrWhiteSpace(f.LegalForm)) query = query.Where(p => p.LegalForm == f.LegalForm);
        if (!string.IsNullOrWhiteSpace(f.Certification)) query = query.Where(p => p.Certifications.Any(c => c.Kind == f.Certification));
        return query.WhereAllWords(p => p.SearchName, SearchText.Words(f.Q));
    }

    /// <summary>Name matches first, then by name; without a query no rank at all, so the (Name, Id) index gives the order.</summary>
    public static IOrderedQueryable<Producer> Order(IQueryable<Producer> query, ProducerFilter f)
    {
        var words = SearchText.Words(f.Q);
        return words.Length == 0
            ? query.OrderBy(p => p.Name).ThenBy(p => p.Id)
            : query.OrderByNameMatch(p => p.SearchName, words).ThenBy(p => p.Name).ThenBy(p => p.Id);
    }
}
