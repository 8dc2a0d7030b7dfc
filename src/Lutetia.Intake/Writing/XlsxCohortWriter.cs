using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Lutetia.Domain;

namespace Lutetia.Intake;

/// <summary>
/// Writes a cohort as one .xlsx workbook, a sheet per table (streamed, so large cohorts fit in
/// memory). Numbers are number cells; dates, codes and identifiers are text, so that Excel never
/// turns an ISO date or an identifier such as 001 into something else. The header row is bold
/// and frozen. Written to a temporary file and renamed when complete.
/// </summary>
public static class XlsxCohortWriter
{
    public static void Write(Cohort cohort, string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp";
        try
        {
            using (var document = SpreadsheetDocument.Create(temporary, SpreadsheetDocumentType.Workbook))
                WriteWorkbook(document, cohort);
            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    private static void WriteWorkbook(SpreadsheetDocument document, Cohort cohort)
    {
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        AddStyles(workbookPart);
        var sheets = workbookPart.Workbook.AppendChild(new Sheets());
        uint sheetId = 1;
        foreach (var (table, rows, _) in CohortRows.Of(cohort))
        {
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            WriteSheet(sheetPart, table, rows);
            sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = sheetId++, Name = table.Name });
        }
        workbookPart.Workbook.Save();
    }

    private static void WriteSheet(WorksheetPart part, TableSpec table, IEnumerable<string?[]> rows)
    {
        var numeric = table.Columns.Select(c => c.Kind is FieldKind.Integer or FieldKind.Decimal).ToArray();
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(new Pane
        {
            VerticalSplit = 1,
            TopLeftCell = "A2",
            ActivePane = PaneValues.BottomLeft,
            State = PaneStateValues.Frozen,
        })
        { WorkbookViewId = 0 }));
        writer.WriteStartElement(new SheetData());
        uint rowIndex = 1;
        WriteRow(writer, rowIndex, table.Columns.Select(c => c.Name).ToArray(), null, style: 1);
        foreach (var row in rows)
            WriteRow(writer, ++rowIndex, row, numeric, style: 0);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteRow(OpenXmlWriter writer, uint rowIndex, string?[] cells, bool[]? numeric, uint style)
    {
        writer.WriteStartElement(new Row { RowIndex = rowIndex });
        var suffix = rowIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < cells.Length; i++)
        {
            if (string.IsNullOrEmpty(cells[i]))
                continue;
            var reference = ColumnName(i) + suffix;
            if (numeric is not null && numeric[i])
            {
                writer.WriteElement(new Cell(new CellValue(cells[i]!)) { DataType = CellValues.Number, CellReference = reference });
            }
            else
            {
                var cell = new Cell(new InlineString(new Text(XmlSafeText.Of(cells[i]!)) { Space = SpaceProcessingModeValues.Preserve }))
                {
                    DataType = CellValues.InlineString,
                    CellReference = reference,
                };
                if (style != 0)
                    cell.StyleIndex = style;
                writer.WriteElement(cell);
            }
        }
        writer.WriteEndElement();
    }

    /// <summary>The column letters of a zero-based column index: 0 → A, 26 → AA.</summary>
    private static string ColumnName(int index)
    {
        var name = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
            name = (char)('A' + (i - 1) % 26) + name;
        return name;
    }

    private static void AddStyles(WorkbookPart workbook)
    {
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
            { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }) { Count = 2 });
        styles.Stylesheet.Save();
    }
}
