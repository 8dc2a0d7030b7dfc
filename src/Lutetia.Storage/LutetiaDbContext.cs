using Lutetia.Domain;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Storage;

/// <summary>
/// The Lutetia database: the whole cohort of cohort-format.md as tables keyed by the format's
/// identifiers, the accounts (ASP.NET Core Identity) and the audit trail. Every save goes through
/// <see cref="AuditInterceptor"/>: it records each change, requires a <see cref="Reason"/> for a
/// change to a row already saved, and bumps each changed row's version, the concurrency token; a
/// save that lost a race throws <see cref="ConcurrencyConflictException"/>.
/// One concrete type per database (<see cref="SqliteLutetiaDbContext"/>, <see cref="PostgresLutetiaDbContext"/>),
/// each with its own migrations; open one with <see cref="LutetiaDatabase.Open"/>.
/// It also keeps the web application's data-protection keys (<see cref="DataProtectionKeys"/>), so
/// every instance of one install signs and reads the same cookies and no other install can.
/// </summary>
public abstract class LutetiaDbContext : IdentityDbContext<LutetiaUser>, IDataProtectionKeyContext
{
    protected LutetiaDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>
    /// Who makes the changes saved next: an account's user name, or <c>cli:NAME</c> for the command
    /// line. Required: a save with changes and no user is refused, so no entry is ever anonymous.
    /// </summary>
    public string CurrentUser { get; set; } = "";

    /// <summary>The clock that stamps audit entries and workflow steps (a fake one in tests).</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>
    /// Told of the patients every save changed, inside its transaction (<see cref="SavedDataInterceptor"/>):
    /// the application layer's data-quality refresh. The hosts set it when they open the context
    /// (the web application's database factory, the command line's workflow scope); null saves without it.
    /// </summary>
    public ISavedDataObserver? SavedDataObserver { get; set; }

    /// <summary>Why: required to save any update or delete of a row saved before; kept for the next saves until changed.</summary>
    public string? Reason { get; set; }

    public abstract DatabaseProvider Provider { get; }

    public DbSet<CenterRow> Centers => Set<CenterRow>();
    public DbSet<PatientRow> Patients => Set<PatientRow>();
    public DbSet<MetastaticSiteRow> MetastaticSites => Set<MetastaticSiteRow>();
    public DbSet<PriorTreatmentRow> PriorTreatments => Set<PriorTreatmentRow>();
    public DbSet<PrrtCycleRow> PrrtCycles => Set<PrrtCycleRow>();
    public DbSet<LesionRow> Lesions => Set<LesionRow>();
    public DbSet<ReadRow> Reads => Set<ReadRow>();
    public DbSet<MeasurementRow> Measurements => Set<MeasurementRow>();
    public DbSet<SymptomRow> Symptoms => Set<SymptomRow>();
    public DbSet<LabRow> Labs => Set<LabRow>();
    public DbSet<ComplicationRow> Complications => Set<ComplicationRow>();
    public DbSet<ProgressionRow> Progressions => Set<ProgressionRow>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();
    public DbSet<Settings.StudySettingRow> StudySettings => Set<Settings.StudySettingRow>();

    /// <summary>The keys that protect the sign-in cookies and antiforgery tokens (ASP.NET Core data protection; docs/security.md).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>What the interceptor did in the save under way, undone if it fails.</summary>
    internal PendingAudit? Pending { get; set; }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        // docs/workflow.md: the saved-data observer (the data-quality refresh) comes first, so that its
        // SavedChanges runs before the audit appends and commits; the lock check comes after the audit, so that it runs under the patients' locks.
        // docs/security.md: the stored-text check runs before all, so a refused value opens no transaction.
        optionsBuilder.AddInterceptors(StoredTextInterceptor.Instance, SavedDataInterceptor.Instance, AuditInterceptor.Instance,
            Workflow.RecordLockInterceptor.Instance);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        CohortModel.Configure(builder);
        AuditModel.Configure(builder);
        Workflow.WorkflowModel.Configure(builder);
        builder.Entity<Settings.StudySettingRow>(e =>
        {
            e.ToTable("study_settings");
            e.HasKey(r => r.Key);
            e.Property(r => r.Key).HasColumnName("key").HasMaxLength(64);
            e.Property(r => r.Value).HasColumnName("value").HasMaxLength(200);
        });
        builder.Entity<DataProtectionKey>(e =>
        {
            e.ToTable("data_protection_keys");
            e.Property(k => k.Id).HasColumnName("id");
            e.Property(k => k.FriendlyName).HasColumnName("friendly_name");
            e.Property(k => k.Xml).HasColumnName("xml");
        });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        Code<Sex>(configurationBuilder);
        Code<PrimarySite>(configurationBuilder);
        Code<Differentiation>(configurationBuilder);
        Code<WhoGrade>(configurationBuilder);
        Code<SmaStage>(configurationBuilder);
        Code<PrrtStopReason>(configurationBuilder);
        Code<PrrtStopToxicity>(configurationBuilder);
        Code<DeathCause>(configurationBuilder);
        Code<MetastaticSiteKind>(configurationBuilder);
        Code<PriorTreatmentKind>(configurationBuilder);
        Code<DoseLevel>(configurationBuilder);
        Code<LesionSite>(configurationBuilder);
        Code<LesionRole>(configurationBuilder);
        Code<Modality>(configurationBuilder);
        Code<Reader>(configurationBuilder);
        Code<NonTargetStatus>(configurationBuilder);
        Code<SymptomDomain>(configurationBuilder);
        Code<Symptom>(configurationBuilder);
        Code<LabTest>(configurationBuilder);
        Code<ComplicationType>(configurationBuilder);
        Code<ProgressionScope>(configurationBuilder);
        Code<LutetiaRole>(configurationBuilder);
        Code<AuditAction>(configurationBuilder);
    }

    private static void Code<TEnum>(ModelConfigurationBuilder builder) where TEnum : struct, Enum =>
        builder.Properties<TEnum>().HaveConversion<CodeConverter<TEnum>>().HaveMaxLength(32);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        try
        {
            // Accepted only once the audit interceptor has appended and committed (in SavedChanges): a
            // failure there leaves the rows as they were before the save, for Undo and a retry.
            var saved = base.SaveChanges(acceptAllChangesOnSuccess: false);
            if (acceptAllChangesOnSuccess)
                ChangeTracker.AcceptAllChanges();
            return saved;
        }
        catch (DbUpdateConcurrencyException e)
        {
            AuditInterceptor.Undo(this);
            throw ConcurrencyConflicts.Explain(this, e);
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        try
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken).ConfigureAwait(false);
            if (acceptAllChangesOnSuccess)
                ChangeTracker.AcceptAllChanges();
            return saved;
        }
        catch (DbUpdateConcurrencyException e)
        {
            AuditInterceptor.Undo(this);
            throw ConcurrencyConflicts.Explain(this, e);
        }
    }
}
