namespace Lutetia.Domain;

/// <summary>A progression documented in the record without measurements (progression.csv).</summary>
public sealed record RecordedProgression(PatientId Patient, DateOnly Date, ProgressionScope Scope);
