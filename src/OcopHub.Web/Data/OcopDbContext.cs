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
    public DbSet<Dossier> Dossiers => Set<Dossier>();
    public DbSet<DossierEvent> DossierEvents => Set<DossierEvent>();
    public DbSet<DossierEvidence> DossierEvidence => Set<DossierEvidence>();
    public DbSet<Round> Rounds => Set<Round>();
    public DbSet<RecognitionDecision> RecognitionDecisions => Set<RecognitionDecision>();
    public DbSet<Certificate> Certificates => Set<Certificate>();
    public DbSet<CertificateInspection> CertificateInspections => Set<CertificateInspection>();
    public DbSet<RewardPolicy> RewardPolicies => Set<RewardPolicy>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<Council> Councils => Set<Council>();
    public DbSet<CouncilMember> CouncilMembers => Set<CouncilMember>();
    public DbSet<ScoreSheetEntry> ScoreSheets => Set<ScoreSheetEntry>();
    public DbSet<Evaluation> Evaluations => Set<Evaluation>();
    public DbSet<ScoringSession> ScoringSessions => Set<ScoringSession>();
    public DbSet<DossierRejection> DossierRejections => Set<DossierRejection>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(OcopDbContext).Assembly);
    }
}

public sealed class SqliteOcopDbContext(DbContextOptions<SqliteOcopDbContext> options) : OcopDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Search on SQLite: LIKE '%…%' cannot seek a B-tree, but it can scan a narrow one. This covering index holds
        // just what the search and its ordering read (folded text, folded name, name; the row id comes free), so
        // the count and the choice of a page scan it instead of whole product rows (descriptions, stories …):
        // measured ≈2.5× faster on 20,000 products (bench/run-search.sh). PostgreSQL uses trigram indexes instead.
        builder.Entity<Product>().HasIndex(p => new { p.SearchText, p.SearchName, p.Name }).HasDatabaseName("IX_Products_SearchCovering");
        // …and for words of three letters or more, the FTS5 trigram index finds the candidate rows without any scan.
        builder.Entity<ProductSearchEntry>(e =>
        {
            e.ToTable(SearchTable, t => t.ExcludeFromMigrations());
            e.HasKey(x => x.RowId);
            e.Property(x => x.RowId).HasColumnName("rowid");
        });
    }

    /// <summary>The FTS5 table over Products.SearchText (see the SearchIndexes migration).</summary>
    public const string SearchTable = "ProductsSearch";
}

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
