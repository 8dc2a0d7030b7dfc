using System.Xml.Linq;

namespace Lutetia.Reporting.Tests.Exports;

/// <summary>
/// An ODM file read back: its metadata (item groups, items, code lists, locations) and its clinical
/// data turned into table rows again, patient_id taken from the SubjectKey and booleans back to yes/no.
/// </summary>
internal sealed class OdmDocument
{
    public static readonly XNamespace Odm = "http://www.cdisc.org/ns/odm/v1.3";

    public XDocument Xml { get; }
    public Dictionary<string, string> GroupNames { get; } = [];
    public Dictionary<string, HashSet<string>> ItemsOfGroup { get; } = [];
    public Dictionary<string, (string Name, string DataType, string? CodeList)> Items { get; } = [];
    public Dictionary<string, HashSet<string>> CodeLists { get; } = [];
    public Dictionary<string, string> Locations { get; } = [];

    public OdmDocument(string xml)
    {
        Xml = XDocument.Parse(xml);
        foreach (var group in Xml.Descendants(Odm + "ItemGroupDef"))
        {
            GroupNames[(string)group.Attribute("OID")!] = (string)group.Attribute("Name")!;
            ItemsOfGroup[(string)group.Attribute("OID")!] = group.Elements(Odm + "ItemRef").Select(r => (string)r.Attribute("ItemOID")!).ToHashSet();
        }
        foreach (var item in Xml.Descendants(Odm + "ItemDef"))
            Items[(string)item.Attribute("OID")!] = ((string)item.Attribute("Name")!, (string)item.Attribute("DataType")!,
                (string?)item.Element(Odm + "CodeListRef")?.Attribute("CodeListOID"));
        foreach (var list in Xml.Descendants(Odm + "CodeList"))
            CodeLists[(string)list.Attribute("OID")!] = list.Elements(Odm + "CodeListItem").Select(i => (string)i.Attribute("CodedValue")!).ToHashSet();
        foreach (var location in Xml.Descendants(Odm + "Location"))
            Locations[(string)location.Attribute("OID")!] = (string)location.Attribute("Name")!;
    }

    /// <summary>The rows of one table as the clinical data hold them, cells in the order of <paramref name="columns"/>.</summary>
    public List<string?[]> Rows(string table, IReadOnlyList<string> columns)
    {
        var rows = new List<string?[]>();
        if (table == "centers")
        {
            foreach (var (oid, name) in Locations)
                rows.Add([oid["LOC.".Length..], name]);
            return rows;
        }
        foreach (var subject in Xml.Descendants(Odm + "SubjectData"))
        {
            foreach (var group in subject.Descendants(Odm + "ItemGroupData"))
            {
                if (GroupNames[(string)group.Attribute("ItemGroupOID")!] != table)
                    continue;
                var row = new string?[columns.Count];
                var patient = IndexOf(columns, "patient_id");
                if (patient >= 0)
                    row[patient] = (string)subject.Attribute("SubjectKey")!;
                foreach (var data in group.Elements(Odm + "ItemData"))
                {
                    var (name, type, _) = Items[(string)data.Attribute("ItemOID")!];
                    var value = (string)data.Attribute("Value")!;
                    row[IndexOf(columns, name)] = type == "boolean" ? value == "true" ? "yes" : "no" : value;
                }
                rows.Add(row);
            }
        }
        return rows;
    }

    private static int IndexOf(IReadOnlyList<string> columns, string name)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] == name)
                return i;
        }
        return -1;
    }
}
