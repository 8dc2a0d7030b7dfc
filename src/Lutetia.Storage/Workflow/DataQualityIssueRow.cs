using Lutetia.Intake;

namespace Lutetia.Storage.Workflow;

/// <summary>
/// data_quality_issues: one open issue of one patient's data, as the last save of any of the
/// patient's rows left it (Lutetia.Workflow's data-quality refresh, through <see cref="ISavedDataObserver"/>). Derived data, rewritten by every save
/// inside its transaction: not audited (the rows it is computed from are).
/// </summary>
public sealed class DataQualityIssueRow
{
    public long Id { get; set; }
    public string CenterId { get; set; } = "";
    public string PatientId { get; set; } = "";

    /// <summary>The table of the cohort format: <c>prrt_cycles</c>.</summary>
    public string TableName { get; set; } = "";

    /// <summary>The record's audit-trail key where its table has one (<c>P1/3</c>), else null.</summary>
    public string? RecordKey { get; set; }

    public string? Field { get; set; }
    public string? Value { get; set; }
    public string Rule { get; set; } = "";
    public Severity Severity { get; set; }
    public string Message { get; set; } = "";
    public string Hint { get; set; } = "";
    public DateTime FoundAtUtc { get; set; }
}
