namespace Lutetia.Storage.Workflow;

/// <summary>A query on one field of one record, with its whole history (oldest step first); its status is the last step's.</summary>
public sealed record FieldQuery(
    string PatientId,
    int Number,
    string CenterId,
    string Entity,
    string EntityKey,
    string Field,
    IReadOnlyList<FieldQueryStep> Steps)
{
    /// <summary>How the pages name it: <c>P1/Q3</c>.</summary>
    public string Label => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{PatientId}/Q{Number}");

    public QueryStatus Status => Steps[^1].Status;

    public string RaisedBy => Steps[0].By;

    public DateTime RaisedAtUtc => Steps[0].AtUtc;
}
