using System.Globalization;
using Lutetia.Domain;

namespace Lutetia.Storage;

/// <summary>prrt_cycles.csv: one administered cycle (key: patient, cycle).</summary>
public sealed class PrrtCycleRow : CohortRow
{
    public string PatientId { get; set; } = "";
    public int Cycle { get; set; }
    public DateOnly Date { get; set; }
    public decimal? ActivityGbq { get; set; }
    public DoseLevel Dose { get; set; }

    public override string AuditKey => string.Create(CultureInfo.InvariantCulture, $"{PatientId}/{Cycle}");
    public override string? AuditPatient => PatientId;

    public static PrrtCycleRow From(PrrtCycle c) => new()
    {
        PatientId = c.Patient.Value,
        Cycle = c.Number,
        Date = c.Date,
        ActivityGbq = c.ActivityGbq,
        Dose = c.Dose,
    };

    public PrrtCycle ToDomain() => new(new PatientId(PatientId), Cycle, Date, ActivityGbq, Dose);
}
