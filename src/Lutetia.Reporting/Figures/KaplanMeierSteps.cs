namespace Lutetia.Reporting.Figures;

/// <summary>A group's curve as arrays that start at time 0 with survival 1.</summary>
internal sealed class KaplanMeierSteps
{
    public KaplanMeierSteps(KaplanMeierGroup group)
    {
        var prepend = group.TimeMonths[0] > 0 ? 1 : 0;
        var n = group.TimeMonths.Count + prepend;
        Times = new double[n];
        Survival = new double[n];
        var hasBand = group.Lower is not null && group.Upper is not null;
        Lower = hasBand ? new double[n] : null;
        Upper = hasBand ? new double[n] : null;
        if (prepend == 1)
        {
            Survival[0] = 1;
            if (hasBand)
                Lower![0] = Upper![0] = 1;
        }
        for (var i = prepend; i < n; i++)
        {
            Times[i] = group.TimeMonths[i - prepend];
            Survival[i] = group.Survival[i - prepend];
            if (hasBand)
            {
                Lower![i] = group.Lower![i - prepend];
                Upper![i] = group.Upper![i - prepend];
            }
        }
        var end = Times[n - 1];
        foreach (var censor in group.CensorTimesMonths)
            end = Math.Max(end, censor);
        EndMonths = end;
    }

    public double[] Times { get; }

    public double[] Survival { get; }

    public double[]? Lower { get; }

    public double[]? Upper { get; }

    /// <summary>Last time the group is observed: the curve is drawn up to it.</summary>
    public double EndMonths { get; }

    /// <summary>The survival value in force at <paramref name="time"/> (right-continuous).</summary>
    public double SurvivalAt(double time)
    {
        // The last step at or before the time, by binary search: censorings can number millions.
        int low = 0, high = Times.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (Times[mid] <= time)
                low = mid + 1;
            else
                high = mid;
        }
        return low == 0 ? 1.0 : Survival[low - 1];
    }
}
