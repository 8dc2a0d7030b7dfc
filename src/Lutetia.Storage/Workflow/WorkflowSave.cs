using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Lutetia.Storage.Workflow;

/// <summary>
/// Saves a workflow step in the acting account's name, through the audit trail, with the step as
/// the reason; a key already taken (someone else acted a moment before) is reported as false, so the
/// caller can explain or retry. Whatever happens, the rows it added are left untracked.
/// </summary>
internal static class WorkflowSave
{
    private const int PrimaryKeyViolation = 1555; // SQLITE_CONSTRAINT_PRIMARYKEY
    private const int UniqueViolation = 2067; // SQLITE_CONSTRAINT_UNIQUE

    public static bool TrySave(LutetiaDbContext db, LutetiaUser user, string reason, params object[] added)
    {
        var previousUser = db.CurrentUser;
        var previousReason = db.Reason;
        WorkflowAccess.Act(db, user);
        db.Reason = reason;
        try
        {
            foreach (var row in added)
                db.Add(row);
            db.SaveChanges();
            return true;
        }
        catch (DbUpdateException e) when (added.Length > 0 && IsKeyTaken(e) && StillAdded(db, added))
        {
            return false;
        }
        finally
        {
            // The services answer with records, never with tracked rows: nothing they added stays tracked.
            foreach (var row in added)
                db.Entry(row).State = EntityState.Detached;
            db.CurrentUser = previousUser;
            db.Reason = previousReason;
        }
    }

    /// <summary>A primary-key or unique-index violation: another save took the number first. Anything else is not a race and propagates.</summary>
    private static bool IsKeyTaken(DbUpdateException e) => e.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is PrimaryKeyViolation or UniqueViolation,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    private static bool StillAdded(LutetiaDbContext db, object[] added) => added.All(r => db.Entry(r).State == EntityState.Added);

    /// <summary>UTC now to the microsecond, what both databases keep exactly.</summary>
    public static DateTime Now(TimeProvider clock) => AuditHash.ToMicroseconds(clock.GetUtcNow().UtcDateTime);
}
