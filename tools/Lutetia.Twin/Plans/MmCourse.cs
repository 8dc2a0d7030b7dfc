namespace Lutetia.Twin;

/// <summary>How the mesenteric mass behaves after PRRT.</summary>
internal enum MmCourseKind
{
    /// <summary>Stable: −12 % to +6 % at the evaluation, flat afterwards.</summary>
    Stable,

    /// <summary>Partial response: −40 % at the evaluation, flat afterwards.</summary>
    Partial,

    /// <summary>Grows +30 % and at least 6 mm over its nadir (the protocol's pd: ≥ 20 % and ≥ 5 mm) at a CT/MRI on <see cref="MmCourse.Day"/>.</summary>
    Progression,

    /// <summary>A progression of the MM recorded in progression.csv on <see cref="MmCourse.Day"/>, imaging stable.</summary>
    RecordedProgression,
}

/// <summary>The MM course of one plan: <c>sd</c>, <c>pr</c>, <c>pd@DAY</c> or <c>rec@DAY</c>.</summary>
internal sealed record MmCourse(MmCourseKind Kind, int? Day);
