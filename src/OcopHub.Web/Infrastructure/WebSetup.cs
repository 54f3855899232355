using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Localization;
using OcopHub.Web.Data;
using OcopHub.Web.Features;

namespace OcopHub.Web.Infrastructure;

public static class WebSetup
{
    public static readonly CultureInfo[] Cultures = [new("vi-VN"), new("en-US")];

    public static void AddOcopLogging(this WebApplicationBuilder builder)
    {
        // Structured (JSON) logs unless a developer asks for plain text.
        if (builder.Configuration["Logging:Format"] is "json")
            builder.Logging.ClearProviders().AddJsonConsole(o => { o.IncludeScopes = true; o.UseUtcTimestamp = true; });
    }

    public static IServiceCollection AddOcopWeb(this IServiceCollection services, IConfiguration config)
    {
        // Keys survive restarts so sign-in cookies stay valid; the folder is private (outside wwwroot).
        services.AddDataProtection().SetApplicationName("OcopHub")
            .PersistKeysToFileSystem(new DirectoryInfo(config["DataProtection:KeysPath"] ?? Path.Combine("data", "keys")));
        // Vietnamese text is written as is, not as &#x…; entities (smaller pages, readable source).
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddHttpContextAccessor();
        services.AddScoped<ActorOverride>();
        services.AddScoped<ICurrentActor, HttpCurrentActor>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<JsonStringLocalizer>();
        services.AddSingleton<IStringLocalizer<SharedResource>>(sp => sp.GetRequiredService<JsonStringLocalizer>());
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Features";
            o.Conventions.AuthorizeFolder("/", Policies.SignedIn);
            o.Conventions.AuthorizeFolder("/Admin", Policies.Admin);
            o.Conventions.AuthorizeFolder("/Producers", Policies.SignedIn);
            o.Conventions.AuthorizeFolder("/SelfAssessments", Policies.ProducerEditor);
            o.Conventions.AuthorizeFolder("/Products", Policies.SignedIn);
            o.Conventions.AuthorizeFolder("/Imports", Policies.Importer);
            // Dossier pages check role, scope and state per action (DossierWorkflow); reading needs a sign-in and scope.
            o.Conventions.AuthorizeFolder("/Dossiers", Policies.SignedIn);
            o.Conventions.AuthorizeFolder("/Rounds", Policies.SignedIn);
            o.Conventions.AuthorizeFolder("/Notifications", Policies.SignedIn);
            o.Conventions.AllowAnonymousToFolder("/Portal");
            o.Conventions.AllowAnonymousToPage("/Account/Login");
            o.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
            o.Conventions.AllowAnonymousToPage("/Account/Language");
            o.Conventions.AllowAnonymousToPage("/Error");
            o.Conventions.AllowAnonymousToPage("/Index");
        });
        services.AddProblemDetails();
        // Enums travel as their names ("Recognised", "SingleChoice"), never as numbers.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddOpenApi(o => o.AddDocumentTransformer<OpenApiInfoTransformer>());
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("vi-VN");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            // The choice is remembered in a cookie; the browser's language is not consulted so Vietnamese stays the default.
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        services.Configure<ApiBehaviorOptions>(_ => { });
        return services;
    }

    public static void UseOcopPipeline(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = HandleException });
        app.UseStatusCodePages(StatusCodeResponder.Respond);
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<BearerStampValidation>();
        app.UseAuthorization();
    }

    /// <summary>What a newcomer needs after `dotnet run`: where the app listens and how to sign in.</summary>
    private static void PrintBanner(WebApplication app)
    {
        var urls = app.Urls.Count > 0 ? string.Join(", ", app.Urls) : "(see 'Now listening on' above)";
        Console.WriteLine();
        Console.WriteLine($"OCOP Hub is running: {urls}");
        foreach (var line in Data.StartupBanner.Take()) Console.WriteLine("  " + line);
        Console.WriteLine();
    }

    /// <summary>API errors become ProblemDetails; page errors show the friendly error page. Never a stack trace.</summary>
    private static async Task HandleException(HttpContext ctx)
    {
        var error = ctx.Features.Get<IExceptionHandlerFeature>()?.Error;
        var logger = ctx.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("OcopHub.Errors");
        logger.LogError(error, "Unhandled error on {Method} {Path}", ctx.Request.Method, ctx.Request.Path);
        var (status, title) = error switch
        {
            Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException => (StatusCodes.Status409Conflict, "Dữ liệu đã bị người khác thay đổi. Vui lòng tải lại và thử lại."),
            BadHttpRequestException b => (b.StatusCode, "Yêu cầu không hợp lệ."),
            _ => (StatusCodes.Status500InternalServerError, "Đã có lỗi xảy ra. Vui lòng thử lại sau."),
        };
        ctx.Response.StatusCode = status;
        if (SecuritySetup.IsApi(ctx.Request))
        {
            await Results.Problem(title: title, statusCode: status).ExecuteAsync(ctx);
            return;
        }
        ctx.Response.ContentType = "text/html; charset=utf-8";
        await ctx.Response.WriteAsync(ErrorPageHtml.Render(status, title));
    }

    public static void MapOcopEndpoints(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() => PrintBanner(app));
        app.MapRazorPages();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous().RequireRateLimiting(SecuritySetup.PublicRateLimit);
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapFeatureEndpoints();
    }
}

/// <summary>The database answers: the load balancer's health probe.</summary>
public sealed class DatabaseHealthCheck(OcopDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        await db.Database.CanConnectAsync(ct) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("database unreachable");
}
