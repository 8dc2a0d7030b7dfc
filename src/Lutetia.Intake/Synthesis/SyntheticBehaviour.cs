namespace Lutetia.Intake;

/// <summary>How a synthetic patient's disease behaves under PRRT.</summary>
internal enum SyntheticBehaviour
{
    Stable,
    Responding,
    Progressing,
}
