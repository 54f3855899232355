using System.Security.Claims;
using OcopHub.Web.Data.Entities;

namespace OcopHub.Web.Infrastructure;

/// <summary>
/// What part of the country a user may read and write. Built from the claims issued at sign-in, so it costs no query.
/// </summary>
public sealed record UserScope(ScopeKind Kind, string? ProvinceCode, string? CommuneCode, int? ProducerId)
{
    public const string ProvinceClaim = "ocop:province";
    public const string CommuneClaim = "ocop:commune";
    public const string ProducerClaim = "ocop:producer";
    public const string ActiveClaim = "ocop:active";

    public static readonly UserScope None = new(ScopeKind.Producer, null, null, -1);

    public bool IsNational => Kind == ScopeKind.National;

    public static UserScope From(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true) return None;
        if (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Ministry)) return new(ScopeKind.National, null, null, null);
        var province = user.FindFirstValue(ProvinceClaim);
        var commune = user.FindFirstValue(CommuneClaim);
        if (user.IsInRole(Roles.Producer))
            return int.TryParse(user.FindFirstValue(ProducerClaim), out var pid) ? new(ScopeKind.Producer, province, commune, pid) : None;
        if (user.IsInRole(Roles.CommuneOfficer))
            return string.IsNullOrEmpty(commune) ? None : new(ScopeKind.Commune, province, commune, null);
        return string.IsNullOrEmpty(province) ? None : new(ScopeKind.Province, province, null, null);
    }

    /// <summary>Whether a record in (province, commune) is inside this scope.</summary>
    public bool Covers(string provinceCode, string communeCode) => Kind switch
    {
        ScopeKind.National => true,
        ScopeKind.Province => provinceCode == ProvinceCode,
        ScopeKind.Commune => communeCode == CommuneCode,
        _ => false,
    };
}

public static class ScopeQueryExtensions
{
    /// <summary>Limits a query of region-scoped records to the user's scope. Used for lists and lookups by id alike.</summary>
    public static IQueryable<T> InScope<T>(this IQueryable<T> query, UserScope scope) where T : class, IRegionScoped => scope.Kind switch
    {
        ScopeKind.National => query,
        ScopeKind.Province => query.Where(x => x.ProvinceCode == scope.ProvinceCode),
        ScopeKind.Commune => query.Where(x => x.CommuneCode == scope.CommuneCode),
        _ => query.Where(_ => false),
    };

    public static IQueryable<Producer> InScope(this IQueryable<Producer> query, UserScope scope) => scope.Kind == ScopeKind.Producer
        ? query.Where(p => p.Id == scope.ProducerId)
        : InScope<Producer>(query, scope);

    /// <summary>Products follow their commune of production; a producer login sees its own products wherever they are made.</summary>
    public static IQueryable<Product> InScope(this IQueryable<Product> query, UserScope scope) => scope.Kind == ScopeKind.Producer
        ? query.Where(p => p.ProducerId == scope.ProducerId)
        : InScope<Product>(query, scope);
}
