using Microsoft.EntityFrameworkCore;

namespace Lutetia.Storage.Workflow;

/// <summary>
/// Saves a workflow step in the acting account's name, through the audit trail, with the step as
/// the reason; a key already taken (someone else acted a moment before) is reported as false with
/// nothing left tracked, so the caller can explain or retry.
/// </summary>
internal static class WorkflowSave
{
    public static bool TrySave(LutetiaDbContext db, LutetiaUser user, string reason, params object[] added)
    {
        var previousUser = db.CurrentUser;
        var previousReason = db.Reason;
        WorkflowAccess.Act(db, user);
        db.Reason = reason;
        foreach (var row in added)
            db.Add(row);
        try
        {
            db.SaveChanges();
            return true;
        }
        catch (DbUpdateException) when (added.Length > 0 && StillAdded(db, added))
        {
            foreach (var row in added)
                db.Entry(row).State = EntityState.Detached;
            return false;
        }
        finally
        {
            db.CurrentUser = previousUser;
            db.Reason = previousReason;
        }
    }

    private static bool StillAdded(LutetiaDbContext db, object[] added) => added.All(r => db.Entry(r).State == EntityState.Added);

    /// <summary>UTC now to the microsecond, what both databases keep exactly.</summary>
    public static DateTime Now(TimeProvider clock) => AuditHash.ToMicroseconds(clock.GetUtcNow().UtcDateTime);
}
