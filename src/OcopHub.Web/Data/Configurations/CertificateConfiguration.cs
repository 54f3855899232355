using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopHub.Web.Data.Entities;

namespace OcopHub.Web.Data.Configurations;

public sealed class CertificateConfiguration :
    IEntityTypeConfiguration<RecognitionDecision>, IEntityTypeConfiguration<Certificate>, IEntityTypeConfiguration<CertificateInspection>,
    IEntityTypeConfiguration<RewardPolicy>
{
    public void Configure(EntityTypeBuilder<RecognitionDecision> b)
    {
        b.Property(d => d.Number).HasMaxLength(100);
        b.Property(d => d.Level).HasMaxLength(20);
        b.Property(d => d.ProvinceCode).HasMaxLength(10);
        b.Property(d => d.SignerName).HasMaxLength(200);
        b.Property(d => d.SignerTitle).HasMaxLength(200);
        b.Property(d => d.Note).HasMaxLength(2000);
        b.Property(d => d.Version).IsConcurrencyToken();
        b.HasIndex(d => new { d.ProvinceCode, d.DecisionDate });
        b.HasMany(d => d.Certificates).WithOne(c => c.Decision).HasForeignKey(c => c.DecisionId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<Certificate> b)
    {
        b.Property(c => c.Number).HasMaxLength(40);
        b.Property(c => c.Issuer).HasMaxLength(4);
        b.Property(c => c.ProvinceCode).HasMaxLength(10);
        b.Property(c => c.CommuneCode).HasMaxLength(10);
        b.Property(c => c.ProductName).HasMaxLength(300);
        b.Property(c => c.ProducerName).HasMaxLength(300);
        b.Property(c => c.ProducerAddress).HasMaxLength(800);
        b.Property(c => c.Points).HasPrecision(6, 2);
        b.Property(c => c.RulebookId).HasMaxLength(40);
        b.Property(c => c.SupersededByNumber).HasMaxLength(40);
        b.Property(c => c.RevocationGround).HasConversion<string>().HasMaxLength(4);
        b.Property(c => c.RevocationDecisionNumber).HasMaxLength(100);
        b.Property(c => c.RevocationSignerName).HasMaxLength(200);
        b.Property(c => c.RevocationSignerTitle).HasMaxLength(200);
        b.Property(c => c.RevocationNote).HasMaxLength(2000);
        b.Property(c => c.Version).IsConcurrencyToken();
        // Both unique: the printed number, and the running sequence of an issuer in a year (what the retry relies on).
        b.HasIndex(c => c.Number).IsUnique();
        b.HasIndex(c => new { c.Issuer, c.Year, c.Sequence }).IsUnique();
        b.HasIndex(c => new { c.ProvinceCode, c.CommuneCode });
        b.HasIndex(c => c.ExpiresOn);
        b.HasIndex(c => c.ProductId);
        b.HasOne(c => c.Product).WithMany().HasForeignKey(c => c.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Inspections).WithOne().HasForeignKey(i => i.CertificateId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<CertificateInspection> b)
    {
        b.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.Inspector).HasMaxLength(200);
        b.Property(i => i.Unit).HasMaxLength(300);
        b.Property(i => i.Findings).HasMaxLength(4000);
        b.Property(i => i.ProvinceCode).HasMaxLength(10);
        b.Property(i => i.CommuneCode).HasMaxLength(10);
        b.Property(i => i.Version).IsConcurrencyToken();
    }

    public void Configure(EntityTypeBuilder<RewardPolicy> b)
    {
        b.Property(r => r.ProvinceCode).HasMaxLength(10);
        b.Property(r => r.Amount3Stars).HasPrecision(18, 0);
        b.Property(r => r.Amount4Stars).HasPrecision(18, 0);
        b.Property(r => r.Amount5Stars).HasPrecision(18, 0);
        b.Property(r => r.Basis).HasMaxLength(500);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasIndex(r => new { r.ProvinceCode, r.Year }).IsUnique();
    }

}
