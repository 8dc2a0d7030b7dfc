namespace Lutetia.Intake;

/// <summary>
/// Reads one table through its codec: checks the header (missing, unknown and repeated columns),
/// then every row, collecting every problem.
/// </summary>
internal static class TableParser
{
    public static List<Parsed<T>> Parse<T>(ITableReader reader, ITableCodec<T> codec, ProblemList problems, IdentifierPool pool, DateBounds dates, RejectedRows rejected)
    {
        var rows = new List<Parsed<T>>();
        var spec = codec.Spec;
        if (!reader.Read())
        {
            rejected.AddTable(spec.Name);
            if (!reader.Failed)
                problems.Error(reader.Location, null, null, null, "empty_file", "the file is empty: it has no header row",
                    $"start the file with its header row: {string.Join(",", spec.Columns.Where(c => c.Required).Select(c => c.Name))}");
            return rows;
        }
        var fieldOfColumn = MapHeader(reader, spec, problems, out var headerWidth);
        if (fieldOfColumn is null)
        {
            rejected.AddTable(spec.Name);
            return rows;
        }
        var context = new RowContext(reader, fieldOfColumn, problems, pool, dates);
        var records = 0;
        while (reader.Read())
        {
            records++;
            if (reader.FieldCount != headerWidth)
            {
                problems.Error(reader.Location, reader.Row, null, null, "field_count",
                    $"the row has {reader.FieldCount} values but the header has {headerWidth} columns",
                    "check for a missing or extra comma, or a value with a comma that is not in quotes");
                continue;
            }
            context.Reset();
            var value = codec.Build(context);
            if (value is not null)
                rows.Add(new Parsed<T>(value, reader.Row));
            else
                Reject(reader, spec, fieldOfColumn, rejected);
        }
        if (reader.Failed || records == 0)
            rejected.AddTable(spec.Name);
        if (spec.NeedsRows && records == 0 && !reader.Failed)
            problems.Error(reader.Location, null, null, null, "rows_required", $"{spec.Name} has no rows",
                $"a cohort needs at least one row in {spec.Name}");
        return rows;
    }

    private static void Reject(ITableReader reader, TableSpec spec, int[] fieldOfColumn, RejectedRows rejected)
    {
        foreach (var column in spec.Columns)
        {
            if (column.Kind == FieldKind.Identifier && fieldOfColumn[column.Index] >= 0)
                rejected.Add(spec.Name, column.Name, reader.Field(fieldOfColumn[column.Index]));
        }
    }

    /// <summary>Maps each column of the specification to its position in the file; null when a required column is missing.</summary>
    private static int[]? MapHeader(ITableReader reader, TableSpec spec, ProblemList problems, out int width)
    {
        width = reader.FieldCount;
        var fieldOfColumn = new int[spec.Columns.Count];
        Array.Fill(fieldOfColumn, -1);
        for (var field = 0; field < width; field++)
        {
            var name = RowContext.Echo(reader.Field(field).Trim());
            var column = spec.Column(name.ToLowerInvariant());
            if (column is null)
                problems.Error(reader.Location, reader.Row, name, name, "column_unknown", $"{spec.Name} has no column \"{name}\"",
                    $"rename or remove it; the columns of {spec.Name} are {string.Join(", ", spec.Columns.Select(c => c.Name))}");
            else if (fieldOfColumn[column.Index] >= 0)
                problems.Error(reader.Location, reader.Row, name, name, "column_duplicate", $"the column {column.Name} appears twice",
                    "keep one of the two columns");
            else
                fieldOfColumn[column.Index] = field;
        }
        var complete = true;
        foreach (var column in spec.Columns)
        {
            if (column.Required && fieldOfColumn[column.Index] < 0)
            {
                problems.Error(reader.Location, reader.Row, column.Name, null, "column_missing",
                    $"the required column {column.Name} is missing", $"add a column named {column.Name} to the header");
                complete = false;
            }
        }
        return complete ? fieldOfColumn : null;
    }
}
