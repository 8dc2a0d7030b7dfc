namespace Lutetia.Criteria;

/// <summary>
/// Where a recorded value came from: the table (file or form) and its row (header = row 1), so that
/// a refusal can send the data manager to the cell. Criteria never read it; they only report it.
/// </summary>
public sealed record SourceRow(string Table, int Row);
