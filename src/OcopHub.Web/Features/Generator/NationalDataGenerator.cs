using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OcopHub.Core.Gs1;
using OcopHub.Core.Producers;
using OcopHub.Core.Products;
using OcopHub.Core.Text;
using OcopHub.Web.Data;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Features.Products;
using OcopHub.Web.Features.Registry;
using OcopHub.Web.Features.Rulebooks;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Generator;

/// <summary>Refused on purpose (generated data exists, unknown province …); the message is for the operator.</summary>
public sealed class GeneratorRefusedException(string message) : Exception(message);

/// <summary>
/// Builds a national-scale dataset of producers and products over the real administrative units already loaded:
/// the proportions of <see cref="GeneratorMixes"/>, names from <see cref="VietnameseNames"/>, OCOP codes from each
/// commune's sequence, recognition history, GTINs, certifications and sales channels. Everything is drawn from one
/// seeded <see cref="Random"/> in a fixed order, so a seed reproduces the dataset. Rows go in through
/// <see cref="BulkInsert"/> in one transaction: EF change tracking and the audit trail would cost minutes for
/// tens of thousands of rows, and synthetic data has no author to audit.
/// </summary>
public sealed class NationalDataGenerator(OcopDbContext db, RulebookCatalog rulebooks, RegistryReference reference, TimeProvider clock)
{
    /// <summary>Generated producers' e-mail domain: marks generated data (for the run-twice check) and can never reach a real mailbox (RFC 2606).</summary>
    public const string MarkerDomain = "ocop-generated.invalid";

    /// <summary>Products are classified in the current rulebook; <see cref="VietnameseNames.ProductHeads"/> follow its 26 sets.</summary>
    public const string RulebookId = "26-2026";

    public sealed record Result(int Producers, int Products, int HistoryRows, int Certifications, int SalesChannels, int Gtins, TimeSpan Elapsed);

    public Task<bool> HasGeneratedDataAsync(CancellationToken ct = default) =>
        db.Producers.AnyAsync(p => p.Email != null && p.Email.EndsWith("@" + MarkerDomain), ct);

    public async Task<Result> GenerateAsync(GeneratorOptions options, CancellationToken ct = default)
    {
        var watch = Stopwatch.StartNew();
        if (!options.Append && await HasGeneratedDataAsync(ct))
            throw new GeneratorRefusedException(
                "Generated data already exists in this database (producers with e-mail @" + MarkerDomain + "). " +
                "Nothing was written. Add --append to add more, or use a fresh database.");
        CheckReferenceCodes();

        var provinces = await db.AdministrativeUnits.AsNoTracking()
            .Where(u => u.Level == UnitLevel.Province && u.ValidTo == null).ToDictionaryAsync(u => u.Code, ct);
        var unknown = options.Provinces?.Where(c => !provinces.ContainsKey(c)).ToList() ?? [];
        if (unknown.Count > 0)
            throw new GeneratorRefusedException($"No current province with code {string.Join(", ", unknown)} (codes of QĐ 19/2025, e.g. 01 Hà Nội, 19 Thái Nguyên).");
        var wanted = options.Provinces?.ToHashSet();
        // Ordered by code so the seed, not the database's row order, decides who goes where.
        var communes = (await db.AdministrativeUnits.AsNoTracking()
                .Where(u => u.Level == UnitLevel.Commune && u.ValidTo == null).ToListAsync(ct))
            .Where(u => wanted is null || wanted.Contains(u.ProvinceCode)).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        if (communes.Count == 0) throw new GeneratorRefusedException("No current communes are loaded; run `migrate` first.");

        // Appending continues each commune's sequence, as ProductRules.CreateAsync does for a single product.
        var nextSequence = (await db.Products.Where(p => p.CodeCommune != null && p.CodeSequence != null)
                .GroupBy(p => p.CodeCommune!).Select(g => new { g.Key, Max = g.Max(p => p.CodeSequence!.Value) }).ToListAsync(ct))
            .ToDictionary(x => x.Key, x => x.Max + 1);

        // Appending with the same seed draws the same values again: number producers after those already generated
        // and keep clear of the GTIN company prefixes in use, so e-mails and barcodes stay unique.
        var generatedBefore = await db.Producers.CountAsync(p => p.Email != null && p.Email.EndsWith("@" + MarkerDomain), ct);
        var usedCompanies = await db.Products.Where(p => p.Gtin != null && p.Gtin.Length == 13 && p.Gtin.StartsWith("893"))
            .Select(p => p.Gtin!.Substring(3, 5)).Distinct().ToListAsync(ct);

        var plan = new Plan(options, communes, provinces, SetSectors(), rulebooks.Rulebooks, VietnamTime.Today(clock), clock.GetUtcNow().UtcDateTime, nextSequence,
            generatedBefore, usedCompanies.Select(c => int.Parse(c, CultureInfo.InvariantCulture)));
        var producers = plan.Producers();
        var products = plan.Products(producers);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await InsertAsync(producers, products, ct);
        await tx.CommitAsync(ct);

        return new Result(producers.Count, products.Count, products.Sum(p => p.History.Count),
            producers.Sum(p => p.Certifications.Count), producers.Sum(p => p.SalesChannels.Count),
            products.Count(p => p.Gtin is not null), watch.Elapsed);
    }

