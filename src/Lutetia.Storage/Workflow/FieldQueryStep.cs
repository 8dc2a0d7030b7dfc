namespace Lutetia.Storage.Workflow;

/// <summary>One step of a query's history as the pages show it: who did what, when, and what they wrote.</summary>
public sealed record FieldQueryStep(int Step, QueryAction Action, QueryStatus Status, string By, DateTime AtUtc, string Text)
{
    /// <summary>The step of a stored row.</summary>
    public static FieldQueryStep Of(FieldQueryStepRow r) => new(r.Step, r.Action, r.Status, r.By, r.AtUtc, r.Text);
}
