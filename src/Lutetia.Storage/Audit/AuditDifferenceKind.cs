namespace Lutetia.Storage;

/// <summary>How the database and the replayed audit trail disagree (<see cref="AuditReplay"/>).</summary>
public enum AuditDifferenceKind
{
    /// <summary>A column holds another value than the trail's last change of it gives.</summary>
    ValueDiffers,

    /// <summary>The trail holds the row (inserted, never deleted) and the database does not: deleted outside Lutetia.</summary>
    MissingFromDatabase,

    /// <summary>The database holds a row the trail never inserted (or deleted): added outside Lutetia.</summary>
    MissingFromTrail,

    /// <summary>An entry contradicts the trail before it: an old value that was not the value then, a row inserted twice, changed or deleted before it existed.</summary>
    TrailContradiction,
}
