namespace Lutetia.Intake;

/// <summary>
/// The two directions of one table of the cohort format: a row into a domain value (checking
/// every cell and the rules within the row), and a value back into cells.
/// </summary>
internal interface ITableCodec<T>
{
    TableSpec Spec { get; }

    /// <summary>The row's value, or null when a cell or a rule of the row failed (all reported).</summary>
    T? Build(RowContext row);

    /// <summary>Fills <paramref name="cells"/> (one per column, in specification order).</summary>
    void Format(T value, string?[] cells);
}
