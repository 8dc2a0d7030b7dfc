using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Lutetia.Storage;

/// <summary>Explains a lost race: what the database holds now against what this save started from, and who changed it.</summary>
internal static class ConcurrencyConflicts
{
    public static ConcurrencyConflictException Explain(LutetiaDbContext db, DbUpdateConcurrencyException e)
    {
        var conflicts = new List<ConcurrencyConflict>();
        foreach (var entry in e.Entries)
            conflicts.AddRange(Of(db, entry));
        var message = new StringBuilder();
        foreach (var c in conflicts)
        {
            if (message.Length > 0)
                message.Append(' ');
            var who = c.ChangedBy is null ? "someone else" : c.ChangedBy;
            var when = c.ChangedAtUtc is { } at ? at.ToString(" 'at' yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) : "";
            if (c.Deleted)
                message.Append(CultureInfo.InvariantCulture, $"{c.Entity} {c.Key} was deleted by {who}{when} while you were editing it.");
            else if (c.Field == "version")
                message.Append(CultureInfo.InvariantCulture, $"{c.Entity} {c.Key} was saved by {who}{when} while you were editing it.");
            else
                message.Append(CultureInfo.InvariantCulture,
                    $"{c.Entity} {c.Key}: {c.Field} was changed by {who}{when} while you were editing it: it is now {Shown(c.TheirValue)} " +
                    $"(it was {Shown(c.StartedFrom)} when you opened it; your value {Shown(c.YourValue)} was not saved).");
        }
        message.Append(" Nothing of your change was saved: reload the record, look at the other change and enter yours again.");
        return new ConcurrencyConflictException(message.ToString(), conflicts, e);
    }

    private static string Shown(string? value) => value is null ? "empty" : $"\"{value}\"";

    private static IEnumerable<ConcurrencyConflict> Of(LutetiaDbContext db, EntityEntry entry)
    {
        var entity = AuditChanges.EntityName(entry);
        var (key, _) = AuditChanges.KeyOf(entry);
        var stored = entry.GetDatabaseValues();
        var last = db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == entity && a.EntityKey == key)
            .OrderByDescending(a => a.Id)
            .Select(a => new { a.User, a.AtUtc })
            .FirstOrDefault();
        if (stored is null)
        {
            yield return new(entity, key, "*", null, null, null, last?.User, last?.AtUtc, Deleted: true);
            yield break;
        }
        var any = false;
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (name is nameof(CohortRow.Version) or nameof(CohortRow.Sequence))
                continue;
            var startedFrom = AuditValues.Format(property.Metadata, property.OriginalValue);
            var theirs = AuditValues.Format(property.Metadata, stored[property.Metadata]);
            if (string.Equals(startedFrom, theirs, StringComparison.Ordinal))
                continue;
            any = true;
            var yours = AuditValues.Format(property.Metadata, property.CurrentValue);
            yield return new(entity, key, property.Metadata.GetColumnName(), startedFrom, theirs, yours, last?.User, last?.AtUtc, Deleted: false);
        }
        if (!any)
            yield return new(entity, key, "version", null, null, null, last?.User, last?.AtUtc, Deleted: false);
    }
}
