using System.Globalization;
using Lutetia.Domain;

namespace Lutetia.Storage;

/// <summary>progression.csv: a progression documented without measurements. The sequence is its key.</summary>
public sealed class ProgressionRow : CohortRow
{
    public string PatientId { get; set; } = "";
    public DateOnly Date { get; set; }
    public ProgressionScope Scope { get; set; }

    public override string AuditKey => string.Create(CultureInfo.InvariantCulture, $"{PatientId}/#{Sequence}");
    public override string? AuditPatient => PatientId;

    public static ProgressionRow From(RecordedProgression p) => new() { PatientId = p.Patient.Value, Date = p.Date, Scope = p.Scope };

    public RecordedProgression ToDomain() => new(new PatientId(PatientId), Date, Scope);
}