    private void CheckReferenceCodes()
    {
        // The mixes name codes of the reference lists; a renamed code must fail here, not write orphan codes.
        foreach (var code in GeneratorMixes.LegalForms.Items.Where(c => reference.LegalForms.Find(c) is null))
            throw new InvalidOperationException($"Legal form '{code}' is not in data/reference/registry/legal-forms.json.");
        foreach (var code in Plan.CertificationKinds.Concat(Plan.CraftCertificationKinds).Where(c => reference.CertificationKinds.Find(c) is null))
            throw new InvalidOperationException($"Certification kind '{code}' is not in certification-kinds.json.");
        foreach (var code in Plan.ChannelNames.Keys.Where(c => reference.SalesChannelKinds.Find(c) is null))
            throw new InvalidOperationException($"Sales channel kind '{code}' is not in sales-channel-kinds.json.");
    }

    private Dictionary<int, string> SetSectors()
    {
        var sets = rulebooks.Sets(RulebookId).ToDictionary(s => s.Set.No, s => s.Sector.Code);
        foreach (var no in GeneratorMixes.ProductSets.Items.Where(n => !sets.ContainsKey(n)))
            throw new InvalidOperationException($"Rulebook {RulebookId} has no product set {no}.");
        return sets;
    }

    private async Task InsertAsync(List<Producer> producers, List<Product> products, CancellationToken ct)
    {
        await BulkInsert.RunReturningIdAsync(db, "Producers",
            ["Name", "SearchName", "LegalForm", "RegistrationNumber", "RegistrationDate", "TaxCode", "Address", "Phone", "Email",
             "Representative", "RepresentativeGender", "RepresentativeEthnicity", "RepresentativeHasDisability", "Workers", "LocalWorkers",
             "IsSme", "CraftVillage", "GreenValueChain", "ExportMarkets", "CommuneUnitId", "ProvinceCode", "CommuneCode", "CreatedAt", "UpdatedAt", "Version"],
            producers, p => [p.Name, p.SearchName, p.LegalForm, p.RegistrationNumber, p.RegistrationDate, p.TaxCode, p.Address, p.Phone, p.Email,
                p.Representative, p.RepresentativeGender, p.RepresentativeEthnicity, p.RepresentativeHasDisability, p.Workers, p.LocalWorkers,
                p.IsSme, p.CraftVillage, p.GreenValueChain, p.ExportMarkets, p.CommuneUnitId, p.ProvinceCode, p.CommuneCode, p.CreatedAt, p.UpdatedAt, p.Version],
            (p, id) => p.Id = id, ct);
        await BulkInsert.RunBatchedAsync(db, "ProducerCertification", ["ProducerId", "Kind", "Number", "Issuer", "ValidFrom", "ValidTo"],
            producers.SelectMany(p => p.Certifications.Select(c => (p.Id, c))),
            x => [x.Id, x.c.Kind, x.c.Number, x.c.Issuer, x.c.ValidFrom, x.c.ValidTo], ct);
        await BulkInsert.RunBatchedAsync(db, "ProducerSalesChannel", ["ProducerId", "Kind", "Name", "Url"],
            producers.SelectMany(p => p.SalesChannels.Select(c => (p.Id, c))), x => [x.Id, x.c.Kind, x.c.Name, x.c.Url], ct);

        foreach (var p in products) p.ProducerId = p.Producer!.Id;
        await BulkInsert.RunReturningIdAsync(db, "Products",
            ["Name", "SearchName", "SearchText", "RulebookId", "ProductSetNo", "SectorCode", "ProducerId", "CommuneUnitId", "ProvinceCode", "CommuneCode",
             "OcopCode", "CodeCommune", "CodeSequence", "CodeYear", "Gtin", "Description", "Packaging", "ShelfLifeDays", "Standards", "TrademarkNumber",
             "Status", "CurrentStars", "CreatedAt", "UpdatedAt", "Version"],
            products, p => [p.Name, p.SearchName, p.SearchText, p.RulebookId, p.ProductSetNo, p.SectorCode, p.ProducerId, p.CommuneUnitId, p.ProvinceCode, p.CommuneCode,
                p.OcopCode, p.CodeCommune, p.CodeSequence, p.CodeYear, p.Gtin, p.Description, p.Packaging, p.ShelfLifeDays, p.Standards, p.TrademarkNumber,
                p.Status.ToString(), p.CurrentStars, p.CreatedAt, p.UpdatedAt, p.Version],
            (p, id) => p.Id = id, ct);
        await BulkInsert.RunBatchedAsync(db, "ProductOcopRecord",
            ["ProductId", "EvaluationYear", "Stars", "Points", "RulebookId", "Level", "DecisionNumber", "DecisionDate", "CertificateNumber", "IssuedOn", "ExpiresOn"],
            products.SelectMany(p => p.History.Select(h => (p.Id, h))),
            x => [x.Id, x.h.EvaluationYear, x.h.Stars, x.h.Points, x.h.RulebookId, x.h.Level, x.h.DecisionNumber, x.h.DecisionDate, x.h.CertificateNumber, x.h.IssuedOn, x.h.ExpiresOn], ct);
    }
}
