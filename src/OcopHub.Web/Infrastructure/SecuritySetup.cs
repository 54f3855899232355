using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;

namespace OcopHub.Web.Infrastructure;

public static class SecuritySetup
{
    /// <summary>The default scheme: a bearer token when the request carries one, the Identity cookie otherwise.</summary>
    public const string SmartScheme = "CookieOrBearer";
    public const string LoginRateLimit = "login";
    public const string PublicRateLimit = "public";

    public static IServiceCollection AddOcopSecurity(this IServiceCollection services, IConfiguration config)
    {
        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<OcopDbContext>()
            .AddClaimsPrincipalFactory<ScopeClaimsFactory>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<VietnameseIdentityErrors>();

        // A deactivated user's cookie stops working within a minute (the security stamp changes on deactivation).
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddAuthentication(o =>
            {
                // AddIdentity set the cookie as default for authenticate/challenge; both must go through the selector.
                o.DefaultScheme = SmartScheme;
                o.DefaultAuthenticateScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
                o.DefaultForbidScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, "Cookie or bearer", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(1));

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.Cookie.Name = "ocop.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            // APIs answer 401/403, pages redirect.
            o.Events.OnRedirectToLogin = ctx => ApiOr(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiOr(ctx, StatusCodes.Status403Forbidden);
        });

        // No fallback policy: every endpoint declares its own (a test enforces it), and unknown URLs stay 404s.
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Policies.Officer, p => p.RequireRole(Roles.Admin, Roles.Ministry, Roles.ProvinceOffice, Roles.Department, Roles.CouncilMember, Roles.CommuneOfficer))
            .AddPolicy(Policies.Importer, p => p.RequireRole(Roles.Admin, Roles.ProvinceOffice, Roles.CommuneOfficer))
            .AddPolicy(Policies.RecognitionAuthority, p => p.RequireRole(Roles.ProvinceOffice, Roles.Ministry))
            .AddPolicy(Policies.ProducerEditor, p => p.RequireRole(Roles.Admin, Roles.ProvinceOffice, Roles.CommuneOfficer, Roles.Producer));

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            var loginPerMinute = config.GetValue("RateLimits:LoginPerMinute", 10);
            var publicPerMinute = config.GetValue("RateLimits:PublicPerMinute", 300);
            o.AddPolicy(LoginRateLimit, ctx => RateLimitPartition.GetFixedWindowLimiter(ClientKey(ctx),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = loginPerMinute, Window = TimeSpan.FromMinutes(1) }));
            o.AddPolicy(PublicRateLimit, ctx => RateLimitPartition.GetFixedWindowLimiter(ClientKey(ctx),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = publicPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
        return services;
    }

    private static string ClientKey(HttpContext ctx) => ctx.Connection.RemoteIpAddress?.ToString() ?? "local";

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    private static Task ApiOr(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (IsApi(ctx.Request)) ctx.Response.StatusCode = status;
        else ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
