namespace Lutetia.Domain;

/// <summary>A gastrointestinal complication after the first dose (complications.csv).</summary>
public sealed record Complication(PatientId Patient, DateOnly Date, ComplicationType Type, bool? Corticosteroids);
