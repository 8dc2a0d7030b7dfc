using System.Globalization;
using System.Text;
using Lutetia.Intake;

namespace Lutetia.Reporting.Exports;

/// <summary>The SPSS syntax that reads one coded table (<see cref="SpssExport.Coded"/>) and labels it.</summary>
internal static class SpssSyntax
{
    /// <summary>SPSS's widest F format and most decimals (SPSS Command Syntax Reference, "Variable formats").</summary>
    private const int MaxWidth = 40;
    private const int MaxDecimals = 16;

    /// <summary>Words SPSS reserves: never a variable name (Command Syntax Reference, "Reserved keywords").</summary>
    private static readonly System.Buffers.SearchValues<char> NameCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");

    private static readonly HashSet<string> Reserved =
        new(["ALL", "AND", "BY", "EQ", "GE", "GT", "LE", "LT", "NE", "NOT", "OR", "TO", "WITH"], StringComparer.OrdinalIgnoreCase);

    public static void AppendTable(StringBuilder s, ExportTable table)
    {
        var name = table.Name;
        s.Append(CultureInfo.InvariantCulture, $"* {table.Label}.\n");
        // DATASET DECLARE then ACTIVATE before GET DATA: the datasets already read stay open (in PSPP too).
        s.Append(CultureInfo.InvariantCulture, $"DATASET DECLARE {name}.\nDATASET ACTIVATE {name}.\n");
        s.Append(CultureInfo.InvariantCulture, $"""
            GET DATA
              /TYPE=TXT
              /FILE={Quote(name + ".csv")}
              /ENCODING="UTF-8"
              /ARRANGEMENT=DELIMITED
              /DELCASE=LINE
              /FIRSTCASE=2
              /DELIMITERS=","
              /QUALIFIER='"'
              /VARIABLES=

            """);
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var column = table.Columns[i];
            s.Append(CultureInfo.InvariantCulture, $"    {VariableName(column.Name)} {Format(column, ColumnShape.Of(table, i))}\n");
        }
        s.Append(".\n");
        s.Append("VARIABLE LABELS\n");
        for (var i = 0; i < table.Columns.Count; i++)
            s.Append(CultureInfo.InvariantCulture, $"  {(i == 0 ? " " : "/")}{table.Columns[i].Name} {Quote(table.Columns[i].Label)}\n");
        s.Append(".\n");
        AppendValueLabels(s, table);
        AppendMissingValues(s, table);
        AppendLevels(s, table);
        s.Append('\n');
    }

    /// <summary>The input (and so print) format of a column: SDATE10 reads yyyy-mm-dd, A and F are as wide as the data.</summary>
    internal static string Format(ExportColumn column, ColumnShape shape) => column.Kind switch
    {
        FieldKind.Identifier => "A64",
        FieldKind.Text => $"A{Math.Max(1, shape.MaxBytes)}",
        FieldKind.Date => "SDATE10",
        FieldKind.Boolean => "F1.0",
        FieldKind.Enumeration => $"F{column.Codes.Count.ToString(CultureInfo.InvariantCulture).Length}.0",
        FieldKind.Integer => $"F{Math.Clamp(shape.MaxBytes, 1, MaxWidth)}.0",
        FieldKind.Decimal when shape.IsEmpty => "F8.2",
        FieldKind.Decimal => DecimalFormat(shape),
        _ => throw new ArgumentException($"{column.Name}: no SPSS format for {column.Kind}", nameof(column)),
    };

    private static string DecimalFormat(ColumnShape shape)
    {
        var decimals = Math.Min(shape.MaxDecimals, MaxDecimals);
        var width = Math.Clamp(Math.Max(shape.MaxBytes, decimals + 2), 1, MaxWidth);
        return string.Create(CultureInfo.InvariantCulture, $"F{width}.{decimals}");
    }

    private static void AppendValueLabels(StringBuilder s, ExportTable table)
    {
        var first = true;
        foreach (var column in table.Columns)
        {
            if (column.Kind is not (FieldKind.Enumeration or FieldKind.Boolean))
                continue;
            s.Append(first ? "VALUE LABELS\n   " : "  /").Append(column.Name).Append('\n');
            first = false;
            if (column.Kind == FieldKind.Boolean)
            {
                s.Append("    1 \"Yes\"\n    0 \"No\"\n");
                continue;
            }
            for (var k = 0; k < column.Codes.Count; k++)
                s.Append(CultureInfo.InvariantCulture, $"    {k + 1} {Quote(column.CodeLabels[k])}\n");
        }
        if (!first)
            s.Append(".\n");
    }

    private static void AppendMissingValues(StringBuilder s, ExportTable table)
    {
        foreach (var column in table.Columns)
        {
            var numbers = new List<string>(2);
            foreach (var code in SpssExport.MissingCodes)
            {
                if (column.Codes.Contains(code))
                    numbers.Add(column.CodeNumber(code).ToString(CultureInfo.InvariantCulture));
            }
            if (numbers.Count > 0)
                s.Append(CultureInfo.InvariantCulture, $"MISSING VALUES {column.Name} ({string.Join(", ", numbers)}).\n");
        }
    }

    private static void AppendLevels(StringBuilder s, ExportTable table)
    {
        var nominal = table.Columns.Where(c => c.Kind is not (FieldKind.Integer or FieldKind.Decimal or FieldKind.Date)).Select(c => c.Name).ToArray();
        var scale = table.Columns.Where(c => c.Kind is FieldKind.Integer or FieldKind.Decimal or FieldKind.Date).Select(c => c.Name).ToArray();
        if (nominal.Length > 0)
            AppendWrapped(s, "VARIABLE LEVEL", nominal, "(NOMINAL).");
        if (scale.Length > 0)
            AppendWrapped(s, "VARIABLE LEVEL", scale, "(SCALE).");
    }

    /// <summary>A command whose list of names is wrapped on indented lines: SPSS reads lines of at most 256 bytes.</summary>
    private static void AppendWrapped(StringBuilder s, string command, string[] names, string end)
    {
        s.Append(command);
        var column = command.Length;
        foreach (var word in (string[])[.. names, end])
        {
            if (column + word.Length + 1 > 78)
            {
                s.Append("\n ");
                column = 1;
            }
            s.Append(' ').Append(word);
            column += word.Length + 1;
        }
        s.Append('\n');
    }

    /// <summary>A format column name is a valid SPSS name; anything else is a bug in the format, not in the data.</summary>
    private static string VariableName(string name)
    {
        if (name.Length is 0 or > 64 || !char.IsAsciiLetter(name[0]) || Reserved.Contains(name)
            || name.AsSpan().IndexOfAnyExcept(NameCharacters) >= 0)
            throw new InvalidOperationException($"{name} is not a valid SPSS variable name.");
        return name;
    }

    /// <summary>An SPSS string literal in double quotes, quotes doubled.</summary>
    internal static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
