using System.Text.RegularExpressions;

namespace Lutetia.Reporting.Tests.Exports;

/// <summary>
/// Reads load.sps back: for each dataset its file, its variables with their formats, and the
/// variable labels, value labels and missing values the syntax sets. Only the commands the export
/// writes are understood; anything else in the syntax fails the reading.
/// </summary>
internal sealed partial class SpssSyntaxReader
{
    public sealed record Dataset(string Name, string File)
    {
        public List<(string Name, string Format)> Variables { get; } = [];
        public Dictionary<string, string> Labels { get; } = [];
        public Dictionary<string, List<(int Value, string Label)>> ValueLabels { get; } = [];
        public Dictionary<string, List<int>> Missing { get; } = [];
    }

    public static List<Dataset> Read(string syntax)
    {
        var datasets = new List<Dataset>();
        foreach (var command in Commands(syntax))
        {
            if (command.StartsWith('*') || command.StartsWith("DATASET DECLARE ", StringComparison.Ordinal)
                || command.StartsWith("VARIABLE LEVEL", StringComparison.Ordinal))
                continue;
            if (command.StartsWith("DATASET ACTIVATE ", StringComparison.Ordinal))
            {
                datasets.Add(new Dataset(command["DATASET ACTIVATE ".Length..].Trim(), ""));
                continue;
            }
            var current = datasets[^1];
            if (command.StartsWith("GET DATA", StringComparison.Ordinal))
            {
                datasets[^1] = current = current with { File = FileOf().Match(command).Groups[1].Value };
                var list = command[(command.IndexOf("/VARIABLES=", StringComparison.Ordinal) + "/VARIABLES=".Length)..];
                var words = list.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
                for (var i = 0; i + 1 < words.Length; i += 2)
                    current.Variables.Add((words[i], words[i + 1]));
            }
            else if (command.StartsWith("VARIABLE LABELS", StringComparison.Ordinal))
            {
                foreach (Match m in Labelled().Matches(command["VARIABLE LABELS".Length..]))
                    current.Labels[m.Groups[1].Value] = Unquote(m.Groups[2].Value);
            }
            else if (command.StartsWith("VALUE LABELS", StringComparison.Ordinal))
            {
                foreach (var part in command["VALUE LABELS".Length..].Split("\n  /"))
                {
                    var lines = part.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    current.ValueLabels[lines[0]] = lines[1..].Select(l => ValueLabel().Match(l))
                        .Select(m => (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Unquote(m.Groups[2].Value))).ToList();
                }
            }
            else if (MissingValues().Match(command) is { Success: true } missing)
            {
                current.Missing[missing.Groups[1].Value] = missing.Groups[2].Value.Split(',')
                    .Select(v => int.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            }
            else
            {
                throw new InvalidOperationException($"unexpected command in load.sps: {command}");
            }
        }
        return datasets;
    }

    /// <summary>Commands end with a period at the end of a line (SPSS syntax rules); comments end at their period too.</summary>
    private static IEnumerable<string> Commands(string syntax)
    {
        var command = new List<string>();
        foreach (var raw in syntax.Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0)
                continue;
            if (line == ".")
            {
                yield return string.Join('\n', command).Trim();
                command.Clear();
                continue;
            }
            command.Add(line);
            if (line.EndsWith('.') && !line.EndsWith("\".", StringComparison.Ordinal) || line.StartsWith('*') || line.EndsWith(")."))
            {
                yield return string.Join('\n', command).Trim().TrimEnd('.');
                command.Clear();
            }
        }
        if (command.Count > 0)
            throw new InvalidOperationException("load.sps ends inside a command: " + string.Join('\n', command));
    }

    private static string Unquote(string quoted) => quoted[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal);

    [GeneratedRegex("/FILE=(\"[^\"]*\")")]
    private static partial Regex FileOf();

    [GeneratedRegex("[ /]([a-z0-9_]+) (\"(?:[^\"]|\"\")*\")")]
    private static partial Regex Labelled();

    [GeneratedRegex("^([0-9]+) (\"(?:[^\"]|\"\")*\")$")]
    private static partial Regex ValueLabel();

    [GeneratedRegex("^MISSING VALUES ([a-z0-9_]+) \\(([0-9, ]+)\\)$")]
    private static partial Regex MissingValues();
}
