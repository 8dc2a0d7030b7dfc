using Lutetia.Intake;
using Lutetia.Storage;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Lutetia.Workflow.Imaging;

/// <summary>
/// The lesion grid of one read as it was opened, kept by the server (the page's circuit, or the
/// request) until it is saved: the read, the patient's lesions, the measurement columns of the
/// read's modality with their stored properties, the measurements stored then (each with the version
/// it had, so that a save detects someone else's change), the reads of the series up to this one and
/// their measurements (for the criteria), and whether the account may save.
/// </summary>
public sealed record LesionGridData(
    ReadRow Read,
    IReadOnlyList<LesionRow> Lesions,
    IReadOnlyList<FieldSpec> Columns,
    IReadOnlyList<IProperty> Properties,
    IReadOnlyDictionary<string, MeasurementRow> Stored,
    IReadOnlyList<ReadRow> Series,
    IReadOnlyList<MeasurementRow> Earlier,
    bool CanWrite)
{
    /// <summary>The key of a cell: lesion and column, e.g. <c>M1:diameter_mm</c>.</summary>
    public static string Cell(string lesion, string column) => $"{lesion}:{column}";

    /// <summary>The stored text of every cell ("" for a lesion without a measurement).</summary>
    public Dictionary<string, string> StoredTexts()
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var lesion in Lesions)
        {
            for (var i = 0; i < Columns.Count; i++)
                texts[Cell(lesion.LesionId, Columns[i].Name)] = Stored.TryGetValue(lesion.LesionId, out var m) ? Patients.RowCells.Text(Properties[i], m) : "";
        }
        return texts;
    }
}
