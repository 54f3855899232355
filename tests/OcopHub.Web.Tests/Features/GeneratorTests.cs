using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopHub.Core.Gs1;
using OcopHub.Core.Products;
using OcopHub.Web.Data;
using OcopHub.Web.Features.Generator;
using OcopHub.Web.Features.Registry;
using OcopHub.Web.Features.Rulebooks;
using OcopHub.Web.Tests.Infrastructure;

namespace OcopHub.Web.Tests.Features;

/// <summary>
/// The national dataset generator on a small size, on a database of its own (a class fixture, not the shared
/// collection: generated products would change what the search tests find).
/// </summary>
public abstract class GeneratorTests(OcopAppFactory app)
{
    private async Task<NationalDataGenerator.Result> GenerateAsync(GeneratorOptions options)
    {
        using var scope = app.Services.CreateScope();
        var sp = scope.ServiceProvider;
        var generator = new NationalDataGenerator(sp.GetRequiredService<OcopDbContext>(), sp.GetRequiredService<RulebookCatalog>(),
            sp.GetRequiredService<RegistryReference>(), TimeProvider.System);
        return await generator.GenerateAsync(options);
    }

    private Task<(int Producers, int Products)> CountsAsync() =>
        app.WithDbAsync(async db => (await db.Producers.CountAsync(), await db.Products.CountAsync()));

    [Fact]
    public async Task Generates_the_requested_counts_with_valid_codes_gtins_and_history()
    {
        var (producersBefore, productsBefore) = await CountsAsync();
        var result = await GenerateAsync(new GeneratorOptions(50, 120, Seed: 7, Append: true));
        Assert.Equal((50, 120), (result.Producers, result.Products));
        Assert.Equal((producersBefore + 50, productsBefore + 120), await CountsAsync());

        var products = await app.WithDbAsync(db => db.Products.AsNoTracking().Include(p => p.History).ToListAsync());
        // Codes: valid, in today's shape, unique, and numbered per commune without gaps or repeats.
        foreach (var p in products.Where(p => p.CodeSequence is not null))
        {
            Assert.True(OcopProductCode.TryParse(p.OcopCode, out var code, out var error), error);
            Assert.Equal((p.ProvinceCode, p.CommuneCode, p.CodeSequence!.Value), (code!.ProvinceCode, code.CommuneCode, code.Sequence));
        }
        Assert.Equal(products.Count, products.Select(p => p.OcopCode).Distinct().Count());
        Assert.All(products.Where(p => p.CodeCommune is not null).GroupBy(p => p.CodeCommune),
            g => Assert.Equal(g.Count(), g.Select(p => p.CodeSequence).Distinct().Count()));

        var generated = await app.WithDbAsync(db => db.Products.AsNoTracking().Include(p => p.History)
            .Where(p => p.Producer!.Email!.StartsWith("chuthe7-")).ToListAsync()); // this run's seed (other tests generate too)
        Assert.Equal(120, generated.Count);
        Assert.All(generated.Where(p => p.Gtin is not null), p =>
        {
            Assert.True(Gs1CheckDigit.IsValid(p.Gtin), p.Gtin);
            Assert.StartsWith("893", p.Gtin);
        });
        Assert.Contains(generated, p => p.Gtin is not null);
        Assert.All(generated, p => Assert.InRange(p.ProductSetNo, 1, 26));
        // Stars in force agree with the history the app itself would read.
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        Assert.All(generated, p => Assert.Equal(OcopHub.Web.Features.Products.ProductRules.CurrentStars(p.History, today), p.CurrentStars));
        Assert.All(generated.SelectMany(p => p.History), h => Assert.InRange(h.EvaluationYear, 2019, today.Year));

        var reference = app.Service<RegistryReference>();
        var producers = await app.WithDbAsync(db => db.Producers.AsNoTracking().Where(p => p.Email!.StartsWith("chuthe7-")).ToListAsync());
        Assert.Equal(50, producers.Count);
        Assert.All(producers, p => Assert.NotNull(reference.LegalForms.Find(p.LegalForm)));
    }

    [Fact]
    public async Task Provinces_limit_where_producers_are()
    {
        await GenerateAsync(new GeneratorOptions(12, 20, Seed: 11, Provinces: ["19", "25"], Append: true));
        var provinces = await app.WithDbAsync(db => db.Producers.Where(p => p.Email!.StartsWith("chuthe11-")).Select(p => p.ProvinceCode).Distinct().ToListAsync());
        Assert.NotEmpty(provinces);
        Assert.All(provinces, p => Assert.Contains(p, new[] { "19", "25" }));
        await Assert.ThrowsAsync<GeneratorRefusedException>(() => GenerateAsync(new GeneratorOptions(1, 1, Provinces: ["99"], Append: true)));
    }

    [Fact]
    public async Task Search_finds_generated_products_and_follows_renames_and_deletes()
    {
        // On SQLite the search goes through the FTS5 index kept by triggers: a rename and a delete must show at once.
        await GenerateAsync(new GeneratorOptions(4, 6, Seed: 21, Append: true));
        var client = await app.ApiAsAsync("admin");
        async Task<List<int>> IdsAsync(string q) => (await (await client.GetAsync("/api/v1/products?pageSize=200&q=" + Uri.EscapeDataString(q))).JsonAsync())
            .GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetInt32()).ToList();

