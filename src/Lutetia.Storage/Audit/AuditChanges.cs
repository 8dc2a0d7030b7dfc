using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Lutetia.Storage;

/// <summary>
/// What the tracked entries of a save change, field by field: a whole row for an insert or a
/// delete, each field whose value differs for an update. Secrets of the accounts (password hash,
/// security and concurrency stamps, token values) and the data-protection keys' material never enter the trail.
/// </summary>
internal static class AuditChanges
{
    private static readonly HashSet<string> Bookkeeping = ["Sequence", "Version"];
    private static readonly HashSet<string> Secrets = ["Sequence", "Version", "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "Value"];

    /// <summary>A data-protection key's XML holds the key itself: the trail records that a key was added (id, name), never the key.</summary>
    private static readonly HashSet<string> KeyMaterial = ["Xml"];

    public static bool IsAudited(EntityEntry entry) =>
        entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
        && entry.Entity is not AuditEntry and not AuditChainHead;

    /// <summary>The changed fields of a modified entry (empty when every "modified" field kept its value).</summary>
    public static IEnumerable<(string Property, string Column, string? Old, string? New)> ChangedFields(EntityEntry entry)
    {
        var skipped = Skipped(entry);
        foreach (var property in entry.Properties)
        {
            if (!property.IsModified || skipped.Contains(property.Metadata.Name))
                continue;
            var old = AuditValues.Format(property.Metadata, property.OriginalValue);
            var current = AuditValues.Format(property.Metadata, property.CurrentValue);
            if (!string.Equals(old, current, StringComparison.Ordinal))
                yield return (property.Metadata.Name, property.Metadata.GetColumnName(), old, current);
        }
    }

    public static IEnumerable<AuditChange> Of(EntityEntry entry)
    {
        var entity = EntityName(entry);
        var (key, patient) = KeyOf(entry);
        switch (entry.State)
        {
            case EntityState.Added:
                yield return new(entry, AuditAction.Insert, entity, key, patient, "*", null, AuditValues.Row(entry, entry.CurrentValues, Skipped(entry)));
                break;
            case EntityState.Deleted:
                yield return new(entry, AuditAction.Delete, entity, key, patient, "*", AuditValues.Row(entry, entry.OriginalValues, Skipped(entry)), null);
                break;
            case EntityState.Modified:
                foreach (var (_, column, old, current) in ChangedFields(entry))
                    yield return new(entry, AuditAction.Update, entity, key, patient, column, old, current);
                break;
        }
    }

    public static string EntityName(EntityEntry entry) => EntityName(entry.Metadata);

    /// <summary>The table as the trail names it (<c>users</c> for the accounts).</summary>
    public static string EntityName(IEntityType type) =>
        type.ClrType == typeof(LutetiaUser) ? "users" : type.GetTableName() ?? type.ShortName();

    public static (string Key, string? Patient) KeyOf(EntityEntry entry) => KeyOf(entry.Metadata, entry.Entity);

    /// <summary>The row's key as the trail names it: a cohort row's own, otherwise the primary key's values joined by <c>/</c>.</summary>
    public static (string Key, string? Patient) KeyOf(IEntityType type, object row)
    {
        if (row is CohortRow cohortRow)
            return (cohortRow.AuditKey, cohortRow.AuditPatient);
        var key = type.FindPrimaryKey()!;
        return (string.Join('/', key.Properties.Select(p => AuditValues.Format(p, p.GetGetter().GetClrValue(row)))), null);
    }

    /// <summary>The properties the trail leaves out of a row of this type: bookkeeping, the accounts' secrets, the keys' material.</summary>
    public static IReadOnlySet<string> Skipped(Type clrType) =>
        typeof(IdentityUserToken<string>).IsAssignableFrom(clrType) || clrType == typeof(LutetiaUser) ? Secrets
        : clrType == typeof(DataProtectionKey) ? KeyMaterial
        : Bookkeeping;

    private static IReadOnlySet<string> Skipped(EntityEntry entry) => Skipped(entry.Entity.GetType());
}
