using System.Globalization;
using Lutetia.Domain;
using Lutetia.Intake.SubjectTables;

namespace Lutetia.Cli.Commands;

/// <summary>How the table commands report their input: problems on stderr, the subjects kept and dropped on stdout.</summary>
internal static class InputMessages
{
    /// <summary>Reads the table; null after listing its problems on <paramref name="error"/>.</summary>
    public static SubjectTable? Load(TextWriter output, TextWriter error, string command, string path, IReadOnlyList<ColumnRequest> columns)
    {
        var problems = new List<TableProblem>();
        var table = SubjectTableReader.Read(path, columns, problems);
        if (table is null)
        {
            foreach (var problem in problems) error.WriteLine($"error: {problem}");
            error.WriteLine($"lutetia {command}: {path} cannot be analysed; nothing was written. Fix the problems above and run again.");
            return null;
        }
        var used = string.Join(", ", columns.Select(c => c.Name).Distinct());
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{path}: {table.Rows} subjects; {table.Dropped} row(s) dropped for a missing value (empty or NA) in {used}."));
        return table;
    }
}
