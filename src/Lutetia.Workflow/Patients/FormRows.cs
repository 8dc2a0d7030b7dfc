using System.Globalization;
using Lutetia.Storage;

namespace Lutetia.Workflow.Patients;

/// <summary>
/// How a form names its rows and cells, for the pages that render it and the use cases that read
/// what it posts. A page holding several forms posts each form's names after the form's name and a
/// slash (<c>prrt_cycles/new-2:date</c>, <see cref="Posted"/>); the reason is the page's one
/// <c>reason</c>.
/// </summary>
public static class FormRows
{
    /// <summary>The first row a form adds; the next ones are <c>new-2</c>, <c>new-3</c>… (<see cref="NewRowKey"/>).</summary>
    public const string NewRow = "new";

    /// <summary>The most rows one save adds to one table (a bound on the work a post can ask for).</summary>
    public const int MaxNewRows = 40;

    /// <summary>The key of a value: row and column, e.g. <c>12:diameter_mm</c>.</summary>
    public static string Cell(string row, string column) => $"{row}:{column}";

    /// <summary>A stored row's key in the form: its insertion sequence.</summary>
    public static string Key(CohortRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Sequence.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The key of the <paramref name="number"/>-th new row (from 1): <c>new</c>, <c>new-2</c>…</summary>
    public static string NewRowKey(int number) =>
        number <= 1 ? NewRow : string.Create(CultureInfo.InvariantCulture, $"{NewRow}-{number}");

    /// <summary>Whether a row key names a row to add (<c>new</c>, <c>new-2</c> … <c>new-40</c>).</summary>
    public static bool IsNew(string row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row == NewRow || NewRowNumber(row) is not null;
    }

    /// <summary>The prefix of a form's names on a page of several forms: <c>prrt_cycles/</c>.</summary>
    public static string Prefix(CrfForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return form.Name + "/";
    }

    /// <summary>A name as posted on a page of several forms: <c>prrt_cycles/new-2:date</c>.</summary>
    public static string Posted(CrfForm form, string name) => Prefix(form) + name;

    /// <summary>The number of a new row's key <c>new-N</c> (2 ≤ N ≤ <see cref="MaxNewRows"/>), or null.</summary>
    public static int? NewRowNumber(string row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!row.StartsWith(NewRow + "-", StringComparison.Ordinal) || row.Length > NewRow.Length + 3)
            return null;
        return int.TryParse(row.AsSpan(NewRow.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 2 && n <= MaxNewRows
            && row == NewRowKey(n) ? n : null;
    }
}
