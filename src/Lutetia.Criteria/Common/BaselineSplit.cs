namespace Lutetia.Criteria;

/// <summary>
/// Splits dated values at the first dose: the baseline is the last value dated on or before it (a
/// sample drawn on the day of the injection precedes it), the follow-up every later value in date
/// order. Earlier values are history and are left out.
/// </summary>
internal static class BaselineSplit
{
    public static (T? Baseline, List<T> FollowUp) At<T>(IEnumerable<T> values, DateOnly firstDose, Func<T, DateOnly> dateOf)
        where T : class
    {
        T? baseline = null;
        var after = new List<T>();
        foreach (var value in values)
        {
            var date = dateOf(value);
            if (date > firstDose)
                after.Add(value);
            else if (baseline is null || date >= dateOf(baseline))
                baseline = value;
        }
        after.Sort((a, b) => dateOf(a).CompareTo(dateOf(b)));
        return (baseline, after);
    }
}
