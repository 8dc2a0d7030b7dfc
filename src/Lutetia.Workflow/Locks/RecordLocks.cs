using System.Globalization;
using Lutetia.Storage;
using Lutetia.Storage.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Locks;

/// <summary>The signatures as the lock use cases read them.</summary>
internal static class RecordLocks
{
    /// <summary>The signature in force on the patient's record (not void), or null.</summary>
    public static Task<RecordLockRow?> InForceAsync(LutetiaDbContext db, string patientId, CancellationToken cancellation) =>
        db.Set<RecordLockRow>().AsNoTracking().SingleOrDefaultAsync(l => l.PatientId == patientId && l.VoidedAtUtc == null, cancellation);

    /// <summary>Whether a signature is in force on the patient's record: its forms and grids open read-only.</summary>
    public static Task<bool> IsLockedAsync(LutetiaDbContext db, string patientId, CancellationToken cancellation) =>
        db.Set<RecordLockRow>().AsNoTracking().AnyAsync(l => l.PatientId == patientId && l.VoidedAtUtc == null, cancellation);

    /// <summary>How the messages give a time: <c>2026-11-25 20:00:00 UTC</c>.</summary>
    public static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
