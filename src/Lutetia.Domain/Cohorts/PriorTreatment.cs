namespace Lutetia.Domain;

/// <summary>An oncologic treatment received before PRRT (prior_treatments.csv).</summary>
public sealed record PriorTreatment(PatientId Patient, PriorTreatmentKind Treatment);
