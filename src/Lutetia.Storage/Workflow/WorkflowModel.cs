using Lutetia.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lutetia.Storage.Workflow;

/// <summary>
/// The study-workflow tables: queries and their history, record locks (electronic signatures),
/// the data-quality issues.
/// snake_case columns, enumerations as codes, every reference RESTRICT. The append-only rules are
/// triggers of the StudyWorkflow migration.
/// </summary>
internal static class WorkflowModel
{
    private const int TextLength = 4000;

    public static void Configure(ModelBuilder b)
    {
        b.Entity<FieldQueryRow>(e =>
        {
            Columns(e, "field_queries");
            e.HasKey(r => new { r.PatientId, r.Number });
            Patient(e, "PatientId");
            e.Property(r => r.CenterId).HasMaxLength(CohortModel.IdentifierLength);
            e.HasOne<CenterRow>().WithMany().HasForeignKey(r => r.CenterId).OnDelete(DeleteBehavior.Restrict);
            e.Property(r => r.Entity).HasMaxLength(64);
            e.Property(r => r.EntityKey).HasMaxLength(200);
            e.Property(r => r.Field).HasMaxLength(64);
            e.Property(r => r.RaisedBy).HasMaxLength(256);
            e.HasIndex(r => r.CenterId);
            e.HasIndex(r => new { r.Entity, r.EntityKey });
        });
        b.Entity<FieldQueryStepRow>(e =>
        {
            Columns(e, "field_query_steps");
            e.HasKey(r => new { r.PatientId, r.QueryNumber, r.Step });
            e.Property(r => r.PatientId).HasMaxLength(CohortModel.IdentifierLength);
            e.HasOne<FieldQueryRow>().WithMany().HasForeignKey(r => new { r.PatientId, r.QueryNumber }).OnDelete(DeleteBehavior.Restrict);
            e.Property(r => r.Action).HasConversion<CodeConverter<QueryAction>>().HasMaxLength(32);
            e.Property(r => r.Status).HasConversion<CodeConverter<QueryStatus>>().HasMaxLength(32);
            e.Property(r => r.By).HasMaxLength(256);
            e.Property(r => r.Text).HasMaxLength(TextLength);
        });
        b.Entity<RecordLockRow>(e =>
        {
            Columns(e, "record_locks");
            e.HasKey(r => new { r.PatientId, r.Number });
            e.Ignore(r => r.IsVoid);
            Patient(e, "PatientId");
            e.Property(r => r.CenterId).HasMaxLength(CohortModel.IdentifierLength);
            e.HasOne<CenterRow>().WithMany().HasForeignKey(r => r.CenterId).OnDelete(DeleteBehavior.Restrict);
            e.Property(r => r.Signer).HasMaxLength(256);
            e.Property(r => r.Meaning).HasMaxLength(200);
            e.Property(r => r.VoidedBy).HasMaxLength(256);
            e.Property(r => r.VoidReason).HasMaxLength(TextLength);
            e.HasIndex(r => r.PatientId).IsUnique().HasFilter("voided_at_utc IS NULL").HasDatabaseName("ix_record_locks_in_force");
        });
        b.Entity<DataQualityIssueRow>(e =>
        {
            // No foreign key: the list is derived, and must never stand in the way of deleting a patient or a centre.
            Columns(e, "data_quality_issues");
            e.HasKey(r => r.Id);
            e.Property(r => r.Id).ValueGeneratedOnAdd();
            e.Property(r => r.CenterId).HasMaxLength(CohortModel.IdentifierLength);
            e.Property(r => r.PatientId).HasMaxLength(CohortModel.IdentifierLength);
            e.Property(r => r.TableName).HasMaxLength(64);
            e.Property(r => r.RecordKey).HasMaxLength(200);
            e.Property(r => r.Field).HasMaxLength(64);
            e.Property(r => r.Value).HasMaxLength(TextLength);
            e.Property(r => r.Rule).HasMaxLength(64);
            e.Property(r => r.Severity).HasConversion<CodeConverter<Lutetia.Intake.Severity>>().HasMaxLength(32);
            e.Property(r => r.Message).HasMaxLength(TextLength);
            e.Property(r => r.Hint).HasMaxLength(TextLength);
            e.HasIndex(r => new { r.CenterId, r.PatientId });
            e.HasIndex(r => r.PatientId);
        });
    }

    private static void Columns<T>(EntityTypeBuilder<T> e, string table) where T : class
    {
        e.ToTable(table);
        foreach (var property in e.Metadata.GetDeclaredProperties())
            e.Property(property.Name).HasColumnName(Naming.SnakeCase(property.Name));
    }

    private static void Patient<T>(EntityTypeBuilder<T> e, string property) where T : class
    {
        e.Property(property).HasMaxLength(CohortModel.IdentifierLength);
        e.HasOne<PatientRow>().WithMany().HasForeignKey(property).OnDelete(DeleteBehavior.Restrict);
    }
}
