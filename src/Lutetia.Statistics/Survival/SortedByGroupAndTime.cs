using System.Runtime.CompilerServices;
namespace Lutetia.Statistics.Survival;

/// <summary>
/// Subjects sorted once by time (O(n log n)) and then stably bucketed by a group code (O(n)),
/// so each group's times are a contiguous increasing slice.
/// </summary>
internal sealed class SortedByGroupAndTime
{
    private SortedByGroupAndTime(double[] time, int[] status, int[] index, int[] groupStart)
    {
        Time = time;
        Status = status;
        Index = index;
        GroupStart = groupStart;
    }

    public double[] Time { get; }
    public int[] Status { get; }

    /// <summary>The original position of each sorted subject.</summary>
    public int[] Index { get; }

    /// <summary>Group g occupies [GroupStart[g], GroupStart[g + 1]).</summary>
    public int[] GroupStart { get; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static SortedByGroupAndTime Of(ReadOnlySpan<double> time, ReadOnlySpan<int> status, int[] group, int groups, bool mergeNearTies = true)
    {
        int n = time.Length;
        var keys = time.ToArray();
        var order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        RadixSort.Sort(keys, order);
        if (mergeNearTies) MergeNearTies(keys);
        var start = new int[groups + 1];
        for (int i = 0; i < n; i++) start[group[i] + 1]++;
        for (int g = 0; g < groups; g++) start[g + 1] += start[g];
        var next = (int[])start.Clone();
        var sortedTime = new double[n];
        var sortedStatus = new int[n];
        var index = new int[n];
        for (int k = 0; k < n; k++)
        {
            int i = order[k];
            int pos = next[group[i]]++;
            sortedTime[pos] = keys[k];
            sortedStatus[pos] = status[i];
            index[pos] = i;
        }
        return new SortedByGroupAndTime(sortedTime, sortedStatus, index, start);
    }

    /// <summary>
    /// R survival's aeqSurv (timefix = TRUE in survfit, survdiff and coxph): distinct times whose
    /// gap is ≤ √ε, absolutely or relative to the mean of the distinct |times|, are one time, the
    /// smallest of the run — so that 0.1 + 0.2 and 0.3 tie as R ties them.
    /// </summary>
    private static void MergeNearTies(double[] sorted)
    {
        if (sorted.Length < 2) return;
        double tolerance = Math.Sqrt(Math.Pow(2, -52));
        double sum = 0;
        int distinct = 0;
        for (int i = 0; i < sorted.Length; i++)
        {
            if (i > 0 && sorted[i] == sorted[i - 1]) continue;
            sum += Math.Abs(sorted[i]);
            distinct++;
        }
        double mean = sum / distinct;
        double cut = sorted[0], previous = sorted[0];
        for (int i = 1; i < sorted.Length; i++)
        {
            double v = sorted[i];
            if (v != previous)
            {
                double gap = v - previous;
                previous = v;
                if (!(gap <= tolerance || gap / mean <= tolerance)) cut = v;
            }
            sorted[i] = cut;
        }
    }
}
