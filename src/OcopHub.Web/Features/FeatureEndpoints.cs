using OcopHub.Web.Data;
using OcopHub.Web.Features.Account;
using OcopHub.Web.Features.AdminUnits;
using OcopHub.Web.Features.Producers;
using OcopHub.Web.Features.Products;
using OcopHub.Web.Features.Registry;
using OcopHub.Web.Features.Rulebooks;

namespace OcopHub.Web.Features;

/// <summary>Every feature's services and /api/v1 endpoints, registered in one place.</summary>
public static class FeatureEndpoints
{
    public static IServiceCollection AddOcopFeatures(this IServiceCollection services)
    {
        services.AddScoped<ReferenceDataLoader>();
        services.AddScoped<Seeder>();
        services.AddSingleton<RulebookCatalog>();
        services.AddSingleton<RegistryReference>();
        services.AddSingleton<PhotoStore>();
        services.AddScoped<ProducerRules>();
        services.AddScoped<ProductRules>();
        return services;
    }

    public static void MapFeatureEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1");
        api.MapAuthEndpoints();
        api.MapAdminUnitEndpoints();
        api.MapProducerEndpoints();
        api.MapProductEndpoints();
    }
}
