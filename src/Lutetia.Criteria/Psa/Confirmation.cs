namespace Lutetia.Criteria.Psa;

/// <summary>
/// PCWG3's "confirmed by a second value obtained 3 or more weeks later": starting from a
/// qualifying value, the first value at least <c>days</c> later confirms it, provided every value
/// up to it still qualifies (a value that loses the criterion in between ends the run).
/// </summary>
internal static class Confirmation
{
    /// <summary>The index of the confirming value, or −1; <paramref name="lost"/> is the index of the value that broke the run, or −1.</summary>
    public static int Find(IReadOnlyList<PsaValue> values, int from, Func<decimal, bool> holds, int days, out int lost)
    {
        lost = -1;
        for (var k = from + 1; k < values.Count; k++)
        {
            if (!holds(values[k].Value))
            {
                lost = k;
                return -1;
            }
            if (values[k].Date.DayNumber - values[from].Date.DayNumber >= days)
                return k;
        }
        return -1;
    }
}
