using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopHub.Web.Data.Entities;

namespace OcopHub.Web.Data.Configurations;

public sealed class ProducerConfiguration : IEntityTypeConfiguration<Producer>
{
    public void Configure(EntityTypeBuilder<Producer> b)
    {
        b.Property(p => p.Name).HasMaxLength(300);
        b.Property(p => p.SearchName).HasMaxLength(300);
        b.Property(p => p.LegalForm).HasMaxLength(40);
        b.Property(p => p.RegistrationNumber).HasMaxLength(50);
        b.Property(p => p.TaxCode).HasMaxLength(20);
        b.Property(p => p.Phone).HasMaxLength(20);
        b.Property(p => p.Email).HasMaxLength(256);
        b.Property(p => p.Address).HasMaxLength(500);
        b.Property(p => p.Representative).HasMaxLength(200);
        b.Property(p => p.RepresentativeGender).HasMaxLength(10);
        b.Property(p => p.RepresentativeEthnicity).HasMaxLength(50);
        b.Property(p => p.CraftVillage).HasMaxLength(200);
        b.Property(p => p.ExportMarkets).HasMaxLength(500);
        b.Property(p => p.ProvinceCode).HasMaxLength(10);
        b.Property(p => p.CommuneCode).HasMaxLength(10);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasOne(p => p.CommuneUnit).WithMany().HasForeignKey(p => p.CommuneUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.FinancialYears).WithOne().HasForeignKey(f => f.ProducerId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Certifications).WithOne().HasForeignKey(f => f.ProducerId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.RawMaterialAreas).WithOne().HasForeignKey(f => f.ProducerId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.SalesChannels).WithOne().HasForeignKey(f => f.ProducerId).OnDelete(DeleteBehavior.Cascade);
        // Region scope and filters, each with the list order (name, id) behind it: a province's or a commune's list
        // reads one page of its index, and its count reads that index alone.
        b.HasIndex(p => new { p.ProvinceCode, p.Name, p.Id });
        b.HasIndex(p => new { p.CommuneCode, p.Name, p.Id });
        b.HasIndex(p => new { p.Name, p.Id });
        b.HasIndex(p => p.LegalForm);
        b.HasIndex(p => p.SearchName);
    }
}

public sealed class ProducerChildConfiguration :
    IEntityTypeConfiguration<ProducerFinancialYear>, IEntityTypeConfiguration<ProducerCertification>,
    IEntityTypeConfiguration<RawMaterialArea>, IEntityTypeConfiguration<ProducerSalesChannel>
{
    public void Configure(EntityTypeBuilder<ProducerFinancialYear> b)
    {
        b.Property(f => f.Revenue).HasPrecision(18, 0);
        b.Property(f => f.Profit).HasPrecision(18, 0);
        b.HasIndex(f => new { f.ProducerId, f.Year }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<ProducerCertification> b)
    {
        b.Property(c => c.Kind).HasMaxLength(40);
        b.Property(c => c.Number).HasMaxLength(100);
        b.Property(c => c.Issuer).HasMaxLength(200);
        b.HasIndex(c => new { c.Kind, c.ProducerId });
    }

    public void Configure(EntityTypeBuilder<RawMaterialArea> b)
    {
        b.Property(a => a.Name).HasMaxLength(200);
        b.Property(a => a.AreaHa).HasPrecision(12, 2);
        b.Property(a => a.Certification).HasMaxLength(40);
    }

    public void Configure(EntityTypeBuilder<ProducerSalesChannel> b)
    {
        b.Property(c => c.Kind).HasMaxLength(40);
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.Url).HasMaxLength(500);
    }
}

public sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> b)
    {
        b.Property(p => p.Name).HasMaxLength(300);
        b.Property(p => p.SearchName).HasMaxLength(300);
        b.Property(p => p.SearchText).HasMaxLength(4000);
        b.Property(p => p.RulebookId).HasMaxLength(20);
        b.Property(p => p.SectorCode).HasMaxLength(10);
        b.Property(p => p.ProvinceCode).HasMaxLength(10);
        b.Property(p => p.CommuneCode).HasMaxLength(10);
        b.Property(p => p.OcopCode).HasMaxLength(40);
        b.Property(p => p.CodeCommune).HasMaxLength(10);
        b.Property(p => p.Gtin).HasMaxLength(14);
        b.Property(p => p.Description).HasMaxLength(4000);
        b.Property(p => p.Story).HasMaxLength(8000);
        b.Property(p => p.Packaging).HasMaxLength(1000);
        b.Property(p => p.Label).HasMaxLength(1000);
        b.Property(p => p.Standards).HasMaxLength(500);
        b.Property(p => p.TrademarkNumber).HasMaxLength(100);
        b.Property(p => p.GeographicalIndication).HasMaxLength(200);
        b.Property(p => p.CollectiveMark).HasMaxLength(200);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasOne(p => p.Producer).WithMany().HasForeignKey(p => p.ProducerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.CommuneUnit).WithMany().HasForeignKey(p => p.CommuneUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.History).WithOne().HasForeignKey(h => h.ProductId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Photos).WithOne().HasForeignKey(h => h.ProductId).OnDelete(DeleteBehavior.Cascade);
        // The code is the product's identity in the programme; the unique index is also what makes concurrent
        // code generation safe (a collision fails the insert and the creator retries with the next number).
        b.HasIndex(p => p.OcopCode).IsUnique();
        b.HasIndex(p => new { p.CodeCommune, p.CodeSequence });
        // Region scope (user's province or commune) and the list filters, each with the list order (name, id) behind
        // it: a filtered list reads one page of its index instead of sorting every match, and its count reads that
        // index alone (measured: bench/run-search.sh; SQLite needs the statistics of ANALYZE to pick among them).
        b.HasIndex(p => new { p.ProvinceCode, p.Name, p.Id });
        b.HasIndex(p => new { p.CommuneCode, p.Name, p.Id });
        b.HasIndex(p => new { p.ProductSetNo, p.Name, p.Id });
        b.HasIndex(p => new { p.CurrentStars, p.Name, p.Id });
        b.HasIndex(p => p.ProducerId);
        b.HasIndex(p => new { p.RulebookId, p.ProductSetNo });
        b.HasIndex(p => p.SearchName);
        // Lists without a query are ordered by name: the index lets the database stop after one page.
        b.HasIndex(p => new { p.Name, p.Id });
    }
}

public sealed class ProductChildConfiguration : IEntityTypeConfiguration<ProductOcopRecord>, IEntityTypeConfiguration<ProductPhoto>
{
    public void Configure(EntityTypeBuilder<ProductOcopRecord> b)
    {
        b.Property(h => h.Points).HasPrecision(6, 2);
        b.Property(h => h.RulebookId).HasMaxLength(20);
        b.Property(h => h.Level).HasMaxLength(20);
        b.Property(h => h.DistrictCode).HasMaxLength(3);
        b.Property(h => h.DistrictName).HasMaxLength(100);
        b.Property(h => h.CouncilLevel).HasMaxLength(20);
        b.Property(h => h.DecisionNumber).HasMaxLength(100);
        b.Property(h => h.CertificateNumber).HasMaxLength(100);
        b.HasIndex(h => new { h.ProductId, h.EvaluationYear });
    }

    public void Configure(EntityTypeBuilder<ProductPhoto> b)
    {
        b.Property(p => p.StoredName).HasMaxLength(100);
        b.Property(p => p.ContentType).HasMaxLength(50);
        b.Property(p => p.Caption).HasMaxLength(300);
    }
}
