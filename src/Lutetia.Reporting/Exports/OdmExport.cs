using System.Globalization;
using System.Text;
using System.Xml;
using Lutetia.Domain;
using Lutetia.Intake;

namespace Lutetia.Reporting.Exports;

/// <summary>
/// The CDISC ODM 1.3.2 export (<c>odm.xml</c>, a Snapshot): the Study's metadata (one form and item
/// group per table, one ItemDef per column with its DataType, a CodeList per enumeration), the
/// centres as AdminData Locations, and ClinicalData with one SubjectData per patient holding every
/// row of theirs as ItemGroupData (repeat keys 1..n). An empty cell has no ItemData.
/// </summary>
public static class OdmExport
{
    public const string FileName = "odm.xml";

    /// <exception cref="ArgumentException">A row names a patient or read the dataset does not hold.</exception>
    public static IReadOnlyList<ExportFile> Files(ExportDataset dataset, ExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(options);
        var tables = dataset.Tables.Where(OdmNames.IsSubjectTable).ToArray();
        var rowsByPatient = new Dictionary<string, List<int>>[tables.Length];
        for (var t = 0; t < tables.Length; t++)
            rowsByPatient[t] = OdmSubjects.RowsByPatient(dataset, tables[t]);
        return [new ExportFile(FileName, stream => Write(stream, dataset, options, tables, rowsByPatient))];
    }

    private static void Write(Stream stream, ExportDataset dataset, ExportOptions options, ExportTable[] tables, Dictionary<string, List<int>>[] rowsByPatient)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using var x = XmlWriter.Create(stream, settings);
        x.WriteStartDocument();
        x.WriteStartElement("ODM", OdmNames.Namespace);
        var created = options.CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);
        OdmMetadata.Attributes(x,
            ("FileType", "Snapshot"), ("Granularity", "All"),
            ("FileOID", options.FileOid ?? "Lutetia." + options.CreatedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)),
            ("CreationDateTime", created), ("ODMVersion", "1.3.2"), ("Originator", "Lutetia"));
        OdmMetadata.Write(x, dataset, options);
        WriteLocations(x, dataset, options);
        WriteClinicalData(x, dataset, tables, rowsByPatient);
        x.WriteEndElement();
        x.WriteEndDocument();
    }

    private static void WriteLocations(XmlWriter x, ExportDataset dataset, ExportOptions options)
    {
        var centers = dataset.Table(OdmNames.CentersTable);
        int id = centers.IndexOf("center_id"), name = centers.IndexOf("name");
        x.WriteStartElement("AdminData", OdmNames.Namespace);
        x.WriteAttributeString("StudyOID", OdmNames.StudyOid);
        foreach (var row in centers.Rows)
        {
            x.WriteStartElement("Location", OdmNames.Namespace);
            OdmMetadata.Attributes(x, ("OID", OdmNames.Location(row[id]!)), ("Name", XmlSafeText.Of(row[name]!)), ("LocationType", "Site"));
            OdmMetadata.Element(x, "MetaDataVersionRef", ("StudyOID", OdmNames.StudyOid), ("MetaDataVersionOID", OdmNames.MetaDataVersionOid),
                ("EffectiveDate", IsoDate.Text(options.CreatedAt)));
            x.WriteEndElement();
        }
        x.WriteEndElement();
    }

    private static void WriteClinicalData(XmlWriter x, ExportDataset dataset, ExportTable[] tables, Dictionary<string, List<int>>[] rowsByPatient)
    {
        var patients = dataset.Table("patients");
        int id = patients.IndexOf(OdmNames.PatientId), center = patients.IndexOf("center_id");
        x.WriteStartElement("ClinicalData", OdmNames.Namespace);
        OdmMetadata.Attributes(x, ("StudyOID", OdmNames.StudyOid), ("MetaDataVersionOID", OdmNames.MetaDataVersionOid));
        foreach (var patient in patients.Rows)
        {
            var key = patient[id]!;
            x.WriteStartElement("SubjectData", OdmNames.Namespace);
            x.WriteAttributeString("SubjectKey", key);
            OdmMetadata.Element(x, "SiteRef", ("LocationOID", OdmNames.Location(patient[center]!)));
            x.WriteStartElement("StudyEventData", OdmNames.Namespace);
            x.WriteAttributeString("StudyEventOID", OdmNames.StudyEventOid);
            for (var t = 0; t < tables.Length; t++)
            {
                if (rowsByPatient[t].TryGetValue(key, out var rows))
                    WriteForm(x, tables[t], rows);
            }
            x.WriteEndElement();
            x.WriteEndElement();
        }
        x.WriteEndElement();
    }

    private static void WriteForm(XmlWriter x, ExportTable table, List<int> rows)
    {
        x.WriteStartElement("FormData", OdmNames.Namespace);
        x.WriteAttributeString("FormOID", OdmNames.Form(table.Name));
        var repeats = OdmNames.Repeats(table);
        for (var r = 0; r < rows.Count; r++)
        {
            x.WriteStartElement("ItemGroupData", OdmNames.Namespace);
            x.WriteAttributeString("ItemGroupOID", OdmNames.ItemGroup(table.Name));
            if (repeats)
                x.WriteAttributeString("ItemGroupRepeatKey", OdmMetadata.Number(r + 1));
            var row = table.Rows[rows[r]];
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var column = table.Columns[c];
                if (!OdmNames.IsItem(column) || string.IsNullOrEmpty(row[c]))
                    continue;
                OdmMetadata.Element(x, "ItemData", ("ItemOID", OdmNames.Item(table.Name, column.Name)), ("Value", XmlSafeText.Of(Value(column, row[c]!))));
            }
            x.WriteEndElement();
        }
        x.WriteEndElement();
    }

    /// <summary>The value in the ODM type: yes/no as the boolean true/false, numbers without exponent, the rest as in the format.</summary>
    private static string Value(ExportColumn column, string cell) => column.Kind switch
    {
        FieldKind.Boolean => cell switch
        {
            "yes" => "true",
            "no" => "false",
            _ => throw new ArgumentException($"{column.Name}: \"{cell}\" is not yes or no", nameof(cell)),
        },
        FieldKind.Decimal => ColumnShape.Plain(cell)!,
        _ => cell,
    };
}
