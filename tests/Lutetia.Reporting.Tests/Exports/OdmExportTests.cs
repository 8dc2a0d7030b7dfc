using System.Globalization;
using System.Xml.Linq;
using Lutetia.Intake;
using Lutetia.Reporting.Exports;

namespace Lutetia.Reporting.Tests.Exports;

/// <summary>The CDISC ODM 1.3.2 export: well-formed, self-consistent metadata, and every row given back.</summary>
public sealed class OdmExportTests
{
    private static readonly string Xml = OdmExport.Files(ExportSamples.Dataset, ExportSamples.Options).Single().ReadText();
    private static readonly OdmDocument Document = new(Xml);

    [Fact]
    public void The_file_is_odm_1_3_2_in_the_odm_namespace_with_the_creation_time_it_was_given()
    {
        var root = Document.Xml.Root!;

        Assert.Equal(OdmDocument.Odm + "ODM", root.Name);
        Assert.Equal("1.3.2", (string?)root.Attribute("ODMVersion"));
        Assert.Equal("Snapshot", (string?)root.Attribute("FileType"));
        Assert.Equal("2026-11-25T20:15:00+00:00", (string?)root.Attribute("CreationDateTime"));
        Assert.Equal("Lutetia.20261125T201500Z", (string?)root.Attribute("FileOID"));
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", Xml, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_cohort_and_options_give_the_same_bytes()
    {
        var again = OdmExport.Files(ExportSamples.Dataset, ExportSamples.Options with { FileOid = null }).Single().ReadText();
        var named = OdmExport.Files(ExportSamples.Dataset, ExportSamples.Options with { FileOid = "ARCHIVE.1" }).Single().ReadText();

        Assert.Equal(Xml, again);
        Assert.Contains("FileOID=\"ARCHIVE.1\"", named, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_item_data_is_defined_in_its_item_group_and_has_a_value_of_its_data_type()
    {
        var data = Document.Xml.Descendants(OdmDocument.Odm + "ItemData").ToArray();

        Assert.NotEmpty(data);
        foreach (var item in data)
        {
            var oid = (string)item.Attribute("ItemOID")!;
            var group = (string)item.Parent!.Attribute("ItemGroupOID")!;
            Assert.True(Document.Items.ContainsKey(oid), $"ItemData {oid} has no ItemDef");
            Assert.True(Document.ItemsOfGroup[group].Contains(oid), $"ItemData {oid} is not an ItemRef of {group}");
            var value = (string)item.Attribute("Value")!;
            var type = Document.Items[oid].DataType;
            var valid = type switch
            {
                "integer" => int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
                "float" => decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _),
                "date" => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                "boolean" => value is "true" or "false",
                "text" => value.Length > 0,
                _ => false,
            };
            Assert.True(valid, $"{oid} = \"{value}\" is not a valid {type}");
        }
    }

    [Fact]
    public void Every_coded_value_is_in_its_code_list_and_every_group_form_and_site_is_defined()
    {
        foreach (var item in Document.Xml.Descendants(OdmDocument.Odm + "ItemData"))
        {
            if (Document.Items[(string)item.Attribute("ItemOID")!].CodeList is { } list)
                Assert.Contains((string)item.Attribute("Value")!, Document.CodeLists[list]);
        }
        var forms = Document.Xml.Descendants(OdmDocument.Odm + "FormDef").Select(f => (string)f.Attribute("OID")!).ToHashSet();
        Assert.All(Document.Xml.Descendants(OdmDocument.Odm + "FormData"), f => Assert.Contains((string)f.Attribute("FormOID")!, forms));
        Assert.All(Document.Xml.Descendants(OdmDocument.Odm + "ItemGroupData"),
            g => Assert.True(Document.GroupNames.ContainsKey((string)g.Attribute("ItemGroupOID")!)));
        Assert.All(Document.Xml.Descendants(OdmDocument.Odm + "SiteRef"),
            s => Assert.True(Document.Locations.ContainsKey((string)s.Attribute("LocationOID")!)));
        Assert.Equal(ExportSamples.Cohort.Patients.Count, Document.Xml.Descendants(OdmDocument.Odm + "SubjectData").Count());
    }

    [Fact]
    public void Every_code_list_holds_the_formats_codes_in_order_with_their_labels()
    {
        var sex = Document.Xml.Descendants(OdmDocument.Odm + "CodeList").Single(c => (string?)c.Attribute("OID") == "CL.PATIENTS.SEX");
        var items = sex.Elements(OdmDocument.Odm + "CodeListItem").ToArray();

        Assert.Equal(["female", "male"], items.Select(i => (string)i.Attribute("CodedValue")!));
        Assert.Equal(["Female", "Male"], items.Select(i => i.Descendants(OdmDocument.Odm + "TranslatedText").Single().Value));
        Assert.Equal(10, Document.CodeLists["CL.ENDPOINTS.EXCLUSION_REASON"].Count);
    }

    [Fact]
    public void Reading_the_clinical_data_back_gives_every_row_of_every_table()
    {
        foreach (var table in ExportSamples.Dataset.Tables)
        {
            var back = Document.Rows(table.Name, table.Columns.Select(c => c.Name).ToArray());
            Assert.Equal(ExportSamples.SortedRows(table.Rows), ExportSamples.SortedRows(back));
        }
    }

    [Fact]
    public void The_rows_read_back_are_a_valid_cohort_equal_to_the_one_exported()
    {
        using var original = new ExportFolder();
        using var back = new ExportFolder();
        using var rewritten = new ExportFolder();
        CsvCohortWriter.Write(ExportSamples.Cohort, original.Path);
        foreach (var spec in CohortFormat.Tables)
        {
            var columns = spec.Columns.Select(c => c.Name).ToArray();
            var table = new ExportTable
            {
                Name = spec.Name,
                Label = spec.Name,
                Rows = Document.Rows(spec.Name, columns),
                Columns = ExportSamples.Dataset.Table(spec.Name).Columns,
            };
            File.WriteAllText(back.File(spec.FileName), RExport.Files(new ExportDataset { Tables = [table] })[0].ReadText());
        }

        var cohort = CohortReader.ReadValid(back.Path, ExportSamples.Today);
        CsvCohortWriter.Write(cohort, rewritten.Path);

        foreach (var spec in CohortFormat.Tables)
            Assert.Equal(File.ReadAllLines(original.File(spec.FileName)).Order(StringComparer.Ordinal),
                File.ReadAllLines(rewritten.File(spec.FileName)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_cohort_without_endpoints_has_no_endpoints_form()
    {
        var xml = OdmExport.Files(ExportDataset.From(ExportSamples.Cohort), ExportSamples.Options).Single().ReadText();

        Assert.DoesNotContain("F.ENDPOINTS", xml, StringComparison.Ordinal);
        Assert.Contains("F.PATIENTS", XDocument.Parse(xml).ToString(), StringComparison.Ordinal);
    }
}
