using System.Globalization;
using Lutetia.Domain;

namespace Lutetia.Analysis;

/// <summary>
/// Times to event from the first dose (mesenluth-protocol.md, "Time to event"). Events count only
/// when dated after the first dose; the earliest event wins; without event the time is censored at
/// last news (or, by the <c>censoring</c> parameter, at the last CT/MRI exam).
/// </summary>
internal static class SurvivalEndpoints
{
    /// <summary>
    /// MM-related PFS: the MM's first PD at a follow-up read, a recorded MM progression, or an
    /// MM-related death; a death from another cause censors at its date (the protocol's choice).
    /// </summary>
    public static TimeToEvent MmPfs(PatientRecord record, PatientImaging imaging, MorphologicEndpoints.Result morphologic, MesenLuthParameters p)
    {
        var first = record.FirstDose!.Value;
        var events = new List<(DateOnly Date, string Because)>();
        if (morphologic.MmFirstProgression is { } pd)
            events.Add((pd.Date, $"MM progression at read {pd.Read}: {pd.Explanation.Sentence}"));
        AddRecorded(record, ProgressionScope.Mm, events);
        var patient = record.Patient;
        if (patient.DeathDate is { } death && patient.DeathCause == DeathCause.MmRelated)
            events.Add((death, "MM-related death"));
        if (Earliest(events, first) is { } e)
            return new TimeToEvent(first, e.Date, true, $"event on {IsoDate.Text(e.Date)}: {e.Because}");
        if (patient.DeathDate is { } other && other > first)
            return new TimeToEvent(first, other, false, $"censored at the death on {IsoDate.Text(other)} from a cause other than the MM");
        return Censored(record, imaging, p);
    }

    /// <summary>Non-MM PFS: the first non-MM RECIST 1.1 PD, a recorded non-MM progression, or death from any cause.</summary>
    public static TimeToEvent NonMmPfs(PatientRecord record, PatientImaging imaging, MorphologicEndpoints.Result morphologic, MesenLuthParameters p)
    {
        var first = record.FirstDose!.Value;
        var events = new List<(DateOnly Date, string Because)>();
        if (morphologic.NonMmFirstProgression is { } pd)
            events.Add((pd.Date, $"non-MM RECIST 1.1 progression at read {pd.Read}: {pd.Explanation.Sentence}"));
        AddRecorded(record, ProgressionScope.NonMm, events);
        if (record.Patient.DeathDate is { } death)
            events.Add((death, "death"));
        return Earliest(events, first) is { } e
            ? new TimeToEvent(first, e.Date, true, $"event on {IsoDate.Text(e.Date)}: {e.Because}")
            : Censored(record, imaging, p);
    }

    /// <summary>Overall survival: death, else censored at last news.</summary>
    public static TimeToEvent Os(PatientRecord record)
    {
        var first = record.FirstDose!.Value;
        var patient = record.Patient;
        return patient.DeathDate is { } death
            ? new TimeToEvent(first, death, true, $"death on {IsoDate.Text(death)}")
            : new TimeToEvent(first, patient.LastNewsDate, false, $"alive at last news on {IsoDate.Text(patient.LastNewsDate)}");
    }

    private static void AddRecorded(PatientRecord record, ProgressionScope scope, List<(DateOnly, string)> events)
    {
        foreach (var progression in record.Progressions)
        {
            if (progression.Scope == scope)
                events.Add((progression.Date, $"recorded {(scope == ProgressionScope.Mm ? "MM" : "non-MM")} progression"));
        }
    }

    private static (DateOnly Date, string Because)? Earliest(List<(DateOnly Date, string Because)> events, DateOnly firstDose)
    {
        (DateOnly Date, string Because)? earliest = null;
        foreach (var e in events)
        {
            // A progression recorded before the first dose is history, not an event.
            if (e.Date > firstDose && (earliest is null || e.Date < earliest.Value.Date))
                earliest = e;
        }
        return earliest;
    }

    private static TimeToEvent Censored(PatientRecord record, PatientImaging imaging, MesenLuthParameters p)
    {
        var first = record.FirstDose!.Value;
        if (p.Censoring == Censoring.LastAssessment)
        {
            var lastExam = imaging.FollowUp.Count > 0 ? imaging.FollowUp[^1].Date : first;
            var end = lastExam > first ? lastExam : first;
            return new TimeToEvent(first, end, false, $"censored at the last CT/MRI exam on {IsoDate.Text(end)}");
        }
        var news = record.Patient.LastNewsDate;
        return new TimeToEvent(first, news, false, $"censored at last news on {IsoDate.Text(news)}");
    }

}
