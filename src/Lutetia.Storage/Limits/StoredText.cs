using System.Globalization;
using Lutetia.Intake;
using Lutetia.Storage.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Lutetia.Storage;

/// <summary>
/// The server's own check of every text a save writes (docs/security.md, Input limits and output safety), whatever page, endpoint
/// or command made it: each string no longer than its column's declared length (the EF model's
/// MaxLength, the same as the database's); each free-text column — the cohort format's text
/// columns (a centre's name), query texts, a signature's meaning and void reason — and the reason
/// of the change obeying the format's text rule (<see cref="FieldRules.TryText"/>); the reason at
/// most <see cref="ReasonMaximumLength"/> characters. Only values the save adds or changes are
/// checked, so a value stored before does not block other changes to its row.
/// </summary>
public static class StoredText
{
    /// <summary>The longest reason for a change, as the pages' reason fields say.</summary>
    public const int ReasonMaximumLength = 500;

    private static readonly HashSet<(Type, string)> WorkflowFreeText =
    [
        (typeof(FieldQueryStepRow), nameof(FieldQueryStepRow.Text)),
        (typeof(RecordLockRow), nameof(RecordLockRow.Meaning)),
        (typeof(RecordLockRow), nameof(RecordLockRow.VoidReason)),
    ];

    /// <summary>Throws <see cref="StoredValueRefusedException"/> for the first value the save may not store.</summary>
    public static void Check(LutetiaDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.ChangeTracker.DetectChanges();
        var changes = false;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Deleted)
                changes = true;
            if (entry.State is not (EntityState.Added or EntityState.Modified))
                continue;
            changes = true;
            foreach (var property in entry.Properties)
            {
                if (property.CurrentValue is string text && (entry.State == EntityState.Added || property.IsModified))
                    CheckValue(entry, property, text);
            }
        }
        if (changes && db.Reason is { } reason)
            CheckReason(reason.Trim());
    }

    /// <summary>A reason the program writes from a longer text (the void reason kept whole in its own column): cut to the limit, marked by ….</summary>
    public static string Shorten(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return reason.Length <= ReasonMaximumLength ? reason : string.Concat(reason.AsSpan(0, ReasonMaximumLength - 1), "…");
    }

    public static void CheckReason(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        if (reason.Length > ReasonMaximumLength)
            throw new StoredValueRefusedException("", "reason", string.Create(CultureInfo.InvariantCulture,
                $"the reason has {reason.Length:N0} characters; at most {ReasonMaximumLength} are kept. Say it in fewer words; nothing was saved"));
        if (!FieldRules.TryText(reason, out var issue))
            throw new StoredValueRefusedException("", "reason", $"the reason: {issue.Message}. Fix: {issue.Hint}; nothing was saved");
    }

    private static void CheckValue(EntityEntry entry, PropertyEntry property, string text)
    {
        var table = entry.Metadata.GetTableName() ?? entry.Metadata.DisplayName();
        var column = property.Metadata.GetColumnName();
        if (property.Metadata.GetMaxLength() is { } maximum && text.Length > maximum)
            throw new StoredValueRefusedException(table, column, string.Create(CultureInfo.InvariantCulture,
                $"{table}.{column} has {text.Length:N0} characters; at most {maximum:N0} are stored. Shorten it; nothing was saved"));
        if (IsFreeText(entry, table, column, property.Metadata.Name) && !FieldRules.TryText(text, out var issue))
            throw new StoredValueRefusedException(table, column, $"{table}.{column}: {issue.Message}. Fix: {issue.Hint}; nothing was saved");
    }

    private static bool IsFreeText(EntityEntry entry, string table, string column, string property) =>
        entry.Entity is CohortRow
            ? CohortFormat.Table(table)?.Column(column) is { Kind: FieldKind.Text }
            : WorkflowFreeText.Contains((entry.Entity.GetType(), property));
}
