using Lutetia.Domain;

namespace Lutetia.Twin;

/// <summary>What a CT/MRI exam records of one lesion: a diameter (targets, new lesions) or a status (non-targets).</summary>
internal sealed record LesionValue(TwinLesion Lesion, decimal? DiameterMm, NonTargetStatus? Status);

/// <summary>
/// The size of every lesion at each exam, as the plan's courses require (response-criteria.md):
/// stable lesions vary by at most 1 mm after the evaluation (never the 20 % and 5 mm of a PD);
/// a partial response is −40 %; an MM progression is +30 % and at least +6 mm over the nadir; a
/// growth progression of the other targets +40 %; after a progression every exam is still PD.
/// </summary>
internal sealed class LesionSizes
{
    private readonly PatientPlan _plan;
    private readonly int? _postDay;
    private readonly Dictionary<LesionId, int> _post = [];

    public LesionSizes(PatientPlan plan, IReadOnlyList<TwinLesion> lesions, Random random)
    {
        _plan = plan;
        Lesions = lesions;
        _postDay = plan.PostDaysAfterLastDose is { } post ? plan.LastDoseDay + post : null;
        var mmFactor = plan.Mm.Kind == MmCourseKind.Partial ? 0.60m : (88 + random.Next(0, 19)) / 100m;
        var nonMmFactor = plan.NonMm.Kind == NonMmCourseKind.Partial ? 0.60m : (90 + random.Next(0, 16)) / 100m;
        foreach (var lesion in lesions.Where(l => l.Role == LesionRole.Target))
            _post[lesion.Id] = (int)Math.Round(lesion.BaselineMm * (lesion.IsMass ? mmFactor : nonMmFactor), MidpointRounding.AwayFromZero);
    }

    public IReadOnlyList<TwinLesion> Lesions { get; }

    /// <summary>Every lesion's value at the exam on <paramref name="day"/>, the <paramref name="index"/>-th exam.</summary>
    public IReadOnlyList<LesionValue> At(int day, int index)
    {
        var values = new List<LesionValue>();
        foreach (var lesion in Lesions)
        {
            var value = lesion.Role switch
            {
                LesionRole.Target => new LesionValue(lesion, Diameter(lesion, day, index), null),
                LesionRole.NonTarget => new LesionValue(lesion, null, NonTargetProgressed(lesion, day)
                    ? NonTargetStatus.UnequivocalProgression : NonTargetStatus.Present),
                _ => _plan.NonMm.Sign == ProgressionSign.NewLesion && day >= _plan.NonMm.Day
                    ? new LesionValue(lesion, 14 + (day - _plan.NonMm.Day!.Value) / 30, null)
                    : null,
            };
            if (value is not null)
                values.Add(value);
        }
        return values;
    }

    private int Diameter(TwinLesion lesion, int day, int index)
    {
        if (day < 0 || _postDay is null || day < _postDay)
            return lesion.BaselineMm;
        // After the evaluation a stable lesion alternates between its evaluation size and 1 mm less.
        var settled = _post[lesion.Id] - (day > _postDay && index % 2 == 1 ? 1 : 0);
        if (lesion.IsMass && _plan.Mm.Kind == MmCourseKind.Progression && day >= _plan.Mm.Day)
            return Grown(lesion, 1.30m, 6) + (day - _plan.Mm.Day!.Value) / 60;
        if (!lesion.IsMass && _plan.NonMm.Sign == ProgressionSign.Growth && day >= _plan.NonMm.Day)
            return Grown(lesion, 1.40m, 3) + (day - _plan.NonMm.Day!.Value) / 60;
        return settled;
    }

    /// <summary>A progression over the nadir: the evaluation size (1 mm less when later exams dipped), or the baseline when it is the evaluation.</summary>
    private int Grown(TwinLesion lesion, decimal factor, int minimumMm)
    {
        var eventDay = lesion.IsMass ? _plan.Mm.Day : _plan.NonMm.Day;
        var nadir = eventDay == _postDay ? lesion.BaselineMm : Math.Min(lesion.BaselineMm, _post[lesion.Id]);
        return Math.Max((int)Math.Ceiling(nadir * factor), nadir + minimumMm);
    }

    private bool NonTargetProgressed(TwinLesion lesion, int day) =>
        _plan.NonMm.Sign == ProgressionSign.NonTarget && day >= _plan.NonMm.Day
        && lesion == Lesions.First(l => l.Role == LesionRole.NonTarget);
}