        var product = await app.WithDbAsync(db => db.Products.AsNoTracking().FirstAsync(p => p.Producer!.Email!.StartsWith("chuthe21-")));
        Assert.Contains(product.Id, await IdsAsync(product.Name));
        await app.WithDbAsync(db => db.Products.Where(p => p.Id == product.Id).ExecuteUpdateAsync(u => u
            .SetProperty(p => p.Name, "Rượu ngô Quằn Pác").SetProperty(p => p.SearchName, "ruou ngo quan pac").SetProperty(p => p.SearchText, "ruou ngo quan pac")));
        Assert.Equal([product.Id], await IdsAsync("Rượu ngô Quằn Pác"));
        Assert.DoesNotContain(product.Id, await IdsAsync(product.Name));
        await app.WithDbAsync(db => db.Products.Where(p => p.Id == product.Id).ExecuteDeleteAsync());
        Assert.Empty(await IdsAsync("quan pac"));
    }

    [Fact]
    public async Task Appending_with_the_same_seed_keeps_emails_gtins_and_codes_unique()
    {
        await GenerateAsync(new GeneratorOptions(30, 60, Seed: 33, Append: true));
        await GenerateAsync(new GeneratorOptions(30, 60, Seed: 33, Append: true));
        var emails = await app.WithDbAsync(db => db.Producers.Where(p => p.Email!.StartsWith("chuthe33-")).Select(p => p.Email).ToListAsync());
        Assert.Equal(60, emails.Count);
        Assert.Equal(60, emails.Distinct().Count());
        var gtins = await app.WithDbAsync(db => db.Products.Where(p => p.Gtin != null).Select(p => p.Gtin).ToListAsync());
        Assert.Equal(gtins.Count, gtins.Distinct().Count());
        var codes = await app.WithDbAsync(db => db.Products.Select(p => p.OcopCode).ToListAsync());
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public async Task Refuses_to_run_again_without_append()
    {
        await GenerateAsync(new GeneratorOptions(3, 5, Seed: 3, Append: true)); // generated data exists now, whatever ran first
        var before = await CountsAsync();
        var refused = await Assert.ThrowsAsync<GeneratorRefusedException>(() => GenerateAsync(new GeneratorOptions(3, 5, Seed: 3)));
        Assert.Contains("--append", refused.Message);
        Assert.Equal(before, await CountsAsync());
    }
}

public sealed class GeneratorSqliteTests(SqliteAppFactory app) : GeneratorTests(app), IClassFixture<SqliteAppFactory>;
public sealed class GeneratorPostgresTests(PostgresAppFactory app) : GeneratorTests(app), IClassFixture<PostgresAppFactory>;

/// <summary>The proportions and the option parsing, without a database.</summary>
public sealed class GeneratorMixTests
{
    [Fact]
    public void Star_mix_follows_the_national_figures()
    {
        var r = new Random(1);
        var draws = Enumerable.Range(0, 100_000).Select(_ => GeneratorMixes.Stars.Pick(r)).ToList();
        double Share(int? s) => draws.Count(d => d == s) / (double)draws.Count;
        Assert.InRange(Share(3), 0.72, 0.74);
        Assert.InRange(Share(4), 0.22, 0.24);
        Assert.InRange(Share(5), 0.003, 0.01);
    }

    [Fact]
    public void Legal_forms_and_product_sets_follow_the_national_figures()
    {
        var r = new Random(2);
        var forms = Enumerable.Range(0, 100_000).Select(_ => GeneratorMixes.LegalForms.Pick(r)).ToList();
        Assert.InRange(forms.Count(GeneratorMixes.IsCooperative) / 100_000.0, 0.31, 0.345);
        Assert.InRange(forms.Count(GeneratorMixes.IsEnterprise) / 100_000.0, 0.23, 0.25);
        var sets = Enumerable.Range(0, 100_000).Select(_ => GeneratorMixes.ProductSets.Pick(r)).ToList();
        Assert.Equal(Enumerable.Range(1, 26), sets.Distinct().Order());
        Assert.InRange(sets.Count(s => s <= 13) / 100_000.0, 0.70, 0.85); // food dominates
    }

    [Fact]
    public void Same_seed_same_draws()
    {
        var (a, b) = (new Random(5), new Random(5));
        Assert.Equal(Enumerable.Range(0, 50).Select(_ => VietnameseNames.ProductName(a, GeneratorMixes.ProductSets.Pick(a), "Ba Bể")),
                     Enumerable.Range(0, 50).Select(_ => VietnameseNames.ProductName(b, GeneratorMixes.ProductSets.Pick(b), "Ba Bể")));
    }

    [Theory]
    [InlineData("--producers 8000 --products 20000", 8000, 20000, GeneratorOptions.DefaultSeed, null, false)]
    [InlineData("--producers 50 --products 120 --seed 9 --provinces 19,25 --append", 50, 120, 9, "19,25", true)]
    [InlineData("--producers 5 --products 5 --provinces all", 5, 5, GeneratorOptions.DefaultSeed, null, false)]
    public void Parses_options(string args, int producers, int products, int seed, string? provinces, bool append)
    {
        var (o, error) = GeneratorOptions.Parse(args.Split(' '));
        Assert.Null(error);
        Assert.Equal((producers, products, seed, provinces, append), (o!.Producers, o.Products, o.Seed, o.Provinces is null ? null : string.Join(",", o.Provinces), o.Append));
    }

    [Theory]
    [InlineData("--producers 10")]
    [InlineData("--producers x --products 5")]
    [InlineData("--producers 10 --products 5 --provinces 1,abc")]
    [InlineData("--producers 0 --products 5")]
    [InlineData("--producers 10 --products 5 --colour red")]
    public void Rejects_bad_options(string args) => Assert.NotNull(GeneratorOptions.Parse(args.Split(' ')).Error);
}
