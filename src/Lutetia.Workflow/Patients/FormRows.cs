using System.Globalization;
using Lutetia.Storage;

namespace Lutetia.Workflow.Patients;

/// <summary>How a form names its rows and cells, for the pages that render it and the use cases that read what it posts.</summary>
public static class FormRows
{
    /// <summary>The row a form adds.</summary>
    public const string NewRow = "new";

    /// <summary>The key of a value: row and column, e.g. <c>12:diameter_mm</c>.</summary>
    public static string Cell(string row, string column) => $"{row}:{column}";

    /// <summary>A stored row's key in the form: its insertion sequence.</summary>
    public static string Key(CohortRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Sequence.ToString(CultureInfo.InvariantCulture);
    }
}
