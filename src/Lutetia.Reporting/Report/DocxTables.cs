using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Lutetia.Reporting.Report;

/// <summary>
/// tables.docx in journal style: each table with its title above, horizontal rules only (top,
/// below the last row, bottom), group headings bold, items indented, the footnote below in small type.
/// </summary>
public static class DocxTables
{
    public static void Write(IReadOnlyList<DisplayTable> tables, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(tables);
        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = new Body();
        for (var i = 0; i < tables.Count; i++)
        {
            var table = tables[i];
            body.Append(Paragraph(table.Title, bold: true, size: 22, pageBreakBefore: i > 0));
            body.Append(Table(table));
            body.Append(Paragraph(table.Footnote, bold: false, size: 16, italic: true));
        }
        // A4 portrait, 2 cm margins.
        body.Append(new SectionProperties(
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134, Header = 709, Footer = 709, Gutter = 0 }));
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static Table Table(DisplayTable table)
    {
        var t = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 12 },
                new BottomBorder { Val = BorderValues.Single, Size = 12 },
                new InsideHorizontalBorder { Val = BorderValues.None },
                new InsideVerticalBorder { Val = BorderValues.None },
                new LeftBorder { Val = BorderValues.None },
                new RightBorder { Val = BorderValues.None })));
        t.Append(new TableGrid(new GridColumn { Width = "5800" }, new GridColumn { Width = "3800" }));
        // The heading row repeats on each page and is ruled off from the body.
        var rule = new TableCellProperties(new TableCellBorders(new BottomBorder { Val = BorderValues.Single, Size = 6 }));
        var headingLabel = Cell(table.Headings.Label, bold: true, indent: 0, right: false);
        var headingValue = Cell(table.Headings.Value, bold: true, indent: 0, right: true);
        headingLabel.PrependChild((TableCellProperties)rule.CloneNode(true));
        headingValue.PrependChild(rule);
        t.Append(new TableRow(new TableRowProperties(new TableHeader()), headingLabel, headingValue));
        foreach (var row in table.Rows)
        {
            var label = Cell(row.Label, bold: row.IsHeading, indent: row.Indented ? 340 : 0, right: false);
            var value = Cell(row.Value ?? "", bold: false, indent: 0, right: true);
            t.Append(new TableRow(label, value));
        }
        return t;
    }

    private static TableCell Cell(string text, bool bold, int indent, bool right)
    {
        var properties = new ParagraphProperties(new SpacingBetweenLines { Before = "20", After = "20" });
        if (indent > 0)
            properties.Append(new Indentation { Left = indent.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (right)
            properties.Append(new Justification { Val = JustificationValues.Right });
        var paragraph = new Paragraph(properties, Run(text, bold, 18, italic: false));
        return new TableCell(paragraph);
    }

    private static Paragraph Paragraph(string text, bool bold, int size, bool italic = false, bool pageBreakBefore = false)
    {
        var properties = new ParagraphProperties(new SpacingBetweenLines { Before = "120", After = "120" });
        if (pageBreakBefore)
            properties.Append(new PageBreakBefore());
        return new Paragraph(properties, Run(text, bold, size, italic));
    }

    private static Run Run(string text, bool bold, int halfPoints, bool italic)
    {
        var properties = new RunProperties(new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri" }, new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (bold)
            properties.Append(new Bold());
        if (italic)
            properties.Append(new Italic());
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }
}
