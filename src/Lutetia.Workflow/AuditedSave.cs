using Lutetia.Storage;
using Lutetia.Storage.Workflow;
using Lutetia.Workflow.Access;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Lutetia.Workflow;

/// <summary>
/// The one way a use case saves: through the audit trail, in the acting account's name, with its
/// reason. The database layer refuses by throwing from its interceptors (EF Core's only way out of a
/// save); here, at the boundary, each expected refusal becomes a <see cref="Refusal"/> value — a
/// reason missing, a value the column does not allow, a locked record, someone else's change, a
/// key another save took a moment before. Nothing is saved when refused. Anything else is a bug
/// and propagates.
/// </summary>
public static class AuditedSave
{
    /// <summary>What the reason field says when a change of stored data comes without one.</summary>
    public const string ReasonNeeded =
        "A change to data saved before needs a reason (for example: \"corrected from the source document\"). Nothing was saved.";

    private const int SqlitePrimaryKeyViolation = 1555; // SQLITE_CONSTRAINT_PRIMARYKEY
    private const int SqliteUniqueViolation = 2067; // SQLITE_CONSTRAINT_UNIQUE

    /// <summary>Saves the context's pending changes in <paramref name="actor"/>'s name with <paramref name="reason"/>.</summary>
    public static async Task<Result> SaveAsync(LutetiaDbContext db, Account actor, string? reason, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(actor);
        var (previousUser, previousReason) = (db.CurrentUser, db.Reason);
        db.CurrentUser = actor.UserName;
        db.Reason = string.IsNullOrWhiteSpace(reason) ? null : reason;
        try
        {
            await db.SaveChangesAsync(cancellation).ConfigureAwait(false);
            return Result.Done;
        }
        catch (AuditReasonRequiredException)
        {
            return Refusal.Invalid(ReasonNeeded, new FieldProblem("reason", ReasonNeeded));
        }
        catch (StoredValueRefusedException e)
        {
            var field = e.Table.Length == 0 ? "reason" : $"{e.Table}.{e.Column}";
            return Refusal.Invalid(e.Message, new FieldProblem(field, e.Message + "."));
        }
        catch (ConcurrencyConflictException e)
        {
            return Refusal.Conflict(e.Message) with { Conflicts = e.Conflicts };
        }
        catch (RecordLockedException e)
        {
            return Refusal.Locked(e.Message);
        }
        catch (DbUpdateException e) when (IsKeyTaken(e))
        {
            return Refusal.Conflict("another save took this identifier a moment before; nothing was saved: choose another one or reload the page")
                with
            { KeyTaken = true };
        }
        finally
        {
            db.CurrentUser = previousUser;
            db.Reason = previousReason;
        }
    }

    /// <summary>A primary-key or unique-index violation: another save took the key first.</summary>
    public static bool IsKeyTaken(DbUpdateException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.InnerException switch
        {
            SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqlitePrimaryKeyViolation or SqliteUniqueViolation,
            PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
            _ => false,
        };
    }
}
