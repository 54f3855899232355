using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OcopHub.Web.Data.Entities;

namespace OcopHub.Web.Infrastructure;

/// <summary>Puts the user's scope into the sign-in principal (cookie and bearer token alike).</summary>
public sealed class ScopeClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var id = await base.GenerateClaimsAsync(user);
        if (user.ScopeProvinceCode is { } p) id.AddClaim(new Claim(UserScope.ProvinceClaim, p));
        if (user.ScopeCommuneCode is { } c) id.AddClaim(new Claim(UserScope.CommuneClaim, c));
        if (user.ProducerId is { } pid) id.AddClaim(new Claim(UserScope.ProducerClaim, pid.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        id.AddClaim(new Claim("name_display", user.FullName));
        return id;
    }
}
