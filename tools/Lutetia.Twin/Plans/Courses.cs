using Lutetia.Domain;

namespace Lutetia.Twin;

/// <summary>How the mesenteric mass behaves after PRRT.</summary>
internal enum MmCourseKind
{
    /// <summary>Stable: −12 % to +6 % at the evaluation, flat afterwards.</summary>
    Stable,

    /// <summary>Partial response: −40 % at the evaluation, flat afterwards.</summary>
    Partial,

    /// <summary>Grows ≥ 20 % and ≥ 5 mm over its nadir at a CT/MRI on <see cref="MmCourse.Day"/>.</summary>
    Progression,

    /// <summary>A progression of the MM recorded in progression.csv on <see cref="MmCourse.Day"/>, imaging stable.</summary>
    RecordedProgression,
}

/// <summary>The MM course of one plan: <c>sd</c>, <c>pr</c>, <c>pd@DAY</c> or <c>rec@DAY</c>.</summary>
internal sealed record MmCourse(MmCourseKind Kind, int? Day);

/// <summary>How the disease other than the MM behaves.</summary>
internal enum NonMmCourseKind
{
    /// <summary>No lesion other than the MM.</summary>
    None,
    Stable,

    /// <summary>Targets −40 % at the evaluation.</summary>
    Partial,

    /// <summary>RECIST progression at a CT/MRI on the day given (growth, new lesion or non-target).</summary>
    Progression,

    /// <summary>Progression recorded in progression.csv on the day given; imaging stable until then.</summary>
    RecordedProgression,
}

/// <summary>The way a non-MM RECIST progression shows.</summary>
internal enum ProgressionSign
{
    None,

    /// <summary>The targets' sum rises ≥ 35 % over its nadir.</summary>
    Growth,

    /// <summary>A new liver lesion.</summary>
    NewLesion,

    /// <summary>Unequivocal progression of a non-target lesion.</summary>
    NonTarget,
}

/// <summary>The non-MM course of one plan: <c>none</c>, <c>sd</c>, <c>pr</c>, <c>pd@DAY:growth|new|nt</c>, <c>rec@DAY</c>.</summary>
internal sealed record NonMmCourse(NonMmCourseKind Kind, int? Day, ProgressionSign Sign);

/// <summary>Somatostatin-receptor imaging before and after PRRT: none, SRS or 68Ga PET; responder of the non-MM disease or not.</summary>
internal sealed record ReceptorImagingPlan(Modality? Modality, bool NonMmResponds);

/// <summary>Category intended for a symptom domain at the evaluation and at the long-term assessment (null: no such assessment).</summary>
internal sealed record ClinicalPlan(ClinicalOutcome? Evaluation, ClinicalOutcome? LongTerm);

/// <summary>The clinical categories of mesenluth-protocol.md.</summary>
internal enum ClinicalOutcome
{
    Complete,
    Partial,
    Stable,
    Progression,
}

/// <summary>A gastrointestinal complication: during PRRT (after cycle 2) or long-term (400 days after the last dose).</summary>
internal sealed record ComplicationPlan(bool DuringPrrt, ComplicationType Type, bool Corticosteroids);

/// <summary>Last news, days after the first dose; death with its cause, or alive.</summary>
internal sealed record EndPlan(int Day, DeathCause? DeathCause)
{
    public bool Died => DeathCause is not null;
}
