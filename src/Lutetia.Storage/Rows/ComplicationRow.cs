using System.Globalization;
using Lutetia.Domain;

namespace Lutetia.Storage;

/// <summary>complications.csv: one complication after the first dose. The sequence is its key.</summary>
public sealed class ComplicationRow : CohortRow
{
    public string PatientId { get; set; } = "";
    public DateOnly Date { get; set; }
    public ComplicationType Type { get; set; }
    public bool? Corticosteroids { get; set; }

    public override string AuditKey => string.Create(CultureInfo.InvariantCulture, $"{PatientId}/#{Sequence}");
    public override string? AuditPatient => PatientId;

    public static ComplicationRow From(Complication c) => new()
    {
        PatientId = c.Patient.Value,
        Date = c.Date,
        Type = c.Type,
        Corticosteroids = c.Corticosteroids,
    };

    public Complication ToDomain() => new(new PatientId(PatientId), Date, Type, Corticosteroids);
}
