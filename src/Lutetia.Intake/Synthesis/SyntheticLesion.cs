using Lutetia.Domain;

namespace Lutetia.Intake;

/// <summary>A synthetic lesion and how its diameter evolves over the exams.</summary>
internal sealed record SyntheticLesion(
    string Id, LesionSite Site, bool IsMass, bool IsNodal, LesionRole Role, int BaselineMm, SyntheticBehaviour Behaviour)
{
    /// <summary>
    /// The diameter at exam <paramref name="exam"/> (0 = baseline): stable lesions drift within
    /// ±10 %, responding ones shrink by 35–60 % at the evaluation, progressing ones grow by 25–50 %
    /// from <paramref name="progressionAt"/> on.
    /// </summary>
    public decimal? DiameterAt(int exam, int exams, int progressionAt, Random random)
    {
        if (Role == LesionRole.NonTarget)
            return null;
        if (Role == LesionRole.New)
            return BaselineMm + 2 * Math.Max(0, exam - progressionAt);
        var factor = exam == 0 ? 1.0 : Behaviour switch
        {
            SyntheticBehaviour.Responding => random.Between(0.40, 0.65),
            SyntheticBehaviour.Progressing when exam >= progressionAt => random.Between(1.25, 1.5) + 0.05 * (exam - progressionAt),
            _ => random.Between(0.9, 1.08),
        };
        return Math.Max(0, Math.Round((decimal)(BaselineMm * factor), 0));
    }
}
