namespace Lutetia.Storage.Workflow;

/// <summary>
/// The time a workflow step is stamped with. (Saving a step moved to the application layer:
/// Lutetia.Workflow's <c>AuditedSave</c>, which also reports a key another save took.)
/// </summary>
internal static class WorkflowSave
{
    /// <summary>UTC now to the microsecond, what both databases keep exactly.</summary>
    public static DateTime Now(TimeProvider clock) => AuditHash.ToMicroseconds(clock.GetUtcNow().UtcDateTime);
}
