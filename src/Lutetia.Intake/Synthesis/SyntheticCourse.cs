using Lutetia.Domain;

namespace Lutetia.Intake;

/// <summary>The anchors of one synthetic patient that imaging and clinical follow-up are drawn around.</summary>
internal sealed record SyntheticCourse(
    PatientId Patient,
    DateOnly FirstDose,
    DateOnly LastDose,
    DateOnly LastNews,
    bool Treated,
    SyntheticBehaviour Mm,
    SyntheticBehaviour NonMm);
