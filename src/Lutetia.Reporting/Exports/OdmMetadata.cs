using System.Globalization;
using System.Xml;
using Lutetia.Intake;

namespace Lutetia.Reporting.Exports;

/// <summary>The Study element of the ODM export: GlobalVariables and the MetaDataVersion (ODM 1.3.2 §3.1).</summary>
internal static class OdmMetadata
{
    public static void Write(XmlWriter x, ExportDataset dataset, ExportOptions options)
    {
        var subjectTables = dataset.Tables.Where(OdmNames.IsSubjectTable).ToArray();
        x.WriteStartElement("Study", OdmNames.Namespace);
        x.WriteAttributeString("OID", OdmNames.StudyOid);
        x.WriteStartElement("GlobalVariables", OdmNames.Namespace);
        x.WriteElementString("StudyName", OdmNames.Namespace, options.StudyName);
        x.WriteElementString("StudyDescription", OdmNames.Namespace,
            "Outcome research on 177Lu-DOTATATE PRRT: the raw tables of the Lutetia cohort format (version "
            + CohortFormat.Version.ToString(CultureInfo.InvariantCulture) + ")" + (dataset.Tables.Any(t => t.Name == EndpointsExportTable.Name) ? " and the MesenLuth endpoints" : ""));
        x.WriteElementString("ProtocolName", OdmNames.Namespace, "MesenLuth");
        x.WriteEndElement();

        x.WriteStartElement("MetaDataVersion", OdmNames.Namespace);
        x.WriteAttributeString("OID", OdmNames.MetaDataVersionOid);
        x.WriteAttributeString("Name", "Lutetia cohort format " + CohortFormat.Version.ToString(CultureInfo.InvariantCulture));
        x.WriteStartElement("Protocol", OdmNames.Namespace);
        Element(x, "StudyEventRef", ("StudyEventOID", OdmNames.StudyEventOid), ("OrderNumber", "1"), ("Mandatory", "Yes"));
        x.WriteEndElement();

        x.WriteStartElement("StudyEventDef", OdmNames.Namespace);
        Attributes(x, ("OID", OdmNames.StudyEventOid), ("Name", "Cohort record"), ("Repeating", "No"), ("Type", "Common"));
        for (var i = 0; i < subjectTables.Length; i++)
            Element(x, "FormRef", ("FormOID", OdmNames.Form(subjectTables[i].Name)), ("OrderNumber", Number(i + 1)), ("Mandatory", "No"));
        x.WriteEndElement();

        foreach (var table in subjectTables)
        {
            x.WriteStartElement("FormDef", OdmNames.Namespace);
            Attributes(x, ("OID", OdmNames.Form(table.Name)), ("Name", table.Name), ("Repeating", "No"));
            Element(x, "ItemGroupRef", ("ItemGroupOID", OdmNames.ItemGroup(table.Name)), ("Mandatory", "No"));
            x.WriteEndElement();
        }
        foreach (var table in subjectTables)
            WriteItemGroupDef(x, table);
        foreach (var table in subjectTables)
        {
            for (var i = 0; i < table.Columns.Count; i++)
            {
                if (OdmNames.IsItem(table.Columns[i]))
                    WriteItemDef(x, table, table.Columns[i], ColumnShape.Of(table, i));
            }
        }
        foreach (var table in subjectTables)
        {
            foreach (var column in table.Columns)
            {
                if (column.Kind == FieldKind.Enumeration)
                    WriteCodeList(x, table, column);
            }
        }
        x.WriteEndElement();
        x.WriteEndElement();
    }

    private static void WriteItemGroupDef(XmlWriter x, ExportTable table)
    {
        x.WriteStartElement("ItemGroupDef", OdmNames.Namespace);
        Attributes(x, ("OID", OdmNames.ItemGroup(table.Name)), ("Name", table.Name), ("Repeating", OdmNames.Repeats(table) ? "Yes" : "No"));
        Description(x, table.Label);
        var order = 0;
        foreach (var column in table.Columns)
        {
            if (OdmNames.IsItem(column))
                Element(x, "ItemRef", ("ItemOID", OdmNames.Item(table.Name, column.Name)), ("OrderNumber", Number(++order)),
                    ("Mandatory", column.Required ? "Yes" : "No"));
        }
        x.WriteEndElement();
    }

    private static void WriteItemDef(XmlWriter x, ExportTable table, ExportColumn column, ColumnShape shape)
    {
        x.WriteStartElement("ItemDef", OdmNames.Namespace);
        Attributes(x, ("OID", OdmNames.Item(table.Name, column.Name)), ("Name", column.Name), ("DataType", OdmNames.DataType(column.Kind)));
        var length = column.Kind switch
        {
            FieldKind.Identifier => 64,
            FieldKind.Text or FieldKind.Integer or FieldKind.Decimal or FieldKind.Enumeration => Math.Max(1, shape.MaxBytes),
            _ => 0,
        };
        if (column.Kind == FieldKind.Enumeration)
            length = Math.Max(1, column.Codes.Max(c => c.Length));
        if (length > 0)
            x.WriteAttributeString("Length", Number(length));
        if (column.Kind == FieldKind.Decimal)
            x.WriteAttributeString("SignificantDigits", Number(shape.MaxDecimals));
        Description(x, column.Label);
        if (column.Kind == FieldKind.Enumeration)
            Element(x, "CodeListRef", ("CodeListOID", OdmNames.CodeList(table.Name, column.Name)));
        x.WriteEndElement();
    }

    private static void WriteCodeList(XmlWriter x, ExportTable table, ExportColumn column)
    {
        x.WriteStartElement("CodeList", OdmNames.Namespace);
        Attributes(x, ("OID", OdmNames.CodeList(table.Name, column.Name)), ("Name", table.Name + "." + column.Name), ("DataType", "text"));
        for (var i = 0; i < column.Codes.Count; i++)
        {
            x.WriteStartElement("CodeListItem", OdmNames.Namespace);
            x.WriteAttributeString("CodedValue", column.Codes[i]);
            x.WriteAttributeString("OrderNumber", Number(i + 1));
            x.WriteStartElement("Decode", OdmNames.Namespace);
            TranslatedText(x, column.CodeLabels[i]);
            x.WriteEndElement();
            x.WriteEndElement();
        }
        x.WriteEndElement();
    }

    private static void Description(XmlWriter x, string text)
    {
        x.WriteStartElement("Description", OdmNames.Namespace);
        TranslatedText(x, text);
        x.WriteEndElement();
    }

    private static void TranslatedText(XmlWriter x, string text)
    {
        x.WriteStartElement("TranslatedText", OdmNames.Namespace);
        x.WriteAttributeString("xml", "lang", null, "en");
        x.WriteString(text);
        x.WriteEndElement();
    }

    internal static void Element(XmlWriter x, string name, params (string Name, string Value)[] attributes)
    {
        x.WriteStartElement(name, OdmNames.Namespace);
        Attributes(x, attributes);
        x.WriteEndElement();
    }

    internal static void Attributes(XmlWriter x, params (string Name, string Value)[] attributes)
    {
        foreach (var (name, value) in attributes)
            x.WriteAttributeString(name, value);
    }

    internal static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
