using System.Globalization;
using System.Text;

namespace Lutetia.Intake.SubjectTables;

/// <summary>Something wrong in an input table: the file, the row (header = 1), the column and value at fault.</summary>
public sealed record TableProblem(string File, int? Row, string? Column, string? Value, string Message)
{
    public override string ToString()
    {
        var text = new StringBuilder(File);
        if (Row is { } row) text.Append(CultureInfo.InvariantCulture, $", row {row}");
        if (Column is not null) text.Append(CultureInfo.InvariantCulture, $", column '{Column}'");
        if (Value is not null) text.Append(CultureInfo.InvariantCulture, $", value '{Value}'");
        return text.Append(": ").Append(Message).ToString();
    }
}
