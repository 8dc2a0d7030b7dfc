namespace Lutetia.Workflow.Queries;

/// <summary>
/// The field a query is about, as the database holds it now: its table, record (audit-trail key)
/// and column; the row's key in the patient's form (its insertion sequence, null when the record
/// was deleted since); the stored value as the form shows it ("" when empty, null when the record
/// is gone or its value hidden from the account by the blinding rules).
/// </summary>
public sealed record QueriedField(string Table, string RecordKey, string Field, string? Row, string? Value, bool Hidden)
{
    /// <summary>Whether this is the field of (<paramref name="table"/>, <paramref name="recordKey"/>, <paramref name="field"/>).</summary>
    public bool Is(string table, string recordKey, string field) => Table == table && RecordKey == recordKey && Field == field;
}
