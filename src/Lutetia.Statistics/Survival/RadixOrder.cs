using System.Runtime.CompilerServices;

namespace Lutetia.Statistics.Survival;

/// <summary>
/// A stable O(n) sort of finite doubles with their original positions: least-significant-digit
/// radix sort on the order-preserving bit pattern, 11 bits a pass, passes where every key has
/// the same digit skipped. Equal values keep their input order.
/// </summary>
internal static class RadixOrder
{
    private const int Bits = 11;
    private const int Buckets = 1 << Bits;

    /// <summary>The values sorted increasingly and, for each, its position in the input.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (double[] Sorted, int[] Index) Sort(ReadOnlySpan<double> values)
    {
        int n = values.Length;
        var key = new ulong[n];
        var index = new int[n];
        for (int i = 0; i < n; i++)
        {
            key[i] = ToKey(values[i]);
            index[i] = i;
        }
        var key2 = new ulong[n];
        var index2 = new int[n];
        var count = new int[Buckets];
        for (int shift = 0; shift < 64; shift += Bits)
        {
            Array.Clear(count);
            for (int i = 0; i < n; i++) count[(int)((key[i] >> shift) & (Buckets - 1))]++;
            if (n == 0 || count[(int)((key[0] >> shift) & (Buckets - 1))] == n) continue;
            int sum = 0;
            for (int b = 0; b < Buckets; b++)
            {
                int c = count[b];
                count[b] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++)
            {
                int p = count[(int)((key[i] >> shift) & (Buckets - 1))]++;
                key2[p] = key[i];
                index2[p] = index[i];
            }
            (key, key2) = (key2, key);
            (index, index2) = (index2, index);
        }
        var sorted = new double[n];
        for (int i = 0; i < n; i++) sorted[i] = FromKey(key[i]);
        return (sorted, index);
    }

    /// <summary>Unsigned keys in the order of the doubles: negative values bit-flipped, positive ones sign-flipped; −0 is 0.</summary>
    private static ulong ToKey(double v)
    {
        ulong bits = BitConverter.DoubleToUInt64Bits(v + 0.0);
        return (bits & 0x8000_0000_0000_0000UL) != 0 ? ~bits : bits | 0x8000_0000_0000_0000UL;
    }

    private static double FromKey(ulong key) =>
        BitConverter.UInt64BitsToDouble((key & 0x8000_0000_0000_0000UL) != 0 ? key & 0x7FFF_FFFF_FFFF_FFFFUL : ~key);
}
