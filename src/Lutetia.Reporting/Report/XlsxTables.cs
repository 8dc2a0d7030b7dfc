using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Lutetia.Reporting.Report;

/// <summary>tables.xlsx: one sheet per table — its title, the rows (headings bold, items indented), the footnote.</summary>
public static class XlsxTables
{
    public static void Write(IReadOnlyList<DisplayTable> tables, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(tables);
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();
        uint sheetId = 1;
        foreach (var table in tables)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint row = 1;
            data.Append(Row(row++, table.Title, null, style: 1));
            row++;
            data.Append(Row(row++, table.Headings.Label, table.Headings.Value, style: 1));
            foreach (var r in table.Rows)
                data.Append(Row(row++, r.Label, r.Value, style: r.IsHeading ? 1u : r.Indented ? 2u : 0u));
            row++;
            data.Append(Row(row, table.Footnote, null, style: 3));
            part.Worksheet = new Worksheet(
                new Columns(new Column { Min = 1, Max = 1, Width = 62, CustomWidth = true }, new Column { Min = 2, Max = 2, Width = 44, CustomWidth = true }),
                data);
            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId++, Name = table.Id });
        }
        workbook.Workbook.Save();
    }

    private static Row Row(uint index, string label, string? value, uint style)
    {
        var row = new Row { RowIndex = index };
        row.Append(Cell($"A{index}", label, style));
        if (value is not null)
            row.Append(Cell($"B{index}", value, 0));
        return row;
    }

    private static Cell Cell(string reference, string text, uint style) => new()
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        StyleIndex = style,
        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
    };

    /// <summary>Styles: 0 plain, 1 bold, 2 indented, 3 small italic (footnote).</summary>
    private static Stylesheet Stylesheet() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Italic(), new FontSize { Val = 9 }, new FontName { Val = "Calibri" })),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(
            new CellFormat { FontId = 0 },
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat(new Alignment { Indent = 2 }) { FontId = 0, ApplyAlignment = true },
            new CellFormat(new Alignment { WrapText = false }) { FontId = 2, ApplyFont = true }));
}
