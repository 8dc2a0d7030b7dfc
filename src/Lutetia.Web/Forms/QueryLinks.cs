namespace Lutetia.Web.Forms;

/// <summary>The links that open the raise-a-query form on one field of one record, already filled in.</summary>
public static class QueryLinks
{
    public static string Raise(string patientId, string table, string recordKey, string field) =>
        $"/patients/{Uri.EscapeDataString(patientId)}/queries/new?record={Uri.EscapeDataString(table + "|" + recordKey)}&field={Uri.EscapeDataString(field)}";
}
