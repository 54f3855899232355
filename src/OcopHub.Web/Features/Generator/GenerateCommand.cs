using OcopHub.Web.Data;
using OcopHub.Web.Features.Registry;
using OcopHub.Web.Features.Rulebooks;

namespace OcopHub.Web.Features.Generator;

/// <summary>`dotnet run --project src/OcopHub.Web -- generate …`: a thin wrapper; the work is <see cref="NationalDataGenerator"/>.</summary>
public static class GenerateCommand
{
    public const string Help = "Generate a national-scale dataset: " + GeneratorOptions.Usage;

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var (options, error) = GeneratorOptions.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine($"generate: {error}");
            Console.Error.WriteLine($"usage: {GeneratorOptions.Usage}");
            return 2;
        }
        await app.InitialiseDatabaseAsync(); // migrations + reference data + rulebooks, as `migrate` does
        using var scope = app.Services.CreateScope();
        var sp = scope.ServiceProvider;
        var generator = new NationalDataGenerator(sp.GetRequiredService<OcopDbContext>(), sp.GetRequiredService<RulebookCatalog>(),
            sp.GetRequiredService<RegistryReference>(), sp.GetRequiredService<TimeProvider>());
        try
        {
            var r = await generator.GenerateAsync(options, app.Lifetime.ApplicationStopping);
            await SqliteStatistics.RefreshAsync(sp.GetRequiredService<OcopDbContext>()); // the planner's statistics for the new rows
            Console.WriteLine($"Generated {r.Producers:N0} producers and {r.Products:N0} products (seed {options.Seed}, provinces "
                + (options.Provinces is null ? "all" : string.Join(",", options.Provinces)) + $") in {r.Elapsed.TotalSeconds:0.0} s: "
                + $"{r.HistoryRows:N0} recognition records, {r.Gtins:N0} GTINs, {r.Certifications:N0} certifications, {r.SalesChannels:N0} sales channels.");
            return 0;
        }
        catch (GeneratorRefusedException refused)
        {
            Console.Error.WriteLine($"generate: {refused.Message}");
            return 1;
        }
    }
}
