using Lutetia.Domain;

namespace Lutetia.Intake;

/// <summary>A cohort as the text rows of each table, in format order: what both writers write.</summary>
public static class CohortRows
{
    public static IEnumerable<(TableSpec Table, IEnumerable<string?[]> Rows, int Count)> Of(Cohort cohort)
    {
        yield return Table(new CentersTable(), cohort.Centers);
        yield return Table(new PatientsTable(), cohort.Patients);
        yield return Table(new MetastaticSitesTable(), cohort.MetastaticSites);
        yield return Table(new PriorTreatmentsTable(), cohort.PriorTreatments);
        yield return Table(new PrrtCyclesTable(), cohort.PrrtCycles);
        yield return Table(new LesionsTable(), cohort.Lesions);
        yield return Table(new ReadsTable(), cohort.Reads);
        yield return Table(new MeasurementsTable(), cohort.Measurements);
        yield return Table(new SymptomsTable(), cohort.Symptoms);
        yield return Table(new LabsTable(), cohort.Labs);
        yield return Table(new ComplicationsTable(), cohort.Complications);
        yield return Table(new ProgressionTable(), cohort.Progressions);
    }

    private static (TableSpec, IEnumerable<string?[]>, int) Table<T>(ITableCodec<T> codec, IReadOnlyList<T> values) =>
        (codec.Spec, Rows(codec, values), values.Count);

    /// <summary>One reused array per table: each row is consumed before the next is made.</summary>
    private static IEnumerable<string?[]> Rows<T>(ITableCodec<T> codec, IReadOnlyList<T> values)
    {
        var cells = new string?[codec.Spec.Columns.Count];
        foreach (var value in values)
        {
            Array.Clear(cells);
            codec.Format(value, cells);
            yield return cells;
        }
    }
}
