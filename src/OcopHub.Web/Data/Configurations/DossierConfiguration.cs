using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopHub.Web.Data.Entities;

namespace OcopHub.Web.Data.Configurations;

public sealed class DossierConfiguration :
    IEntityTypeConfiguration<Dossier>, IEntityTypeConfiguration<DossierEvent>, IEntityTypeConfiguration<DossierEvidence>,
    IEntityTypeConfiguration<Round>, IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Dossier> b)
    {
        b.Property(d => d.Type).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.State).HasConversion<string>().HasMaxLength(30);
        b.Property(d => d.ProvinceCode).HasMaxLength(10);
        b.Property(d => d.CommuneCode).HasMaxLength(10);
        b.Property(d => d.RulebookId).HasMaxLength(40);
        b.Property(d => d.UnitName).HasMaxLength(300);
        b.Property(d => d.Address).HasMaxLength(500);
        b.Property(d => d.LegalRepresentative).HasMaxLength(200);
        b.Property(d => d.RepresentativePosition).HasMaxLength(100);
        b.Property(d => d.Phone).HasMaxLength(20);
        b.Property(d => d.Email).HasMaxLength(256);
        b.Property(d => d.ProductName).HasMaxLength(300);
        b.Property(d => d.SectorCode).HasMaxLength(20);
        b.Property(d => d.ReceiptNumber).HasMaxLength(60);
        b.Property(d => d.SelfTotal).HasPrecision(6, 2);
        b.Property(d => d.CreatedBy).HasMaxLength(256);
        b.Property(d => d.CreatedByRole).HasMaxLength(30);
        b.Property(d => d.Version).IsConcurrencyToken();
        b.HasOne(d => d.Product).WithMany().HasForeignKey(d => d.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(d => d.Producer).WithMany().HasForeignKey(d => d.ProducerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(d => d.Round).WithMany().HasForeignKey(d => d.RoundId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(d => d.Events).WithOne().HasForeignKey(e => e.DossierId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(d => d.Evidence).WithOne().HasForeignKey(e => e.DossierId).OnDelete(DeleteBehavior.Cascade);
        // The receipt register: one number per commune and year. Two officers receiving at once collide here and the
        // loser retries with the next number (DossierWorkflow).
        b.HasIndex(d => new { d.CommuneCode, d.ReceiptYear, d.ReceiptSequence }).IsUnique();
        b.HasIndex(d => new { d.ProvinceCode, d.CommuneCode, d.State });
        b.HasIndex(d => d.State);
        // One open dossier per product: two requests creating one at once cannot both succeed (DossierDrafts).
        b.HasIndex(d => d.ProductId, OpenPerProductIndex).IsUnique().HasFilter(OpenStatesFilter);
        b.HasIndex(d => d.ProductId, "IX_Dossiers_ProductId"); // every dossier of a product (history, the foreign key)
    }

    public const string OpenPerProductIndex = "IX_Dossiers_OpenPerProduct";

    /// <summary>SQL (same quoting on SQLite and PostgreSQL) for "not in a terminal state", from Core's list of terminal states.</summary>
    public static string OpenStatesFilter =>
        $"\"State\" NOT IN ({string.Join(", ", Enum.GetValues<Core.Dossiers.DossierState>().Where(Core.Dossiers.DossierStateMachine.IsTerminal).Select(s => $"'{s}'"))})";

    public void Configure(EntityTypeBuilder<DossierEvent> b)
    {
        b.Property(e => e.UserName).HasMaxLength(256);
        b.Property(e => e.Role).HasMaxLength(30);
        b.Property(e => e.Action).HasConversion<string>().HasMaxLength(30);
        b.Property(e => e.From).HasConversion<string>().HasMaxLength(30);
        b.Property(e => e.To).HasConversion<string>().HasMaxLength(30);
        b.Property(e => e.Note).HasMaxLength(2000);
        b.HasIndex(e => new { e.DossierId, e.At });
    }

    public void Configure(EntityTypeBuilder<DossierEvidence> b)
    {
        b.Property(e => e.CriterionCode).HasMaxLength(20);
        b.Property(e => e.FileName).HasMaxLength(200);
        b.Property(e => e.StoredName).HasMaxLength(60);
        b.Property(e => e.ContentType).HasMaxLength(60);
        b.Property(e => e.UploadedBy).HasMaxLength(256);
        b.HasIndex(e => new { e.DossierId, e.CriterionCode });
    }

    public void Configure(EntityTypeBuilder<Round> b)
    {
        b.Property(r => r.ProvinceCode).HasMaxLength(10);
        b.Property(r => r.Basis).HasMaxLength(300);
        b.Property(r => r.Note).HasMaxLength(1000);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasIndex(r => new { r.ProvinceCode, r.PlanYear, r.Number }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.Property(n => n.UserId).HasMaxLength(450);
        b.Property(n => n.Title).HasMaxLength(300);
        b.Property(n => n.Body).HasMaxLength(2000);
        b.Property(n => n.Url).HasMaxLength(500);
        b.Property(n => n.Key).HasMaxLength(200);
        b.HasIndex(n => new { n.UserId, n.ReadAt });
        b.HasIndex(n => new { n.UserId, n.Key }).IsUnique();
    }
}
