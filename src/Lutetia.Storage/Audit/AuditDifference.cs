using System.Globalization;

namespace Lutetia.Storage;

/// <summary>
/// One disagreement between the database and the audit trail replayed from its first entry: the
/// table and the row's key as the trail names them, the column (<c>*</c> for a whole row), the
/// value the trail gives and the value the database holds (null: empty, or no row); for a
/// contradiction inside the trail, the entry that makes it and what is wrong with it.
/// </summary>
public sealed record AuditDifference(
    AuditDifferenceKind Kind,
    string Entity,
    string Key,
    string Field,
    string? TrailValue,
    string? StoredValue,
    long? EntryId = null,
    string? Note = null)
{
    /// <summary>The difference in words, e.g. <c>patients P1, ecog: the trail gives "0", the database holds "3"</c>.</summary>
    public string Describe() => Kind switch
    {
        AuditDifferenceKind.ValueDiffers =>
            $"{Entity} {Key}, {Field}: the trail gives {Shown(TrailValue)}, the database holds {Shown(StoredValue)}",
        AuditDifferenceKind.MissingFromDatabase =>
            $"{Entity} {Key}: the trail holds this row ({TrailValue}), the database does not (it was deleted outside Lutetia)",
        AuditDifferenceKind.MissingFromTrail =>
            $"{Entity} {Key}: the database holds this row ({StoredValue}), the trail never recorded it (it was added outside Lutetia)",
        _ => string.Create(CultureInfo.InvariantCulture, $"audit entry {EntryId} ({Entity} {Key}, {Field}): {Note}"),
    };

    internal static string Shown(string? value) => value is null ? "empty" : $"\"{value}\"";
}
