using Lutetia.Domain;

namespace Lutetia.Intake;

/// <summary>
/// cohort-format.md, cross-file rules on dates: cycles numbered from 1 with strictly increasing
/// dates; birth &lt; diagnosis ≤ first dose; every date of a patient on or before last news and
/// on or before the death; death date = last news date; complications on or after the first dose.
/// </summary>
internal static class TimelineRules
{
    public static void Check(CohortTables t, ProblemList problems)
    {
        var known = t.Patients.Select(p => p.Value.Id).ToHashSet();
        var firstDose = CheckCycles(t, known, problems);
        var lastNews = new Dictionary<PatientId, (DateOnly LastNews, DateOnly? Death)>(t.Patients.Count);
        var patientsLocation = t.Location(PatientsTable.Table);
        foreach (var (p, row) in t.Patients)
        {
            lastNews[p.Id] = (p.LastNewsDate, p.DeathDate);
            CheckPatientDates(p, row, firstDose.TryGetValue(p.Id, out var dose) ? dose : null, patientsLocation, problems);
        }

        NotAfterLastNews(t.PrrtCycles, c => (c.Patient, c.Date), PrrtCyclesTable.Table, "date", t, lastNews, problems);
        NotAfterLastNews(t.Reads, r => (r.Patient, r.ExamDate), ReadsTable.Table, "exam_date", t, lastNews, problems);
        NotAfterLastNews(t.Symptoms, s => (s.Patient, s.Date), SymptomsTable.Table, "date", t, lastNews, problems);
        NotAfterLastNews(t.Labs, l => (l.Patient, l.Date), LabsTable.Table, "date", t, lastNews, problems);
        NotAfterLastNews(t.Complications, c => (c.Patient, c.Date), ComplicationsTable.Table, "date", t, lastNews, problems);
        NotAfterLastNews(t.Progressions, p => (p.Patient, p.Date), ProgressionTable.Table, "date", t, lastNews, problems);

        var complications = t.Location(ComplicationsTable.Table);
        foreach (var (c, row) in t.Complications)
        {
            if (!known.Contains(c.Patient) || t.Rejected.Covers("prrt_cycles", "patient_id", c.Patient.Value))
                continue;
            if (!firstDose.TryGetValue(c.Patient, out var first))
                problems.Error(complications, row, "date", Text(c.Date), "complication_date",
                    $"patient {c.Patient} has no PRRT cycle, so no complication after the first dose",
                    "add the patient's cycles to prrt_cycles.csv, or remove the complication");
            else if (c.Date < first)
                problems.Error(complications, row, "date", Text(c.Date), "complication_date",
                    $"the complication is dated before the first dose ({Text(first)})",
                    "record only complications on or after the first dose; check the date");
        }
    }

    /// <summary>
    /// Cycles consecutive from 1, dates strictly increasing; returns each patient's first dose. A gap
    /// in the numbering is reported once (every later number is off by the same gap), and the dates
    /// are still compared in number order: a cycle 5 dated before cycle 2 is its own problem.
    /// </summary>
    private static Dictionary<PatientId, DateOnly> CheckCycles(CohortTables t, HashSet<PatientId> known, ProblemList problems)
    {
        var location = t.Location(PrrtCyclesTable.Table);
        var firstDose = new Dictionary<PatientId, DateOnly>();
        foreach (var group in t.PrrtCycles.GroupBy(c => c.Value.Patient))
        {
            if (!known.Contains(group.Key) || t.Rejected.Covers("prrt_cycles", "patient_id", group.Key.Value))
                continue; // one of the patient's cycles failed its own rules: the sequence is judged once it is fixed
            // A repeated cycle number is reported by the key rules; judge the sequence on distinct numbers.
            var cycles = group.DistinctBy(c => c.Value.Number).OrderBy(c => c.Value.Number).ToArray();
            var gapReported = false;
            for (var i = 0; i < cycles.Length; i++)
            {
                var (cycle, row) = cycles[i];
                var expected = i == 0 ? 1 : cycles[i - 1].Value.Number + 1;
                if (!gapReported && cycle.Number != expected)
                {
                    gapReported = true;
                    var gap = i == 0 ? $"start at {cycle.Number}" : $"skip from {cycles[i - 1].Value.Number} to {cycle.Number}";
                    problems.Error(location, row, "cycle", Text(cycle.Number), "cycle_sequence",
                        $"patient {cycle.Patient}'s cycles {gap}: cycles are numbered 1, 2, … with no gap",
                        "renumber the cycles consecutively from 1, or add the missing cycle");
                }
                if (i > 0 && cycle.Date <= cycles[i - 1].Value.Date)
                    problems.Error(location, row, "date", Text(cycle.Date), "cycle_dates",
                        $"cycle {cycle.Number} is not after cycle {cycles[i - 1].Value.Number} ({Text(cycles[i - 1].Value.Date)})",
                        "cycle dates strictly increase with the cycle number; check the dates and the numbering");
            }
            firstDose[group.Key] = cycles[0].Value.Date;
        }
        return firstDose;
    }

