using Lutetia.Intake;

namespace Lutetia.Workflow.DataQuality;

/// <summary>
/// One open data-quality issue of a patient's data as the last save left it: the patient, the
/// table and record (its audit-trail key where the table has one), the field and value, the rule broken, what is wrong and how to fix it. Errors are what the cohort
/// reader would refuse; warnings are the RECIST choices it lists without blocking.
/// </summary>
public sealed record DataQualityIssue(
    string CenterId,
    string PatientId,
    string Table,
    string? RecordKey,
    string? Field,
    string? Value,
    string Rule,
    string Message,
    string Hint,
    Severity Severity);
