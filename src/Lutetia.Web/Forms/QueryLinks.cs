using Lutetia.Workflow.Patients;

namespace Lutetia.Web.Forms;

/// <summary>
/// The links between queries and the forms: the raise-a-query page already filled in for one field
/// of one record, and the patient's page that shows a field, scrolled to its input
/// (<c>f-{table}-{row}-{column}</c>, the id a field's input carries).
/// </summary>
public static class QueryLinks
{
    /// <summary>The patient's pages and the forms on each, in the order of the tabs.</summary>
    private static readonly (string Page, CrfForm Form)[] Pages =
    [
        ("", CrfForm.Tumour), ("", CrfForm.MetastaticSites), ("", CrfForm.PriorTreatments),
        ("/cycles", CrfForm.PrrtCycles), ("/cycles", CrfForm.EndOfPrrt),
        ("/clinical", CrfForm.Symptoms), ("/clinical", CrfForm.Labs), ("/clinical", CrfForm.Complications),
        ("/follow-up", CrfForm.VitalStatus), ("/follow-up", CrfForm.Progression),
        ("/imaging", CrfForm.Lesions), ("/imaging", CrfForm.Reads),
    ];

    public static string Raise(string patientId, string table, string recordKey, string field) =>
        $"/patients/{Uri.EscapeDataString(patientId)}/queries/new?record={Uri.EscapeDataString(table + "|" + recordKey)}&field={Uri.EscapeDataString(field)}";

    /// <summary>
    /// The page that shows the field, at the field: its form's page with the input's id as fragment;
    /// a measurement's, the lesion grid of its read. Null when no page shows it (a record deleted since).
    /// </summary>
    public static string? Field(string patientId, string table, string recordKey, string field, string? row)
    {
        var patient = $"/patients/{Uri.EscapeDataString(patientId)}";
        if (table == "measurements")
            return $"{patient}/reads/{Uri.EscapeDataString(recordKey.Split('/', 2)[0])}";
        if (row is null)
            return null;
        foreach (var (page, form) in Pages)
        {
            if (form.Table.Name == table && (form.Only is null || form.Only.Contains(field)))
                return $"{patient}{page}#{FieldIds.Field(table, FieldIds.Row(recordKey), field)}";
        }
        return null;
    }
}
