namespace Lutetia.Reporting.Report;

/// <summary>A table as a journal prints it: a title, rows (group headings and indented items), a footnote.</summary>
public sealed record DisplayTable(string Id, string Title, IReadOnlyList<DisplayRow> Rows, string Footnote)
{
    /// <summary>The two column headings, repeated on every page a table spans.</summary>
    public (string Label, string Value) Headings { get; init; } = ("Characteristic", "");
}

/// <summary>One printed row: a label and its value; a heading has no value; an item is indented under its heading.</summary>
public sealed record DisplayRow(string Label, string? Value, bool Indented = false)
{
    public bool IsHeading => Value is null;
}
