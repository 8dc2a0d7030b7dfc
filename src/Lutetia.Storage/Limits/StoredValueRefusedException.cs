namespace Lutetia.Storage;

/// <summary>
/// A save would have stored a value its column does not allow: longer than the column's declared
/// length, free text that breaks the cohort format's text rule, or a reason over
/// <see cref="StoredText.ReasonMaximumLength"/> characters. Nothing was saved. The message says
/// which table and column (or the reason), what is wrong and how to fix it.
/// </summary>
public sealed class StoredValueRefusedException : InvalidOperationException
{
    public StoredValueRefusedException()
    {
    }

    public StoredValueRefusedException(string message)
        : base(message)
    {
    }

    public StoredValueRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StoredValueRefusedException(string table, string column, string message)
        : base(message)
    {
        Table = table;
        Column = column;
    }

    /// <summary>The table, e.g. <c>centers</c>; empty for the reason of the change.</summary>
    public string Table { get; } = "";

    /// <summary>The column, e.g. <c>name</c>, or <c>reason</c>.</summary>
    public string Column { get; } = "";
}