    private static void CheckPatientDates(Patient p, int row, DateOnly? firstDose, string location, ProblemList problems)
    {
        if (p.BirthDate is { } birth && p.DiagnosisDate is { } diagnosis && diagnosis <= birth)
            problems.Error(location, row, "diagnosis_date", Text(diagnosis), "chronology",
                $"the diagnosis is not after the birth date ({Text(birth)})", "check both dates");
        if (p.DiagnosisDate is { } dx && firstDose is { } first && dx > first)
            problems.Error(location, row, "diagnosis_date", Text(dx), "chronology",
                $"the diagnosis is after the first PRRT dose ({Text(first)})", "check the diagnosis date and the date of cycle 1");
        else if (p.BirthDate is { } b && firstDose is { } f && f <= b)
            problems.Error(location, row, "birth_date", Text(b), "chronology",
                $"the birth date is not before the first PRRT dose ({Text(f)})", "check the birth date");
        if (p.BirthDate is { } born && born > p.LastNewsDate)
            problems.Error(location, row, "birth_date", Text(born), "after_last_news",
                $"the birth date is after last_news_date ({Text(p.LastNewsDate)})", "check both dates");
        if (p.DiagnosisDate is { } diag && diag > p.LastNewsDate)
            problems.Error(location, row, "diagnosis_date", Text(diag), "after_last_news",
                $"the diagnosis is after last_news_date ({Text(p.LastNewsDate)})", "check both dates");
        if (p.DeathDate is { } death && death != p.LastNewsDate)
            problems.Error(location, row, "death_date", Text(death), "death_date",
                $"the death date is not the date of last news ({Text(p.LastNewsDate)}): a patient who died was last known alive on the day of death",
                "set the date of last news (last_news_date) to the death date, or correct the death date");
    }

    /// <summary>
    /// Every dated row of a patient on or before last news, and on or before the death. A date after
    /// both is reported once, against last news; a date after a death recorded before last news is
    /// reported against the death (rule <c>after_death</c>), beside the death-date problem itself —
    /// correcting last news alone would not make a cycle given after the death possible.
    /// </summary>
    private static void NotAfterLastNews<T>(List<Parsed<T>> rows, Func<T, (PatientId Patient, DateOnly Date)> dateOf,
        TableSpec table, string column, CohortTables t, Dictionary<PatientId, (DateOnly LastNews, DateOnly? Death)> lastNews, ProblemList problems)
    {
        var location = t.Location(table);
        foreach (var (value, row) in rows)
        {
            var (patient, date) = dateOf(value);
            if (!lastNews.TryGetValue(patient, out var bounds))
                continue;
            if (date > bounds.LastNews)
                problems.Error(location, row, column, Text(date), "after_last_news",
                    $"the date is after patient {patient}'s last_news_date ({Text(bounds.LastNews)})",
                    "check the date, or update last_news_date in patients.csv");
            else if (bounds.Death is { } death && date > death)
                problems.Error(location, row, column, Text(date), "after_death",
                    $"the date is after patient {patient}'s death ({Text(death)}): nothing is recorded after a death",
                    "check this date, or correct the date of death (death_date in patients.csv)");
        }
    }

    private static string Text(DateOnly date) => CellText.Of(date)!;

    private static string Text(int number) => CellText.Of(number)!;
}
