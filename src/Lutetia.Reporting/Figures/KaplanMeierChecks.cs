using Lutetia.Domain;
using Lutetia.Reporting.Figures.Layout;

namespace Lutetia.Reporting.Figures;

/// <summary>Rejects a Kaplan–Meier model that would draw a wrong curve or table.</summary>
internal static class KaplanMeierChecks
{
    /// <summary>Rounding slack allowed between a survival value and its confidence limits.</summary>
    private const double Slack = 1e-9;

    public static void Validate(KaplanMeierModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Guard.NotNull(model.XAxis, "XAxis");
        model.XAxis.Validate("XAxis");
        Guard.NotEmpty(model.Groups, "Groups");
        Guard.Label(model.YAxisTitle, "YAxisTitle");
        Guard.Between(model.WidthMm, 60, 400, "WidthMm");
        Guard.Between(model.PlotHeightMm, 30, 300, "PlotHeightMm");
        var ticks = model.XAxis.TickTimes().Length;
        for (var g = 0; g < model.Groups.Count; g++)
        {
            var field = Guard.At("Groups", g);
            Guard.NotNull(model.Groups[g], field);
            Group(model.Groups[g], field, ticks);
        }
    }

    private static void Group(KaplanMeierGroup group, string field, int ticks)
    {
        Guard.Label(group.Label, field + ".Label");
        Guard.NotEmpty(group.TimeMonths, field + ".TimeMonths");
        var n = group.TimeMonths.Count;
        Guard.SameLength(group.Survival, n, field + ".Survival", "one per time");
        for (var i = 0; i < n; i++)
        {
            Guard.NonNegative(group.TimeMonths[i], Guard.At(field + ".TimeMonths", i));
            Guard.Between(group.Survival[i], 0, 1, Guard.At(field + ".Survival", i));
            if (i > 0 && group.TimeMonths[i] < group.TimeMonths[i - 1])
                throw Guard.Fail(Guard.At(field + ".TimeMonths", i), "is earlier than the time before it; times must be in order.");
            if (i > 0 && group.Survival[i] > group.Survival[i - 1] + Slack)
                throw Guard.Fail(Guard.At(field + ".Survival", i), "rises above the value before it; a survival curve never rises.");
        }
        Band(group, field, n);
        Guard.NotNull(group.CensorTimesMonths, field + ".CensorTimesMonths");
        for (var i = 0; i < group.CensorTimesMonths.Count; i++)
            Guard.NonNegative(group.CensorTimesMonths[i], Guard.At(field + ".CensorTimesMonths", i));
        if (group.MedianMonths is { } median)
            Guard.NonNegative(median, field + ".MedianMonths");
        Counts(group.AtRisk, field + ".AtRisk", ticks);
        Counts(group.Censored, field + ".Censored", ticks);
        Counts(group.Events, field + ".Events", ticks);
    }

    private static void Band(KaplanMeierGroup group, string field, int n)
    {
        if (group.Lower is null != group.Upper is null)
            throw Guard.Fail(field + (group.Lower is null ? ".Lower" : ".Upper"), "is missing; give both confidence limits or neither.");
        if (group.Lower is null || group.Upper is null)
            return;
        Guard.SameLength(group.Lower, n, field + ".Lower", "one per time");
        Guard.SameLength(group.Upper, n, field + ".Upper", "one per time");
        for (var i = 0; i < n; i++)
        {
            Guard.Between(group.Lower[i], 0, 1, Guard.At(field + ".Lower", i));
            Guard.Between(group.Upper[i], 0, 1, Guard.At(field + ".Upper", i));
            if (group.Lower[i] > group.Survival[i] + Slack)
                throw Guard.Fail(Guard.At(field + ".Lower", i), "is above the survival estimate.");
            if (group.Upper[i] < group.Survival[i] - Slack)
                throw Guard.Fail(Guard.At(field + ".Upper", i), "is below the survival estimate.");
        }
    }

    private static void Counts(IReadOnlyList<int> counts, string field, int ticks)
    {
        Guard.SameLength(counts, ticks, field, "one per x-axis tick");
        for (var i = 0; i < counts.Count; i++)
            Guard.NonNegative(counts[i], Guard.At(field, i));
    }
}
