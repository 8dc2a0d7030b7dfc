using System.Globalization;

namespace Lutetia.Statistics.Survival;

/// <summary>Checks of survival inputs: a clear message naming the argument and the index at fault.</summary>
internal static class SurvivalArguments
{
    /// <summary>Times finite and ≥ 0, events 0 or 1, equal lengths, at least one subject.</summary>
    public static void CheckTimesAndEvents(ReadOnlySpan<double> time, ReadOnlySpan<int> status, string timeName = "time", string statusName = "status")
    {
        if (time.Length == 0) throw new ArgumentException("There are no subjects: the input is empty.", timeName);
        CheckLength(time.Length, status.Length, statusName);
        CheckTimes(time, timeName);
        for (int i = 0; i < status.Length; i++)
        {
            if (status[i] is not (0 or 1))
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"{statusName}[{i}] is {status[i]}: an event indicator must be 0 (censored) or 1 (event)."), statusName);
        }
    }

    /// <summary>Times finite and ≥ 0.</summary>
    public static void CheckTimes(ReadOnlySpan<double> time, string timeName)
    {
        for (int i = 0; i < time.Length; i++)
        {
            double t = time[i];
            if (double.IsNaN(t) || double.IsInfinity(t))
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"{timeName}[{i}] is {t}: a time must be a finite number (drop missing values first)."), timeName);
            if (t < 0)
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"{timeName}[{i}] is {t}: a time must not be negative."), timeName);
        }
    }

    /// <summary>An argument that must have one entry per subject.</summary>
    public static void CheckLength(int expected, int actual, string name)
    {
        if (actual != expected)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"{name} has {actual} entries but there are {expected} times: one entry per subject is needed."), name);
    }

    /// <summary>Labels present (no null) and one per subject.</summary>
    public static void CheckLabels(ReadOnlySpan<string> labels, int n, string name)
    {
        CheckLength(n, labels.Length, name);
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] is null)
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"{name}[{i}] is null: every subject needs a label (drop missing values first)."), name);
        }
    }
}
