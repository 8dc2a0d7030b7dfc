using System.Runtime.CompilerServices;

namespace Lutetia.Statistics.Survival;

/// <summary>
/// A stable least-significant-digit radix sort of doubles (11-bit digits over the IEEE 754 bits
/// mapped to an order-preserving unsigned key), carrying an index array along: O(n), about ten
/// times faster than a comparison sort at 10^6 subjects. Small inputs use Array.Sort. NaN must
/// not occur (callers reject it first).
/// </summary>
internal static class RadixSort
{
    private const int Bits = 11;
    private const int Buckets = 1 << Bits;
    private const int Passes = 6; // 6 × 11 ≥ 64 bits
    private const ulong Mask = Buckets - 1;
    private const int SmallInput = 512;

    /// <summary>Sorts <paramref name="keys"/> increasingly, permuting <paramref name="items"/> alongside.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Sort(double[] keys, int[] items)
    {
        int n = keys.Length;
        if (n < SmallInput)
        {
            Array.Sort(keys, items);
            return;
        }
        var a = new ulong[n];
        var b = new ulong[n];
        int[] ia = items, ib = new int[n];
        var counts = new int[Passes * Buckets];
        for (int i = 0; i < n; i++)
        {
            ulong k = Key(keys[i]);
            a[i] = k;
            for (int p = 0; p < Passes; p++) counts[p * Buckets + (int)((k >> (p * Bits)) & Mask)]++;
        }
        for (int p = 0; p < Passes; p++)
        {
            int shift = p * Bits;
            var count = counts.AsSpan(p * Buckets, Buckets);
            if (count[(int)((a[0] >> shift) & Mask)] == n) continue; // every key has this digit
            int sum = 0;
            for (int d = 0; d < Buckets; d++)
            {
                int c = count[d];
                count[d] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++)
            {
                ulong k = a[i];
                int pos = count[(int)((k >> shift) & Mask)]++;
                b[pos] = k;
                ib[pos] = ia[i];
            }
            (a, b) = (b, a);
            (ia, ib) = (ib, ia);
        }
        if (!ReferenceEquals(ia, items)) ia.AsSpan().CopyTo(items);
        for (int i = 0; i < n; i++) keys[i] = FromKey(a[i]);
    }

    /// <summary>An unsigned key in the order of the doubles: negatives flipped whole, positives with the sign bit set.</summary>
    private static ulong Key(double value)
    {
        ulong bits = BitConverter.DoubleToUInt64Bits(value);
        return (bits & 0x8000_0000_0000_0000UL) != 0 ? ~bits : bits | 0x8000_0000_0000_0000UL;
    }

    private static double FromKey(ulong key) =>
        BitConverter.UInt64BitsToDouble((key & 0x8000_0000_0000_0000UL) != 0 ? key & 0x7FFF_FFFF_FFFF_FFFFUL : ~key);
}
