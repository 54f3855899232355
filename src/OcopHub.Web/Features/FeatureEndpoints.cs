using OcopHub.Web.Data;
using OcopHub.Web.Features.Account;
using OcopHub.Web.Features.AdminUnits;
using OcopHub.Web.Features.Imports;
using OcopHub.Web.Features.Certificates;
using OcopHub.Web.Features.Producers;
using OcopHub.Web.Features.Rulebooks;
using OcopHub.Web.Features.Scoring;
using OcopHub.Web.Features.Products;
using OcopHub.Web.Features.Registry;
using OcopHub.Web.Features.Dossiers;
using OcopHub.Web.Features.Notifications;
using OcopHub.Web.Features.Rounds;

namespace OcopHub.Web.Features;

/// <summary>Every feature's services and /api/v1 endpoints, registered in one place.</summary>
public static class FeatureEndpoints
{
    public static IServiceCollection AddOcopFeatures(this IServiceCollection services, IConfiguration config)
    {
        // Working days of state offices: the decreed holidays shipped in data/reference/calendars, rules beyond them.
        services.AddSingleton(_ => Core.Calendar.WorkingDayCalendar.FromJson(
            File.ReadAllText(Path.Combine(ReferenceDataLoader.ReferenceRoot, "calendars", "vn-public-holidays.json"))));
        services.Configure<EmailOptions>(config.GetSection("Email"));
        services.AddSingleton<EmailSender>();
        services.AddScoped<Notifier>();
        services.AddSingleton<EvidenceStore>();
        services.AddScoped<DossierDrafts>();
        services.AddScoped<DossierWorkflow>();
        services.AddScoped<DossierQueries>();
        services.AddScoped<DossierRecognition>();
        services.AddScoped<RoundService>();
        services.AddScoped<ReferenceDataLoader>();
        services.AddScoped<Seeder>();
        services.AddSingleton<RulebookCatalog>();
        services.AddSingleton<RegistryReference>();
        services.AddSingleton<PhotoStore>();
        services.AddSingleton<ImportJobs>();
        services.AddScoped<ProducerRules>();
        services.AddScoped<ProductRules>();
        services.AddScoped<HistoricalResults>();
        services.AddScoped<CertificateService>();
        services.AddScoped<ResultQueries>();
        services.AddScoped<ResultDecisionService>();
        services.AddScoped<Councils.CouncilService>();
        services.AddScoped<Councils.CouncilScoring>();
        services.AddScoped<Councils.CouncilMinutes>();
        services.AddScoped<Councils.CentralQueue>();
        services.AddScoped<CertificateReminders>();
        services.AddHostedService<CertificateReminderService>();
        Infrastructure.CommandLine.Register("reminders", "Create the certificate re-evaluation reminders due today, then exit.", async (app, _) =>
        {
            using var scope = app.Services.CreateScope();
            var sent = await scope.ServiceProvider.GetRequiredService<CertificateReminders>().RunAsync(CancellationToken.None);
            Console.WriteLine($"{sent} notifications created.");
            return 0;
        });
        // Form values that do not parse (a letter in a number field…) get Vietnamese messages naming the value.
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o =>
        {
            var m = o.ModelBindingMessageProvider;
            m.SetAttemptedValueIsInvalidAccessor((value, _) => $"Giá trị '{value}' không hợp lệ.");
            m.SetValueMustBeANumberAccessor(_ => "Vui lòng nhập một số.");
            m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Giá trị '{value}' không hợp lệ.");
            m.SetUnknownValueIsInvalidAccessor(_ => "Giá trị không hợp lệ.");
            m.SetValueIsInvalidAccessor(value => $"Giá trị '{value}' không hợp lệ.");
        });
        return services;
    }

    public static void MapFeatureEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1");
        api.MapAuthEndpoints();
        api.MapAdminUnitEndpoints();
        api.MapProducerEndpoints();
        api.MapRulebookEndpoints();
        api.MapScoringEndpoints();
        api.MapProductEndpoints();
        api.MapImportEndpoints();
        api.MapDossierEndpoints();
        Councils.CouncilEndpoints.MapCouncilEndpoints(api);
        api.MapNotificationEndpoints();
        api.MapCertificateEndpoints();
        api.MapResultEndpoints();
        api.MapRewardEndpoints();
    }
}
