namespace Lutetia.Intake;

/// <summary>The cohort interchange format, version 1 (cohort-format.md): its tables in order.</summary>
public static class CohortFormat
{
    public const int Version = 1;

    /// <summary>Every table, in the order the specification lists them and the writer writes them.</summary>
    public static IReadOnlyList<TableSpec> Tables { get; } =
    [
        CentersTable.Table,
        PatientsTable.Table,
        MetastaticSitesTable.Table,
        PriorTreatmentsTable.Table,
        PrrtCyclesTable.Table,
        LesionsTable.Table,
        ReadsTable.Table,
        MeasurementsTable.Table,
        SymptomsTable.Table,
        LabsTable.Table,
        ComplicationsTable.Table,
        ProgressionTable.Table,
    ];

    public static TableSpec? Table(string name)
    {
        foreach (var table in Tables)
        {
            if (string.Equals(table.Name, name, StringComparison.OrdinalIgnoreCase))
                return table;
        }
        return null;
    }
}
