namespace Lutetia.Domain;

/// <summary>A laboratory value with the upper limit of normal of the laboratory that measured it (labs.csv).</summary>
public sealed record LabResult(PatientId Patient, DateOnly Date, LabTest Test, decimal Value, decimal Uln)
{
    /// <summary>Value over the upper limit of normal: comparable across laboratories.</summary>
    public decimal TimesUln => Value / Uln;
}
