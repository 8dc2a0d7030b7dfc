using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Lutetia.Intake;

namespace Lutetia.Cli.Commands;

/// <summary><c>lutetia validate COHORT [--json]</c>: every problem of a cohort, or a one-line summary of what it holds.</summary>
public static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var cohort = new Argument<string>("COHORT") { Description = "A folder of CSV files or an .xlsx workbook in the cohort format" };
        var json = new Option<bool>("--json") { Description = "Write the verdict as JSON (lutetia-validation/1) on stdout" };
        var command = new Command("validate", "Check a cohort against every rule of the format and list each problem (file, row, column, value, rule, fix)")
        {
            cohort,
            json,
        };
        command.SetAction(parse => Run(console, parse.GetValue(cohort)!, parse.GetValue(json)));
        return command;
    }

    private static int Run(CliConsole console, string path, bool json)
    {
        if (!StudyToday.TryGet(console, out var today))
            return LutetiaCli.Failure;
        var result = console.WithProgress("Reading the cohort", progress =>
            CohortReader.Read(path, new ReadOptions(today) { Progress = new FractionProgress(progress) }));
        var problems = result.Problems;
        if (json)
            WriteJson(console.Out, result);
        else
            IntakeMessages.Write(console, path, result);
        return problems.HasErrors ? LutetiaCli.Failure : LutetiaCli.Success;
    }

    private static void WriteJson(TextWriter output, IntakeResult result)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("format", "lutetia-validation/1");
            writer.WriteBoolean("valid", !result.Problems.HasErrors);
            writer.WriteNumber("error_count", result.Problems.ErrorCount);
            writer.WriteNumber("warning_count", result.Problems.WarningCount);
            WriteProblems(writer, "errors", result.Problems.Errors);
            WriteProblems(writer, "warnings", result.Problems.Warnings);
            writer.WriteStartObject("summary");
            foreach (var (table, count) in result.Summary.RowsPerTable)
                writer.WriteNumber(table, count);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteProblems(Utf8JsonWriter writer, string name, IReadOnlyList<Problem> problems)
    {
        writer.WriteStartArray(name);
        foreach (var p in problems)
        {
            writer.WriteStartObject();
            writer.WriteString("file", p.File);
            if (p.Row is { } row)
                writer.WriteNumber("row", row);
            else
                writer.WriteNull("row");
            writer.WriteString("column", p.Column);
            writer.WriteString("value", p.Value);
            writer.WriteString("rule", p.Rule);
            writer.WriteString("message", p.Message);
            writer.WriteString("hint", p.Hint);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
