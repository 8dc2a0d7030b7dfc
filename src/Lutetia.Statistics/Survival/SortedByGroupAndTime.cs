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

    public static SortedByGroupAndTime Of(ReadOnlySpan<double> time, ReadOnlySpan<int> status, int[] group, int groups)
    {
        int n = time.Length;
        var keys = time.ToArray();
        var order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Array.Sort(keys, order);
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
}
