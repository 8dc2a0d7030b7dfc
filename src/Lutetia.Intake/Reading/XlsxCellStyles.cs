using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Lutetia.Intake;

/// <summary>
/// Which cell styles of a workbook display a date: a date typed in Excel is stored as a serial
/// number with a date format, and must be read back as the ISO date the user sees.
/// </summary>
internal sealed class XlsxCellStyles
{
    private readonly bool[] _isDate;

    private XlsxCellStyles(bool[] isDate, bool date1904)
    {
        _isDate = isDate;
        Date1904 = date1904;
    }

    public bool Date1904 { get; }

    public bool IsDate(uint styleIndex) => styleIndex < _isDate.Length && _isDate[styleIndex];

    public static XlsxCellStyles Read(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        var custom = new Dictionary<uint, string>();
        foreach (var format in stylesheet?.NumberingFormats?.Elements<NumberingFormat>() ?? [])
        {
            if (format.NumberFormatId?.Value is { } id)
                custom[id] = format.FormatCode?.Value ?? "";
        }
        var formats = stylesheet?.CellFormats?.Elements<CellFormat>().ToArray() ?? [];
        var isDate = new bool[formats.Length];
        for (var i = 0; i < formats.Length; i++)
        {
            var id = formats[i].NumberFormatId?.Value ?? 0;
            isDate[i] = IsBuiltInDate(id) || (custom.TryGetValue(id, out var code) && IsDateCode(code));
        }
        var date1904 = workbook.Workbook.WorkbookProperties?.Date1904?.Value ?? false;
        return new XlsxCellStyles(isDate, date1904);
    }

    /// <summary>ECMA-376 part 1, §18.8.30: the built-in date and time formats.</summary>
    private static bool IsBuiltInDate(uint id) => id is >= 14 and <= 22 or >= 27 and <= 36 or >= 45 and <= 47 or >= 50 and <= 58;

    /// <summary>A custom format shows a date when it has a day, month or year token outside quotes and brackets.</summary>
    private static bool IsDateCode(string code)
    {
        var inQuotes = false;
        var inBrackets = false;
        foreach (var c in code)
        {
            switch (c)
            {
                case '"':
                    inQuotes = !inQuotes;
                    break;
                case '[' when !inQuotes:
                    inBrackets = true;
                    break;
                case ']' when !inQuotes:
                    inBrackets = false;
                    break;
                case 'd' or 'D' or 'm' or 'M' or 'y' or 'Y' when !inQuotes && !inBrackets:
                    return true;
            }
        }
        return false;
    }
}
