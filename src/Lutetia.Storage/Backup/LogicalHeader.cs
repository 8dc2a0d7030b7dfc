namespace Lutetia.Storage.Backup;

/// <summary>The first line of a table's part in a logical backup: the table and its columns, in the order of each row's values.</summary>
internal sealed record LogicalHeader(string Table, IReadOnlyList<string> Columns);
