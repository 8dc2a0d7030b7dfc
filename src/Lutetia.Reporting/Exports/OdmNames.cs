using Lutetia.Intake;

namespace Lutetia.Reporting.Exports;

/// <summary>
/// The OIDs and names of the ODM export (docs/exports.md, "ODM mapping"): one form and one item
/// group per table, one item per column, one code list per enumerated column, one location per centre.
/// </summary>
internal static class OdmNames
{
    public const string Namespace = "http://www.cdisc.org/ns/odm/v1.3";
    public const string StudyOid = "ST.LUTETIA";
    public const string MetaDataVersionOid = "MDV.LUTETIA.1";
    public const string StudyEventOid = "SE.COHORT";
    public const string CentersTable = "centers";
    public const string PatientId = "patient_id";
    public const string ReadId = "read_id";

    public static string Form(string table) => "F." + table.ToUpperInvariant();

    public static string ItemGroup(string table) => "IG." + table.ToUpperInvariant();

    public static string Item(string table, string column) => "IT." + table.ToUpperInvariant() + "." + column.ToUpperInvariant();

    public static string CodeList(string table, string column) => "CL." + table.ToUpperInvariant() + "." + column.ToUpperInvariant();

    public static string Location(string center) => "LOC." + center;

    /// <summary>ODM 1.3.2 §3.1.4 DataType: the ODM type of each kind of column.</summary>
    public static string DataType(FieldKind kind) => kind switch
    {
        FieldKind.Identifier or FieldKind.Text or FieldKind.Enumeration => "text",
        FieldKind.Date => "date",
        FieldKind.Boolean => "boolean",
        FieldKind.Integer => "integer",
        FieldKind.Decimal => "float",
        _ => throw new ArgumentException($"no ODM data type for {kind}", nameof(kind)),
    };

    /// <summary>The tables whose rows belong to a subject: all but centers, which are the study's locations.</summary>
    public static bool IsSubjectTable(ExportTable table) => table.Name != CentersTable;

    /// <summary>A subject table's items: every column but patient_id, which is the SubjectKey.</summary>
    public static bool IsItem(ExportColumn column) => column.Name != PatientId;

    /// <summary>An item group repeats, except the one-row-per-patient tables.</summary>
    public static bool Repeats(ExportTable table) => table.Name is not ("patients" or EndpointsExportTable.Name);
}
