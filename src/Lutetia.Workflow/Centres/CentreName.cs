using Lutetia.Intake;

namespace Lutetia.Workflow.Centres;

/// <summary>
/// The rule of a centre's display name, the format's (centers.csv's name column: its text rule and
/// declared length, the database's too): what <see cref="AddCentre"/> and <see cref="RenameCentre"/> check.
/// </summary>
internal static class CentreName
{
    public const string IdField = "center_id";
    public const string NameField = "name";

    private static readonly FieldSpec NameColumn = CohortFormat.Table("centers")!.Column("name")!;

    /// <summary>The problem of <paramref name="name"/> (null when none): missing, or breaking the format's text rule.</summary>
    public static FieldProblem? Problem(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return new FieldProblem(NameField, "the centre's name is required (cohort-format.md, centers.csv: name)");
        return NameColumn.Check(name) is { } issue
            ? new FieldProblem(NameField, $"the centre's name: {issue.Message}. Fix: {issue.Hint}")
            : null;
    }
}
