using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Lutetia.Intake;

/// <summary>A cohort as one .xlsx workbook, one sheet per table (sheet name = file name without .csv).</summary>
internal sealed class XlsxWorkbookSource : ICohortSource
{
    private readonly SpreadsheetDocument _document;
    private readonly string _workbookName;
    private readonly Dictionary<string, WorksheetPart> _sheets = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _names = [];
    private readonly XlsxCellStyles _styles;
    private readonly string[] _sharedStrings;

    private XlsxWorkbookSource(SpreadsheetDocument document, string path, string[] sharedStrings)
    {
        _document = document;
        _workbookName = Path.GetFileName(path);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("the workbook has no workbook part");
        foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.Name?.Value is not { } name || sheet.Id?.Value is not { } id)
                continue;
            if (workbook.GetPartById(id) is WorksheetPart part && _sheets.TryAdd(name, part))
                _names.Add(name);
        }
        _styles = XlsxCellStyles.Read(workbook);
        _sharedStrings = sharedStrings;
    }

    /// <summary>The workbook's tables; null when its shared strings exceed a limit (reported).</summary>
    public static XlsxWorkbookSource? Open(SpreadsheetDocument document, string path, ProblemList problems)
    {
        ArgumentNullException.ThrowIfNull(document);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("the workbook has no workbook part");
        var sharedStrings = XlsxSharedStrings.Read(workbook, $"[{Path.GetFileName(path)}]", problems);
        return sharedStrings is null ? null : new XlsxWorkbookSource(document, path, sharedStrings);
    }

    public IReadOnlyList<string> TableNames => _names;

    public string LocationOf(string tableName) => $"[{_workbookName}]{tableName}";

    public ITableReader Open(string tableName, ProblemList problems) =>
        new XlsxTableReader(_sheets[tableName], LocationOf(tableName), _sharedStrings, _styles, problems);

    public void Dispose() => _document.Dispose();
}
