using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopHub.Web.Data.Entities;

namespace OcopHub.Web.Data.Configurations;

public sealed class CouncilConfiguration :
    IEntityTypeConfiguration<Council>, IEntityTypeConfiguration<CouncilMember>, IEntityTypeConfiguration<ScoreSheetEntry>, IEntityTypeConfiguration<Evaluation>,
    IEntityTypeConfiguration<ScoringSession>, IEntityTypeConfiguration<DossierRejection>
{
    public void Configure(EntityTypeBuilder<Council> b)
    {
        b.Property(c => c.ProvinceCode).HasMaxLength(10);
        b.Property(c => c.Level).HasMaxLength(10).HasDefaultValue(Core.Councils.CouncilLevels.ProvinceCode);
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
        b.Property(s => s.KnockOutsJson).HasDefaultValue("[]");
        b.Property(s => s.Version).IsConcurrencyToken();
        // One sheet per member and dossier: two first saves racing cannot both insert.
        b.HasIndex(s => new { s.DossierId, s.MemberUserId }).IsUnique();
        b.HasOne<Dossier>().WithMany().HasForeignKey(s => s.DossierId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Council>().WithMany().HasForeignKey(s => s.CouncilId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<Evaluation> b)
    {
        b.Property(e => e.RulebookId).HasMaxLength(40);
        b.Property(e => e.Level).HasMaxLength(10).HasDefaultValue(Core.Councils.CouncilLevels.ProvinceCode);
        b.Property(e => e.Form).HasMaxLength(30).HasDefaultValue(nameof(Core.Dossiers.ScoringForm.Meeting));
        b.Property(e => e.Average).HasPrecision(8, 4);
        b.Property(e => e.Spread).HasPrecision(6, 2);
        b.Property(e => e.Outcome).HasMaxLength(30);
        b.Property(e => e.ClosedBy).HasMaxLength(256);
        b.HasIndex(e => e.DossierId);
        b.HasOne<Dossier>().WithMany().HasForeignKey(e => e.DossierId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Council>().WithMany().HasForeignKey(e => e.CouncilId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ScoringSession> b)
    {
        b.Property(s => s.Level).HasMaxLength(10);
        b.Property(s => s.Form).HasMaxLength(30);
        b.Property(s => s.OpenedBy).HasMaxLength(256);
        b.Property(s => s.SwitchedToMeetingBy).HasMaxLength(256);
        b.Property(s => s.MeetingReason).HasMaxLength(2000);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.HasIndex(s => new { s.DossierId, s.Level });
        b.HasOne<Dossier>().WithMany().HasForeignKey(s => s.DossierId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Council>().WithMany().HasForeignKey(s => s.CouncilId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<DossierRejection> b)
    {
        b.Property(r => r.Level).HasMaxLength(10);
        b.Property(r => r.Ground).HasMaxLength(40);
        b.Property(r => r.GroundText).HasMaxLength(1000);
        b.Property(r => r.CriterionCode).HasMaxLength(20);
        b.Property(r => r.CriterionCondition).HasMaxLength(1000);
        b.Property(r => r.Note).HasMaxLength(2000);
        b.Property(r => r.RejectedBy).HasMaxLength(256);
        b.HasIndex(r => r.DossierId);
        b.HasOne<Dossier>().WithMany().HasForeignKey(r => r.DossierId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Council>().WithMany().HasForeignKey(r => r.CouncilId).OnDelete(DeleteBehavior.Restrict);
    }
}
