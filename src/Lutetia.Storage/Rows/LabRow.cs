using System.Globalization;
using Lutetia.Domain;

namespace Lutetia.Storage;

/// <summary>labs.csv: one laboratory value. The format gives it no key: the sequence is its key.</summary>
public sealed class LabRow : CohortRow
{
    public string PatientId { get; set; } = "";
    public DateOnly Date { get; set; }
    public LabTest Test { get; set; }
    public decimal Value { get; set; }
    public decimal Uln { get; set; }

    public override string AuditKey => string.Create(CultureInfo.InvariantCulture, $"{PatientId}/#{Sequence}");
    public override string? AuditPatient => PatientId;

    public static LabRow From(LabResult l) => new()
    {
        PatientId = l.Patient.Value,
        Date = l.Date,
        Test = l.Test,
        Value = l.Value,
        Uln = l.Uln,
    };

    public LabResult ToDomain() => new(new PatientId(PatientId), Date, Test, Value, Uln);
}
