using Lutetia.Domain;

namespace Lutetia.Twin;

/// <summary>
/// One screened patient of the twin as designed: the characteristics at first dose (Table 1), the
/// course (cycles, imaging windows, the MM and non-MM disease, receptor imaging, symptoms, CgA,
/// complications) and the outcome. Days are counted from the first dose unless said otherwise.
/// Read from Plans/characteristics.txt and Plans/courses.txt.
/// </summary>
internal sealed record PatientPlan
{
    public required int Number { get; init; }
    public required PatientId Id { get; init; }
    public required int Centre { get; init; }
    public required Sex Sex { get; init; }
    public required int AgeYears { get; init; }
    public required PrimarySite PrimarySite { get; init; }
    public required Differentiation Differentiation { get; init; }
    public required WhoGrade? Grade { get; init; }
    public required decimal? Ki67Percent { get; init; }
    public required IReadOnlyList<MetastaticSiteKind> Sites { get; init; }
    public required SmaStage? Sma { get; init; }
    public required bool? SmvInfiltration { get; init; }
    public required bool? SevereFibrosis { get; init; }
    public required IReadOnlyList<PriorTreatmentKind> PriorTreatments { get; init; }
    public required bool PriorPrrt { get; init; }
    public required int Ecog { get; init; }
    public required bool CarcinoidSyndrome { get; init; }
    public required bool CarcinoidHeartDisease { get; init; }
    public required bool MmProgressionBeforePrrt { get; init; }
    public required bool MmRetractile { get; init; }

    /// <summary>Short axis of the mesenteric mass at the baseline exam, mm.</summary>
    public required int MmBaselineMm { get; init; }

    /// <summary>Krenning grade of the MM at the baseline receptor imaging; null when there is none.</summary>
    public required int? MmKrenning { get; init; }

    /// <summary>MM-related symptoms present at baseline.</summary>
    public required IReadOnlyList<Symptom> MmSymptoms { get; init; }

    public required DateOnly FirstDose { get; init; }
    public required int Cycles { get; init; }
    public required PrrtStopReason StopReason { get; init; }
    public required PrrtStopToxicity? StopToxicity { get; init; }

    /// <summary>Days from the baseline CT/MRI to the first dose; negative when the first CT/MRI comes after it.</summary>
    public required int BaselineDaysBefore { get; init; }

    /// <summary>Days from the last dose to the evaluation CT/MRI; null when there is none.</summary>
    public required int? PostDaysAfterLastDose { get; init; }

    /// <summary>The central review re-read the baseline and the evaluation exams.</summary>
    public required bool CentralReview { get; init; }

    public required MmCourse Mm { get; init; }
    public required NonMmCourse NonMm { get; init; }
    public required ReceptorImagingPlan Receptor { get; init; }
    public required ClinicalPlan MmClinical { get; init; }
    public required ClinicalPlan CsClinical { get; init; }
    public required IReadOnlyList<Symptom> CsSymptoms { get; init; }
    public required decimal CgaBaselineTimesUln { get; init; }
    public required decimal CgaPostTimesUln { get; init; }
    public required ComplicationPlan? Complication { get; init; }
    public required EndPlan End { get; init; }

    /// <summary>The screening verdict the design intends: null when included, else the protocol's exclusion code.</summary>
    public required string? ExclusionReason { get; init; }

    /// <summary>Day of the last dose: cycles every 8 weeks.</summary>
    public int LastDoseDay => (Cycles - 1) * CycleIntervalDays;

    public DateOnly LastDose => FirstDose.AddDays(LastDoseDay);

    public DateOnly LastNews => FirstDose.AddDays(End.Day);

    public const int CycleIntervalDays = 56;
}
