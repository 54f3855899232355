using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OcopHub.Web.Data.Entities;

namespace OcopHub.Web.Data;

/// <summary>
/// The one DbContext. Each provider has a derived context (<see cref="SqliteOcopDbContext"/>,
/// <see cref="PostgresOcopDbContext"/>) so that each keeps its own real migrations.
/// </summary>
public abstract class OcopDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<AdministrativeUnit> AdministrativeUnits => Set<AdministrativeUnit>();
    public DbSet<UnitSuccession> UnitSuccessions => Set<UnitSuccession>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Producer> Producers => Set<Producer>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<ProductPhoto> ProductPhotos => Set<ProductPhoto>();
    public DbSet<ReferenceDataset> ReferenceDatasets => Set<ReferenceDataset>();
    public DbSet<RulebookVersion> Rulebooks => Set<RulebookVersion>();
    public DbSet<SelfAssessment> SelfAssessments => Set<SelfAssessment>();
    public DbSet<RecognitionDecision> RecognitionDecisions => Set<RecognitionDecision>();
    public DbSet<Certificate> Certificates => Set<Certificate>();
    public DbSet<CertificateInspection> CertificateInspections => Set<CertificateInspection>();
    public DbSet<RewardPolicy> RewardPolicies => Set<RewardPolicy>();
    public DbSet<Notification> Notifications => Set<Notification>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(OcopDbContext).Assembly);
    }
}

public sealed class SqliteOcopDbContext(DbContextOptions<SqliteOcopDbContext> options) : OcopDbContext(options);

public sealed class PostgresOcopDbContext(DbContextOptions<PostgresOcopDbContext> options) : OcopDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Search on PostgreSQL: "contains" (LIKE '%…%') on the folded columns is served by trigram GIN indexes
        // (pg_trgm), so the box stays fast at national scale. They replace the B-tree indexes on the same columns
        // (a B-tree on long text is useless for infix matching and can exceed the index row size).
        builder.HasPostgresExtension("pg_trgm");
        builder.Entity<Product>().HasIndex(p => p.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.Entity<Product>().HasIndex(p => p.SearchName).HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.Entity<Producer>().HasIndex(p => p.SearchName).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
