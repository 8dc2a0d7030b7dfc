using Lutetia.Domain;

namespace Lutetia.Twin;

/// <summary>
/// The clinical follow-up of one plan: MM-related and carcinoid-syndrome symptoms at baseline (3
/// days before the first dose), at the evaluation (the day of the evaluation CT/MRI) and, for MM
/// symptoms, at the long-term visit (a year after the last dose, or later); CgA before and after
/// PRRT; the planned complication and recorded progressions.
/// </summary>
internal sealed class TwinClinical(PatientPlan plan, Random random, CohortBuilder rows)
{
    /// <summary>Upper limit of normal of CgA in each centre's laboratory (µg/L).</summary>
    private static readonly decimal[] CgaUln = [98m, 100m, 108m, 76.3m, 102m, 95m, 120m, 86m];

    public const int LongTermVisitDays = 365;

    public void Add()
    {
        var evaluationDay = plan.LastDoseDay + (plan.PostDaysAfterLastDose ?? 60);
        Symptoms(SymptomDomain.Mm, plan.MmSymptoms, plan.MmClinical, evaluationDay);
        Symptoms(SymptomDomain.CarcinoidSyndrome, plan.CsSymptoms, plan.CsClinical, evaluationDay);
        if (plan.CarcinoidSyndrome != plan.CsSymptoms.Count > 0)
            throw new ArgumentException($"{plan.Id}: carcinoid-syndrome symptoms are planned exactly for the patients with a carcinoid syndrome");

        var uln = CgaUln[plan.Centre - 1];
        rows.Labs.Add(new LabResult(plan.Id, plan.FirstDose.AddDays(-5), LabTest.Cga, Math.Round(plan.CgaBaselineTimesUln * uln, 1), uln));
        if (evaluationDay <= plan.End.Day)
            rows.Labs.Add(new LabResult(plan.Id, Day(evaluationDay), LabTest.Cga, Math.Round(plan.CgaPostTimesUln * uln, 1), uln));

        if (plan.Complication is { } c)
        {
            var day = c.DuringPrrt ? PatientPlan.CycleIntervalDays + 9 : plan.LastDoseDay + 400;
            if (c.DuringPrrt && plan.Cycles < 2 || day > plan.End.Day)
                throw new ArgumentException($"{plan.Id}: the complication of day {day} needs two cycles and last news on or after it");
            rows.Complications.Add(new Complication(plan.Id, Day(day), c.Type, c.Corticosteroids));
        }
        if (plan.Mm.Kind == MmCourseKind.RecordedProgression)
            rows.Progressions.Add(new RecordedProgression(plan.Id, Day(plan.Mm.Day!.Value), ProgressionScope.Mm));
        if (plan.NonMm.Kind == NonMmCourseKind.RecordedProgression)
            rows.Progressions.Add(new RecordedProgression(plan.Id, Day(plan.NonMm.Day!.Value), ProgressionScope.NonMm));
    }

    private void Symptoms(SymptomDomain domain, IReadOnlyList<Symptom> symptoms, ClinicalPlan outcome, int evaluationDay)
    {
        if (symptoms.Count == 0)
            return;
        // Baseline intensities 4–6 out of 10 so that a doubling is always a > 50 % rise; frequencies for diarrhea and flushing.
        var baseline = symptoms.Select(s => (Symptom: s, Intensity: (decimal)random.Next(4, 7),
            Episodes: s is Symptom.Diarrhea or Symptom.Flushing ? (decimal?)random.Next(7, 22) : null)).ToArray();
        Assessment(domain, -3, baseline, null);
        if (outcome.Evaluation is { } evaluation)
        {
            if (evaluationDay > plan.End.Day)
                throw new ArgumentException($"{plan.Id}: the evaluation visit (day {evaluationDay}) is after last news");
            Assessment(domain, evaluationDay, baseline, evaluation);
        }
        if (outcome.LongTerm is { } longTerm)
        {
            var day = Math.Min(plan.LastDoseDay + Math.Max(LongTermVisitDays, (plan.PostDaysAfterLastDose ?? 0) + 90), plan.End.Day);
            if (day < plan.LastDoseDay + 183 || day <= evaluationDay)
                throw new ArgumentException($"{plan.Id}: no room for a long-term visit ≥ 183 days after the last dose before last news");
            Assessment(domain, day, baseline, longTerm);
        }
    }

    /// <summary>
    /// One assessment: <paramref name="outcome"/> null is the baseline itself; complete sets every
    /// symptom to 0; partial cuts the first to 30 % (a ≥ 50 % fall); progression doubles it
    /// (a > 50 % rise); stable repeats the baseline.
    /// </summary>
    private void Assessment(SymptomDomain domain, int day, (Symptom Symptom, decimal Intensity, decimal? Episodes)[] baseline, ClinicalOutcome? outcome)
    {
        for (var i = 0; i < baseline.Length; i++)
        {
            var (symptom, intensity, episodes) = baseline[i];
            var factor = (outcome, i) switch
            {
                (ClinicalOutcome.Complete, _) => 0m,
                (ClinicalOutcome.Partial, 0) => 0.3m,
                (ClinicalOutcome.Progression, 0) => 2m,
                _ => 1m,
            };
            var newIntensity = Math.Min(10m, Math.Round(intensity * factor, 0, MidpointRounding.AwayFromZero));
            var newEpisodes = episodes is { } e ? Math.Round(e * factor, 0, MidpointRounding.AwayFromZero) : (decimal?)null;
            rows.Symptoms.Add(new SymptomAssessment(plan.Id, Day(day), domain, symptom, newIntensity, newEpisodes));
        }
    }

    private DateOnly Day(int day) => plan.FirstDose.AddDays(day);
}
