using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopHub.Web.Data.Entities;

namespace OcopHub.Web.Data.Configurations;

public sealed class AdministrativeUnitConfiguration : IEntityTypeConfiguration<AdministrativeUnit>
{
    public void Configure(EntityTypeBuilder<AdministrativeUnit> b)
    {
        b.Property(u => u.Code).HasMaxLength(10);
        b.Property(u => u.Name).HasMaxLength(200);
        b.Property(u => u.FullName).HasMaxLength(250);
        b.Property(u => u.NameEn).HasMaxLength(200);
        b.Property(u => u.Type).HasMaxLength(50);
        b.Property(u => u.ParentCode).HasMaxLength(10);
        b.Property(u => u.ProvinceCode).HasMaxLength(10);
        b.Property(u => u.SearchName).HasMaxLength(250);
        b.HasIndex(u => new { u.Code, u.ValidFrom }).IsUnique();
        b.HasIndex(u => new { u.Level, u.ValidFrom });
        b.HasIndex(u => new { u.ParentCode, u.ValidFrom });
        b.HasIndex(u => u.SearchName);
    }
}

public sealed class UnitSuccessionConfiguration : IEntityTypeConfiguration<UnitSuccession>
{
    public void Configure(EntityTypeBuilder<UnitSuccession> b)
    {
        b.HasOne(s => s.OldUnit).WithMany().HasForeignKey(s => s.OldUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.NewUnit).WithMany().HasForeignKey(s => s.NewUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => new { s.OldUnitId, s.NewUnitId }).IsUnique();
        b.HasIndex(s => s.NewUnitId);
    }
}

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(a => a.UserName).HasMaxLength(256);
        b.Property(a => a.EntityType).HasMaxLength(100);
        b.Property(a => a.EntityId).HasMaxLength(100);
        b.Property(a => a.Action).HasMaxLength(20);
        b.HasIndex(a => new { a.EntityType, a.EntityId });
        b.HasIndex(a => a.UserName);
        b.HasIndex(a => a.At);
    }
}

public sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(u => u.FullName).HasMaxLength(200);
        b.Property(u => u.ScopeProvinceCode).HasMaxLength(10);
        b.Property(u => u.ScopeCommuneCode).HasMaxLength(10);
        b.HasIndex(u => u.ScopeProvinceCode);
    }
}

public sealed class ReferenceDatasetConfiguration : IEntityTypeConfiguration<ReferenceDataset>
{
    public void Configure(EntityTypeBuilder<ReferenceDataset> b)
    {
        b.HasKey(r => r.Name);
        b.Property(r => r.Name).HasMaxLength(100);
        b.Property(r => r.Hash).HasMaxLength(64);
    }
}

public sealed class RulebookVersionConfiguration : IEntityTypeConfiguration<RulebookVersion>
{
    public void Configure(EntityTypeBuilder<RulebookVersion> b)
    {
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).HasMaxLength(20);
        b.Property(r => r.Name).HasMaxLength(200);
        b.Property(r => r.LegalBasis).HasMaxLength(500);
        b.Property(r => r.Hash).HasMaxLength(64);
    }
}

public sealed class SelfAssessmentConfiguration : IEntityTypeConfiguration<SelfAssessment>
{
    public void Configure(EntityTypeBuilder<SelfAssessment> b)
    {
        b.Property(s => s.ProductName).HasMaxLength(300);
        b.Property(s => s.RulebookId).HasMaxLength(20);
        b.Property(s => s.ProvinceCode).HasMaxLength(10);
        b.Property(s => s.CommuneCode).HasMaxLength(10);
        b.Property(s => s.CreatedBy).HasMaxLength(256);
        b.Property(s => s.Total).HasPrecision(6, 2);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.HasOne(s => s.Producer).WithMany().HasForeignKey(s => s.ProducerId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<RulebookVersion>().WithMany().HasForeignKey(s => s.RulebookId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => new { s.ProvinceCode, s.CommuneCode });
    }
}
