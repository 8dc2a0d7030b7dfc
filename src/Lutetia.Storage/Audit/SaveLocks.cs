using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Lutetia.Storage;

/// <summary>
/// The locks a save takes before the audit chain head, in one fixed order so that two saves never
/// wait for each other in a circle: first the rows of the patients it touches (sorted), then the
/// insertion sequence of each table it adds rows to (sorted), and only then the head
/// (docs/storage.md, The order of a save). On PostgreSQL a patient's lock is its row of
/// <c>patients</c> taken <c>FOR NO KEY UPDATE</c> (which a foreign-key check of another row does not
/// wait for), and a table's sequence lock a transaction-scoped advisory lock; both last until the
/// transaction ends. SQLite needs neither: its transaction holds the database's one write lock from
/// its start (<c>BEGIN IMMEDIATE</c>), so saves there run one after the other whatever they lock.
/// </summary>
internal static class SaveLocks
{
    /// <summary>The first key of Lutetia's advisory locks ("Lute"), so that they cannot be taken for another program's.</summary>
    private const int AdvisoryClass = 0x4C757465;

    /// <summary>
    /// Whether every row of the save is a patient's cohort row: then the patient locks order the
    /// save against every other save of those rows, and its versions prove the originals read
    /// before the head are still the stored ones when written — the head can be taken last. Any
    /// other row (a centre, an account, a setting, a record lock, a query, a session key) has its
    /// originals read under the head, as it has no such guarantee.
    /// </summary>
    public static bool CoveredByPatientLocks(List<EntityEntry> entries) =>
        entries.All(e => e.Entity is CohortRow { AuditPatient: not null });

    /// <summary>Locks the patients the save touches (current and original patient of each row: a row moved between patients touches both).</summary>
    public static async Task LockPatientsAsync(LutetiaDbContext db, List<EntityEntry> entries, bool async, CancellationToken cancellationToken)
    {
        if (db.Provider != DatabaseProvider.Postgres)
            return;
        var patients = PatientsTouched(entries);
        if (patients.Length == 0)
            return;
        var query = db.Database.SqlQueryRaw<string>(
            "SELECT patient_id AS \"Value\" FROM patients WHERE patient_id = ANY({0}) ORDER BY patient_id FOR NO KEY UPDATE",
            new object[] { patients }); // one array parameter, not one parameter per patient
        if (async)
            await query.ToListAsync(cancellationToken).ConfigureAwait(false);
        else
            _ = query.ToList();
    }

    /// <summary>Locks the insertion sequence of every table the save adds a row to without one, so that two saves never take the same.</summary>
    public static async Task LockSequencesAsync(LutetiaDbContext db, List<EntityEntry> entries, bool async, CancellationToken cancellationToken)
    {
        if (db.Provider != DatabaseProvider.Postgres)
            return;
        var tables = entries.Where(NeedsSequence).Select(e => e.Metadata.GetTableName()!).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            if (async)
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdvisoryClass}, {TableKey(table)})", cancellationToken).ConfigureAwait(false);
            else
                db.Database.ExecuteSql($"SELECT pg_advisory_xact_lock({AdvisoryClass}, {TableKey(table)})");
        }
    }

    /// <summary>A new cohort row that brought no insertion sequence of its own (the save gives it the next one).</summary>
    public static bool NeedsSequence(EntityEntry entry) =>
        entry.State == EntityState.Added && entry.Entity is CohortRow row
        && (row.Sequence <= 0 || entry.Property(nameof(CohortRow.Sequence)).IsTemporary);

    /// <summary>Every patient a row of the save belongs to, before and after the change, sorted.</summary>
    public static string[] PatientsTouched(IEnumerable<EntityEntry> entries)
    {
        var patients = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
                continue;
            if (entry.Entity is CohortRow { AuditPatient: { } patient })
                patients.Add(patient);
            if (PatientProperty(entry) is { } property)
            {
                if (property.CurrentValue is string current)
                    patients.Add(current);
                if (entry.State == EntityState.Modified && property.OriginalValue is string before)
                    patients.Add(before);
            }
        }
        return [.. patients];
    }

    private static PropertyEntry? PatientProperty(EntityEntry entry) =>
        entry.Metadata.FindProperty(nameof(PatientRow.PatientId)) is { ClrType: var type } && type == typeof(string)
            ? entry.Property(nameof(PatientRow.PatientId))
            : null;

    /// <summary>A table's advisory key: the same in every process and every version (the first four bytes of the SHA-256 of its name).</summary>
    private static int TableKey(string table) => BinaryPrimitives.ReadInt32BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(table)));
}
