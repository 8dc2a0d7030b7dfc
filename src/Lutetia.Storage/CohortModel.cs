using Lutetia.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lutetia.Storage;

/// <summary>
/// The cohort tables: one per file of cohort-format.md, named like it, columns named like its
/// columns (snake_case), keyed by its identifiers, with foreign keys for every reference the
/// format checks. A reference never cascades: deleting a patient with rows is refused, so every
/// deleted row passes through the audit trail.
/// </summary>
internal static class CohortModel
{
    public const int IdentifierLength = Lutetia.Domain.Identifier.MaximumLength;

    public static void Configure(ModelBuilder b)
    {
        b.Entity<CenterRow>(e =>
        {
            Table(e, "centers");
            e.HasKey(r => r.CenterId);
            e.Property(r => r.CenterId).HasMaxLength(IdentifierLength);
            e.Property(r => r.Name).HasMaxLength(200);
        });
        b.Entity<PatientRow>(e =>
        {
            Table(e, "patients");
            e.HasKey(r => r.PatientId);
            e.Property(r => r.PatientId).HasMaxLength(IdentifierLength);
            e.Property(r => r.CenterId).HasMaxLength(IdentifierLength);
            e.HasOne<CenterRow>().WithMany().HasForeignKey(r => r.CenterId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<MetastaticSiteRow>(e =>
        {
            Table(e, "metastatic_sites");
            e.HasKey(r => new { r.PatientId, r.Site });
            OfPatient(e);
        });
        b.Entity<PriorTreatmentRow>(e =>
        {
            Table(e, "prior_treatments");
            e.HasKey(r => new { r.PatientId, r.Treatment });
            OfPatient(e);
        });
        b.Entity<PrrtCycleRow>(e =>
        {
            Table(e, "prrt_cycles");
            e.HasKey(r => new { r.PatientId, r.Cycle });
            OfPatient(e);
        });
        b.Entity<LesionRow>(e =>
        {
            Table(e, "lesions");
            e.HasKey(r => new { r.PatientId, r.LesionId });
            e.Property(r => r.LesionId).HasMaxLength(IdentifierLength);
            OfPatient(e);
        });
        b.Entity<ReadRow>(e =>
        {
            Table(e, "reads");
            e.HasKey(r => r.ReadId);
            e.Property(r => r.ReadId).HasMaxLength(IdentifierLength);
            e.HasAlternateKey(r => new { r.ReadId, r.PatientId });
            OfPatient(e);
        });
        b.Entity<MeasurementRow>(e =>
        {
            Table(e, "measurements");
            e.HasKey(r => new { r.ReadId, r.LesionId });
            e.Property(r => r.ReadId).HasMaxLength(IdentifierLength);
            e.Property(r => r.LesionId).HasMaxLength(IdentifierLength);
            e.Property(r => r.PatientId).HasMaxLength(IdentifierLength);
            e.HasOne<ReadRow>().WithMany().HasForeignKey(r => new { r.ReadId, r.PatientId })
                .HasPrincipalKey(r => new { r.ReadId, r.PatientId }).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<LesionRow>().WithMany().HasForeignKey(r => new { r.PatientId, r.LesionId }).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<SymptomRow>(e => Unkeyed(e, "symptoms"));
        b.Entity<LabRow>(e => Unkeyed(e, "labs"));
        b.Entity<ComplicationRow>(e => Unkeyed(e, "complications"));
        b.Entity<ProgressionRow>(e => Unkeyed(e, "progression"));
    }

    /// <summary>A table of the format: snake_case columns, the version as concurrency token, the insertion sequence unique.</summary>
    private static void Table<T>(EntityTypeBuilder<T> e, string name) where T : CohortRow
    {
        e.ToTable(name);
        foreach (var property in e.Metadata.GetDeclaredProperties().Concat(e.Metadata.BaseType?.GetDeclaredProperties() ?? []))
            e.Property(property.Name).HasColumnName(Naming.SnakeCase(property.Name));
        e.Property(r => r.Version).IsConcurrencyToken();
        e.Property(r => r.Sequence).ValueGeneratedOnAdd().HasValueGenerator<TemporarySequenceGenerator>();
        e.HasIndex(r => r.Sequence).IsUnique();
    }

    private static void OfPatient<T>(EntityTypeBuilder<T> e) where T : CohortRow
    {
        e.Property("PatientId").HasMaxLength(IdentifierLength);
        e.HasOne<PatientRow>().WithMany().HasForeignKey("PatientId").OnDelete(DeleteBehavior.Restrict);
    }

    /// <summary>A file the format gives no key: the insertion sequence is the key.</summary>
    private static void Unkeyed<T>(EntityTypeBuilder<T> e, string name) where T : CohortRow
    {
        Table(e, name);
        e.HasKey(r => r.Sequence);
        OfPatient(e);
    }
}
