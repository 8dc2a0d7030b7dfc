using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Lutetia.Storage;

/// <summary>Explains a lost race: what the database holds now against what this save started from, and who changed it.</summary>
public static class ConcurrencyConflicts
{
    internal static ConcurrencyConflictException Explain(LutetiaDbContext db, DbUpdateConcurrencyException e)
    {
        var conflicts = Of(db, e.Entries);
        return new(Message(conflicts), conflicts, e);
    }

    /// <summary>Rows found changed or deleted by someone else before they were written (<see cref="StoredOriginals"/>).</summary>
    internal static ConcurrencyConflictException Explain(LutetiaDbContext db, IReadOnlyList<EntityEntry> entries)
    {
        var conflicts = Of(db, entries);
        return new(Message(conflicts), conflicts);
    }

    private static List<ConcurrencyConflict> Of(LutetiaDbContext db, IEnumerable<EntityEntry> entries)
    {
        var conflicts = new List<ConcurrencyConflict>();
        foreach (var entry in entries)
            conflicts.AddRange(Of(db, entry));
        return conflicts;
    }

    /// <summary>
    /// A form posted for a row saved by someone else since the form was opened (its version moved):
    /// the conflicts of the fields it changes whose stored value is no longer the one it was opened
    /// with (<paramref name="fields"/>: column, the value the form was opened with, the value stored,
    /// the value posted), with who saved the row last and when. Nothing is saved; the message says
    /// what to do.
    /// </summary>
    public static (IReadOnlyList<ConcurrencyConflict> Conflicts, string Message) ForStaleForm(LutetiaDbContext db, CohortRow stored,
        IReadOnlyList<(string Column, string? OpenedWith, string? Stored, string? Posted)> fields)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(fields);
        var entry = db.Entry(stored);
        var entity = AuditChanges.EntityName(entry);
        var key = stored.AuditKey;
        var last = LastChange(db, entity, key);
        List<ConcurrencyConflict> conflicts = fields.Count == 0
            ? [new(entity, key, "version", null, null, null, last?.User, last?.AtUtc, Deleted: false)]
            : fields.Select(f => new ConcurrencyConflict(entity, key, f.Column, f.OpenedWith, f.Stored, f.Posted, last?.User, last?.AtUtc, Deleted: false)).ToList();
        return (conflicts, Message(conflicts));
    }

    private static string Message(IReadOnlyList<ConcurrencyConflict> conflicts)
    {
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
        return message.ToString();
    }

    /// <summary>Who wrote the row's last audit entry, and when.</summary>
    private static (string User, DateTime AtUtc)? LastChange(LutetiaDbContext db, string entity, string key)
    {
        var last = db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == entity && a.EntityKey == key)
            .OrderByDescending(a => a.Id)
            .Select(a => new { a.User, a.AtUtc })
            .FirstOrDefault();
        return last is null ? null : (last.User, last.AtUtc);
    }

    private static string Shown(string? value) => value is null ? "empty" : $"\"{value}\"";

    private static IEnumerable<ConcurrencyConflict> Of(LutetiaDbContext db, EntityEntry entry)
    {
        var entity = AuditChanges.EntityName(entry);
        var (key, _) = AuditChanges.KeyOf(entry);
        var stored = entry.GetDatabaseValues();
        var last = LastChange(db, entity, key);
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
