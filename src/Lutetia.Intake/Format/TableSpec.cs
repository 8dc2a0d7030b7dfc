namespace Lutetia.Intake;

/// <summary>One file of the cohort format (one sheet of the workbook form).</summary>
public sealed record TableSpec
{
    /// <summary>The sheet name and the file name without <c>.csv</c>: <c>patients</c>.</summary>
    public required string Name { get; init; }

    /// <summary>A required file must be present (it may hold only its header).</summary>
    public required bool Required { get; init; }

    /// <summary>centers and patients need at least one row.</summary>
    public required bool NeedsRows { get; init; }

    public required IReadOnlyList<FieldSpec> Columns { get; init; }

    public string FileName => Name + ".csv";

    public FieldSpec? Column(string name)
    {
        foreach (var column in Columns)
        {
            if (column.Name == name)
                return column;
        }
        return null;
    }
}
