using Lutetia.Domain;
using Lutetia.Intake;

namespace Lutetia.Reporting.Exports;

/// <summary>
/// A cohort as the twelve tables of the cohort format (cohort-format.md), in the format's order,
/// each cell in the format's canonical text, so that an export holds exactly what the cohort's
/// CSV files hold.
/// </summary>
internal static class CohortExportTables
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["centers"] = "One participating centre",
        ["patients"] = "One patient",
        ["metastatic_sites"] = "One metastatic site of a patient at first PRRT",
        ["prior_treatments"] = "One treatment a patient received before PRRT",
        ["prrt_cycles"] = "One administered 177Lu-DOTATATE cycle",
        ["lesions"] = "One lesion followed on imaging",
        ["reads"] = "One reading of one imaging exam by one reader",
        ["measurements"] = "What one read saw of one lesion",
        ["symptoms"] = "One symptom at one assessment",
        ["labs"] = "One laboratory value",
        ["complications"] = "One gastrointestinal complication after the first dose",
        ["progression"] = "One progression documented without measurements",
    };

    /// <summary>
    /// The rows are the cohort writer's own (Intake's CohortRows), so an export holds exactly the
    /// text of the cohort's CSV files, and the columns the format's specification.
    /// </summary>
    public static IReadOnlyList<ExportTable> Of(Cohort cohort)
    {
        var tables = new List<ExportTable>(Labels.Count);
        foreach (var (spec, rows, count) in CohortRows.Of(cohort))
        {
            var columns = new ExportColumn[spec.Columns.Count];
            for (var i = 0; i < columns.Length; i++)
                columns[i] = Column(spec.Name, spec.Columns[i]);
            var copied = new string?[count][];
            var r = 0;
            foreach (var row in rows)
                copied[r++] = (string?[])row.Clone(); // the writer reuses one array per table
            tables.Add(new ExportTable { Name = spec.Name, Label = Labels[spec.Name], Columns = columns, Rows = copied });
        }
        return tables;
    }

    internal static ExportColumn Column(string table, FieldSpec field) => new()
    {
        Name = field.Name,
        Kind = field.Kind,
        Required = field.Required,
        Label = VariableLabels.Of(table, field.Name),
        Codes = field.Codes,
        CodeLabels = CodeLabels.Of(field.Codes),
    };
}
