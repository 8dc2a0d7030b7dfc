using Lutetia.Domain;

namespace Lutetia.Criteria;

/// <summary>
/// What eligibility is decided from. The exams are chosen by the caller (the analysis layer's
/// time windows and reader policy); <see cref="From"/> reads the rest from a patient's record.
/// </summary>
public sealed record EligibilityFacts
{
    public required PatientId Patient { get; init; }
    public required PrimarySite PrimarySite { get; init; }
    public required Differentiation Differentiation { get; init; }
    public required bool PriorPrrt { get; init; }

    /// <summary>Date of cycle 1; null when the patient received no cycle.</summary>
    public DateOnly? FirstDose { get; init; }

    public bool HasMesentericMass { get; init; }
    public bool? MmRetractile { get; init; }
    public bool HasBaselineImaging { get; init; }

    /// <summary>Short axis of the mass at the baseline exam; null when not measured there.</summary>
    public decimal? MmShortAxisAtBaselineMm { get; init; }

    public bool HasPostImaging { get; init; }

    /// <summary>
    /// The facts of a record given the chosen baseline and post CT/MRI reads (null when there is none).
    /// A mass too small to measure at baseline counts 5 mm (RECIST 1.1 appendix).
    /// </summary>
    public static EligibilityFacts From(PatientRecord record, ReadId? baselineRead, ReadId? postRead)
    {
        ArgumentNullException.ThrowIfNull(record);
        var mass = record.Lesions.FirstOrDefault(l => l.IsMesentericMass);
        decimal? shortAxis = null;
        if (mass is not null && baselineRead is { } read)
        {
            if (!record.Reads.Any(r => r.Id == read))
                throw new ArgumentException($"Read {read} is not a read of patient {record.Patient.Id}.", nameof(baselineRead));
            var m = record.MeasurementsOf(read).FirstOrDefault(x => x.Lesion == mass.Id);
            shortAxis = m?.DiameterMm ?? (m?.TooSmallToMeasure == true ? Mesenteric.MmParameters.Published.TooSmallToMeasureMm : null);
        }
        return new EligibilityFacts
        {
            Patient = record.Patient.Id,
            PrimarySite = record.Patient.PrimarySite,
            Differentiation = record.Patient.Differentiation,
            PriorPrrt = record.Patient.PriorPrrt,
            FirstDose = record.FirstDose,
            HasMesentericMass = mass is not null,
            MmRetractile = record.Patient.MmRetractile,
            HasBaselineImaging = baselineRead is not null,
            MmShortAxisAtBaselineMm = shortAxis,
            HasPostImaging = postRead is not null,
        };
    }
}
