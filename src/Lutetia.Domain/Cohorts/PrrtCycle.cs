namespace Lutetia.Domain;

/// <summary>One administered 177Lu-DOTATATE cycle (prrt_cycles.csv); cycles are numbered from 1.</summary>
public sealed record PrrtCycle(PatientId Patient, int Number, DateOnly Date, decimal? ActivityGbq, DoseLevel Dose);
