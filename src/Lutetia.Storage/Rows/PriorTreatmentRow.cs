using Lutetia.Domain;

namespace Lutetia.Storage;

/// <summary>prior_treatments.csv: one treatment per patient (key: patient, treatment).</summary>
public sealed class PriorTreatmentRow : CohortRow
{
    public string PatientId { get; set; } = "";
    public PriorTreatmentKind Treatment { get; set; }

    public override string AuditKey => $"{PatientId}/{Codes<PriorTreatmentKind>.ToCode(Treatment)}";
    public override string? AuditPatient => PatientId;

    public static PriorTreatmentRow From(PriorTreatment t) => new() { PatientId = t.Patient.Value, Treatment = t.Treatment };

    public PriorTreatment ToDomain() => new(new PatientId(PatientId), Treatment);
}
