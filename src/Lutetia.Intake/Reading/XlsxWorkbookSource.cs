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

    public XlsxWorkbookSource(SpreadsheetDocument document, string path)
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
        _sharedStrings = ReadSharedStrings(workbook);
    }

    public IReadOnlyList<string> TableNames => _names;

    public string LocationOf(string tableName) => $"[{_workbookName}]{tableName}";

    public ITableReader Open(string tableName, ProblemList problems) =>
        new XlsxTableReader(_sheets[tableName], LocationOf(tableName), _sharedStrings, _styles, problems);

    private static string[] ReadSharedStrings(WorkbookPart workbook)
    {
        var table = workbook.SharedStringTablePart?.SharedStringTable;
        if (table is null)
            return [];
        var strings = new List<string>();
        foreach (var item in table.Elements<SharedStringItem>())
            strings.Add(item.Text?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text)));
        return [.. strings];
    }

    public void Dispose() => _document.Dispose();
}
