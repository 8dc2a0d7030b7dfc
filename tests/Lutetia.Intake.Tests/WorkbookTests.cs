using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Lutetia.Intake.Tests;

/// <summary>The .xlsx form of a cohort: read, written, and every way a workbook can be wrong.</summary>
public sealed class WorkbookTests
{
    private static string Workbook(TemporaryFolder folder, TestCohort? cohort = null)
    {
        var csv = Path.Combine(folder.Path, "csv");
        Directory.CreateDirectory(csv);
        using var source = new TemporaryFolder();
        var model = CohortReader.ReadValid((cohort ?? new TestCohort()).WriteTo(source), TestCohort.Today);
        var path = folder.File("cohort.xlsx");
        XlsxCohortWriter.Write(model, path);
        return path;
    }

    [Fact]
    public void A_workbook_written_by_lutetia_reads_back_to_the_same_cohort()
    {
        using var folder = new TemporaryFolder();
        using var source = new TemporaryFolder();
        var original = CohortReader.ReadValid(new TestCohort().WriteTo(source), TestCohort.Today);

        var result = CohortReader.Read(Workbook(folder), new ReadOptions(TestCohort.Today));

        Assert.Empty(result.Problems.Errors);
        CohortAssert.Equal(original, result.Cohort!);
    }

    [Fact]
    public void Problems_in_a_workbook_name_the_workbook_and_the_sheet()
    {
        using var folder = new TemporaryFolder();
        var path = Workbook(folder);
        SetCell(path, "labs", "D3", "high", number: false);

        var problem = Assert.Single(CohortReader.Read(path, new ReadOptions(TestCohort.Today)).Problems.Errors);

        Assert.Equal(("[cohort.xlsx]labs", 3, "value", "high", "number"), (problem.File, problem.Row, problem.Column, problem.Value, problem.Rule));
    }

    [Fact]
    public void A_date_typed_in_excel_is_read_as_the_date_the_user_sees()
    {
        using var folder = new TemporaryFolder();
        var path = Workbook(folder);
        // 42358 is 2015-12-20 in Excel's 1900 date system; style 2 shows it as a date (numFmt 14).
        SetCell(path, "labs", "B2", "42358", number: true, dateStyle: true);

        var result = CohortReader.Read(path, new ReadOptions(TestCohort.Today));

        Assert.Empty(result.Problems.Errors);
        Assert.Equal(new DateOnly(2015, 12, 20), result.Cohort!.Labs[0].Date);
    }

    [Fact]
    public void A_missing_sheet_is_reported()
    {
        using var folder = new TemporaryFolder();
        var path = Workbook(folder);
        using (var document = SpreadsheetDocument.Open(path, isEditable: true))
        {
            var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "reads");
            document.WorkbookPart.DeletePart(sheet.Id!);
            sheet.Remove();
        }

        var problems = CohortReader.Read(path, new ReadOptions(TestCohort.Today)).Problems;

        var problem = Assert.Single(problems.Errors);
        Assert.Equal(("[cohort.xlsx]reads", "file_missing"), (problem.File, problem.Rule));
    }

    [Fact]
    public void An_extra_sheet_is_reported()
    {
        using var folder = new TemporaryFolder();
        var path = Workbook(folder);
        using (var document = SpreadsheetDocument.Open(path, isEditable: true))
        {
            var part = document.WorkbookPart!.AddNewPart<WorksheetPart>();
            part.Worksheet = new Worksheet(new SheetData());
            document.WorkbookPart.Workbook.Sheets!.Append(new Sheet { Id = document.WorkbookPart.GetIdOfPart(part), SheetId = 99, Name = "Notes" });
        }

        var problem = Assert.Single(CohortReader.Read(path, new ReadOptions(TestCohort.Today)).Problems.Errors);

        Assert.Equal(("[cohort.xlsx]Notes", "file_unknown"), (problem.File, problem.Rule));
    }

    [Fact]
    public void A_password_protected_workbook_gets_a_clear_message()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("protected.xlsx");
        // An encrypted .xlsx is an OLE compound file: this is its signature followed by padding.
        File.WriteAllBytes(path, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]]);

        var problem = Assert.Single(CohortReader.Read(path, new ReadOptions(TestCohort.Today)).Problems.Errors);

        Assert.Equal("workbook", problem.Rule);
        Assert.Contains("password", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupt_workbook_gets_a_clear_message()
    {
        using var folder = new TemporaryFolder();
        var path = Workbook(folder);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var problem = Assert.Single(CohortReader.Read(path, new ReadOptions(TestCohort.Today)).Problems.Errors);

        Assert.Equal("workbook", problem.Rule);
        Assert.Contains("damaged", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sheet_whose_xml_breaks_off_is_reported_at_the_row_where_it_broke()
    {
        using var folder = new TemporaryFolder();
        var path = Workbook(folder);
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Update))
        {
            // The reads sheet is the 7th table of the format: cut its XML in the middle of row 3.
            var entry = zip.GetEntry("xl/worksheets/sheet7.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
                xml = reader.ReadToEnd();
            var cut = xml.IndexOf("<x:row r=\"3\"", StringComparison.Ordinal) is var i and >= 0 ? i : xml.IndexOf("<row r=\"3\"", StringComparison.Ordinal);
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet7.xml").Open());
            writer.Write(xml[..(cut + 20)]);
        }

        var problem = Assert.Single(CohortReader.Read(path, new ReadOptions(TestCohort.Today)).Problems.Errors, p => p.Rule == "workbook");

        Assert.Equal($"[{Path.GetFileName(path)}]reads", problem.File);
        Assert.Equal(3, problem.Row);
        Assert.Contains("damaged after row 2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_file_named_xlsx_gets_a_clear_message()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("cohort.xlsx");
        File.WriteAllText(path, "patient_id,center_id\n");

        var problem = Assert.Single(CohortReader.Read(path, new ReadOptions(TestCohort.Today)).Problems.Errors);

        Assert.Equal("workbook", problem.Rule);
    }

    internal static void SetCell(string path, string sheetName, string reference, string value, bool number, bool dateStyle = false)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: true);
        var workbook = document.WorkbookPart!;
        if (dateStyle)
        {
            var formats = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!;
            formats.Append(new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true });
            formats.Count = (uint)formats.ChildElements.Count;
        }
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var cell = part.Worksheet.Descendants<Cell>().Single(c => c.CellReference == reference);
        cell.RemoveAllChildren();
        if (number)
        {
            cell.DataType = CellValues.Number;
            cell.CellValue = new CellValue(value);
            if (dateStyle)
                cell.StyleIndex = 2;
        }
        else
        {
            cell.DataType = CellValues.InlineString;
            cell.InlineString = new InlineString(new Text(value));
        }
        part.Worksheet.Save();
    }
}
