using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopHub.Web.Data.Entities;

namespace OcopHub.Web.Data.Configurations;

public sealed class CouncilConfiguration :
    IEntityTypeConfiguration<Council>, IEntityTypeConfiguration<CouncilMember>, IEntityTypeConfiguration<ScoreSheetEntry>, IEntityTypeConfiguration<Evaluation>
{
    public void Configure(EntityTypeBuilder<Council> b)
    {
        b.Property(c => c.ProvinceCode).HasMaxLength(10);
        b.Property(c => c.Name).HasMaxLength(300);
        b.Property(c => c.ChairUserId).HasMaxLength(450);
        b.Property(c => c.SecretaryUserId).HasMaxLength(450);
        b.Property(c => c.SpreadLimit).HasPrecision(6, 2);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasIndex(c => new { c.ProvinceCode, c.TermFrom });
        b.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.CouncilId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<CouncilMember> b)
    {
        b.Property(m => m.UserId).HasMaxLength(450);
        b.Property(m => m.FullName).HasMaxLength(200);
        b.Property(m => m.Department).HasMaxLength(200);
        b.HasIndex(m => new { m.CouncilId, m.UserId }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<ScoreSheetEntry> b)
    {
        b.Property(s => s.MemberUserId).HasMaxLength(450);
        b.Property(s => s.MemberName).HasMaxLength(200);
        b.Property(s => s.Total).HasPrecision(6, 2);
        b.Property(s => s.RecusalReason).HasMaxLength(1000);
        b.Property(s => s.Version).IsConcurrencyToken();
        // One sheet per member and dossier: two first saves racing cannot both insert.
        b.HasIndex(s => new { s.DossierId, s.MemberUserId }).IsUnique();
        b.HasOne<Dossier>().WithMany().HasForeignKey(s => s.DossierId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Council>().WithMany().HasForeignKey(s => s.CouncilId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<Evaluation> b)
    {
        b.Property(e => e.RulebookId).HasMaxLength(40);
        b.Property(e => e.Average).HasPrecision(8, 4);
        b.Property(e => e.Spread).HasPrecision(6, 2);
        b.Property(e => e.Outcome).HasMaxLength(30);
        b.Property(e => e.ClosedBy).HasMaxLength(256);
        b.HasIndex(e => e.DossierId);
        b.HasOne<Dossier>().WithMany().HasForeignKey(e => e.DossierId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Council>().WithMany().HasForeignKey(e => e.CouncilId).OnDelete(DeleteBehavior.Restrict);
    }
}
