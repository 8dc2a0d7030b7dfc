using System.Globalization;

namespace Lutetia.Intake;

/// <summary>
/// One thing wrong with a cohort, located precisely enough for a data manager to fix it:
/// the file, the row (header = row 1; null for the whole file), the column, the offending value,
/// the rule broken, what is wrong and how to fix it.
/// </summary>
public sealed record Problem(
    Severity Severity,
    string File,
    int? Row,
    string? Column,
    string? Value,
    string Rule,
    string Message,
    string Hint)
{
    /// <summary>A one-line rendering: <c>reads.csv row 14, exam_date "2019-02-30": … Fix: …</c></summary>
    public override string ToString()
    {
        var where = File;
        if (Row is { } row)
            where += string.Create(CultureInfo.InvariantCulture, $" row {row}");
        if (Column is not null)
            where += $", column {Column}";
        if (Value is not null)
            where += $" = \"{Value}\"";
        return $"{where}: {Message} [{Rule}] Fix: {Hint}";
    }
}
