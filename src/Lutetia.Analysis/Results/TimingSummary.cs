namespace Lutetia.Analysis;

/// <summary>Mean, minimum and maximum of an interval in months over the patients where it exists.</summary>
public sealed record TimingSummary(string Id, int N, double? Mean, double? Minimum, double? Maximum)
{
    public static TimingSummary Of(string id, IReadOnlyList<double> months)
    {
        if (months.Count == 0)
            return new TimingSummary(id, 0, null, null, null);
        double sum = 0, min = double.MaxValue, max = double.MinValue;
        foreach (var m in months)
        {
            sum += m;
            min = Math.Min(min, m);
            max = Math.Max(max, m);
        }
        return new TimingSummary(id, months.Count, sum / months.Count, min, max);
    }
}
