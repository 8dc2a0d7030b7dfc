namespace Lutetia.Analysis;

/// <summary>A survival time from the first dose: the date it ends, whether it ends with an event, and why.</summary>
public sealed record TimeToEvent(DateOnly FirstDose, DateOnly End, bool Event, string Because)
{
    /// <summary>Months = days / 30.4375 (cohort-format.md).</summary>
    public double Months => (End.DayNumber - FirstDose.DayNumber) / MesenLuthParameters.DaysPerMonth;
}
