using System.Globalization;

namespace Lutetia.Criteria;

/// <summary>
/// A recorded value an engine will not score, located for the person who can fix it: the patient,
/// the table, row and column, the value as recorded, what is wrong and how to fix it. Refusals are
/// values, not exceptions: an engine returns all of them and scores nothing it cannot trust.
/// </summary>
public sealed record DataRefusal(string Patient, string Table, int Row, string Column, string Value, string Message, string Hint)
{
    public static DataRefusal At(string patient, SourceRow where, string column, string value, string message, string hint)
    {
        ArgumentNullException.ThrowIfNull(where);
        return new DataRefusal(patient, where.Table, where.Row, column, value, message, hint);
    }

    /// <summary>One line: <c>patient P01, labs.csv row 14, unit = "mmol/L": … Fix: …</c></summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"patient {Patient}, {Table} row {Row}, {Column} = \"{Value}\": {Message} Fix: {Hint}");
}
