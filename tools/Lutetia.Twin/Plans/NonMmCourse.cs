namespace Lutetia.Twin;

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

    /// <summary>Each target grows +40 % and at least 3 mm over its nadir (RECIST PD: the sum ≥ 20 % and ≥ 5 mm).</summary>
    Growth,

    /// <summary>A new liver lesion.</summary>
    NewLesion,

    /// <summary>Unequivocal progression of a non-target lesion.</summary>
    NonTarget,
}

/// <summary>The non-MM course of one plan: <c>none</c>, <c>sd</c>, <c>pr</c>, <c>pd@DAY:growth|new|nt</c>, <c>rec@DAY</c>.</summary>
internal sealed record NonMmCourse(NonMmCourseKind Kind, int? Day, ProgressionSign Sign);
