using Lutetia.Domain;

namespace Lutetia.Criteria.Recist;

/// <summary>
/// What makes a series one RECIST 1.1 cannot judge, found before any response is computed and in
/// the order the computation would meet it: a read that is not CT/MRI, then a target recording a
/// non-target status (the baseline read, then each follow-up read), or a non-target recording a
/// diameter at a follow-up read.
/// </summary>
internal static class RecistSeriesCheck
{
    public static DataProblem? Refuse(ReadSeries series)
    {
        foreach (var read in series.Reads)
        {
            if (!read.Read.IsMorphologic)
                return new DataProblem(
                    $"Read {read.Id} is {Codes<Modality>.ToCode(read.Read.Modality)}: RECIST 1.1 uses CT and MRI reads only.", nameof(series));
        }
        var targets = Recist11.Indices(series.Lesions, LesionRole.Target);
        var nonTargets = Recist11.Indices(series.Lesions, LesionRole.NonTarget);
        for (var r = 0; r < series.Reads.Count; r++)
        {
            var read = series.Reads[r].Id;
            foreach (var i in targets)
            {
                if (TargetRule.Refuse(series.MeasurementAt(r, i), series.Lesions[i], read) is { } target)
                    return target;
            }
            if (r == 0)
                continue; // the non-targets are read at the follow-up reads only
            foreach (var i in nonTargets)
            {
                if (NonTargetRule.Refuse(series.MeasurementAt(r, i), series.Lesions[i], read) is { } nonTarget)
                    return nonTarget;
            }
        }
        return null;
    }
}
