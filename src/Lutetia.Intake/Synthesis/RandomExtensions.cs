namespace Lutetia.Intake;

/// <summary>The draws the synthetic cohorts need, on a seeded <see cref="Random"/>.</summary>
internal static class RandomExtensions
{
    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static int Between(this Random random, int min, int maxInclusive) => random.Next(min, maxInclusive + 1);

    public static double Between(this Random random, double min, double max) => min + (max - min) * random.NextDouble();

    /// <summary>A normal deviate (Box–Muller).</summary>
    public static double Normal(this Random random, double mean, double sd)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return mean + sd * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>An exponential time with the given median.</summary>
    public static double ExponentialWithMedian(this Random random, double median) =>
        -Math.Log(1.0 - random.NextDouble()) * median / Math.Log(2.0);

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Picks by weight: <c>(value, weight)</c> pairs.</summary>
    public static T Weighted<T>(this Random random, params ReadOnlySpan<(T Value, double Weight)> choices)
    {
        var total = 0.0;
        foreach (var choice in choices)
            total += choice.Weight;
        var draw = random.NextDouble() * total;
        foreach (var choice in choices)
        {
            draw -= choice.Weight;
            if (draw < 0)
                return choice.Value;
        }
        return choices[^1].Value;
    }

    public static DateOnly Date(this Random random, DateOnly from, DateOnly to) =>
        from.AddDays(random.Next(to.DayNumber - from.DayNumber + 1));
}
