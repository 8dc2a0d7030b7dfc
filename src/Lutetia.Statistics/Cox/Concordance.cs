using System.Runtime.CompilerServices;
using Lutetia.Statistics.Survival;
namespace Lutetia.Statistics.Cox;

/// <summary>
/// Harrell's concordance of a risk score with survival, as R's coxph reports it: a pair is
/// comparable when one subject has the event strictly before the other's time (a censoring at
/// the same time counts as later); pairs tied in time are not comparable; within strata only.
/// C = (concordant + tied_x / 2) / (concordant + discordant + tied_x). O(n log n) with a
/// Fenwick tree over the ranks of the score.
/// </summary>
internal static class Concordance
{
    /// <summary>data sorted by stratum then time; score per sorted subject (higher = earlier event).</summary>
    public static double Of(CoxData data, ReadOnlySpan<double> score)
    {
        double concordant = 0, discordant = 0, tiedX = 0;
        for (int s = 0; s + 1 < data.StrataStart.Length; s++)
        {
            int start = data.StrataStart[s], end = data.StrataStart[s + 1];
            Stratum(data.Time, data.Status, score, start, end, ref concordant, ref discordant, ref tiedX);
        }
        double total = concordant + discordant + tiedX;
        return total == 0 ? double.NaN : (concordant + tiedX / 2) / total;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Stratum(double[] time, int[] status, ReadOnlySpan<double> score, int start, int end,
        ref double concordant, ref double discordant, ref double tiedX)
    {
        int n = end - start;
        // Ranks of the score (1-based, equal scores share a rank).
        var order = new int[n];
        var keys = score.Slice(start, n).ToArray();
        for (int i = 0; i < n; i++) order[i] = i;
        RadixSort.Sort(keys, order);
        var rank = new int[n];
        int ranks = 0;
        for (int i = 0; i < n; i++)
        {
            if (i == 0 || keys[i] != keys[i - 1]) ranks++;
            rank[order[i]] = ranks;
        }
        // A Fenwick tree of counts by rank (int: at most n per stratum, half the memory of long,
        // so more of it stays in cache) and the exact count at each rank, so that each event
        // needs one prefix sum instead of two.
        var tree = new int[ranks + 1];
        var atRank = new int[ranks + 1];
        long inTree = 0;
        for (int i = end - 1; i >= start;)
        {
            double t = time[i];
            int j = i;
            // Censored at t are at risk for the deaths at t: add them first.
            for (; j >= start && time[j] == t; j--)
            {
                if (status[j] == 0) { Add(tree, atRank, rank[j - start]); inTree++; }
            }
            for (int k = i; k > j; k--)
            {
                if (status[k] == 0) continue;
                int r = rank[k - start];
                long below = Sum(tree, r - 1);
                long atOrBelow = below + atRank[r];
                concordant += below;
                tiedX += atRank[r];
                discordant += inTree - atOrBelow;
            }
            for (int k = i; k > j; k--)
            {
                if (status[k] == 1) { Add(tree, atRank, rank[k - start]); inTree++; }
            }
            i = j;
        }
    }

    private static void Add(int[] tree, int[] atRank, int r)
    {
        atRank[r]++;
        for (; r < tree.Length; r += r & -r) tree[r]++;
    }

    private static long Sum(int[] tree, int r)
    {
        long s = 0;
        for (; r > 0; r -= r & -r) s += tree[r];
        return s;
    }
}
