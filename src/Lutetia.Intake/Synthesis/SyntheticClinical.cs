using Lutetia.Domain;

namespace Lutetia.Intake;

/// <summary>
/// The clinical follow-up of one synthetic patient: MM-related and carcinoid-syndrome symptoms at
/// baseline, at the evaluation and in the long term; chromogranin A before and after PRRT;
/// gastrointestinal complications during and after PRRT.
/// </summary>
internal sealed class SyntheticClinical(Random random, CohortBuilder cohort, SyntheticCourse course, bool carcinoidSyndrome)
{
    private static readonly Symptom[] MassSymptoms = [Symptom.AbdominalPain, Symptom.Diarrhea, Symptom.OcclusiveSyndrome, Symptom.MesentericIschemia];

    public void Generate()
    {
        if (random.Chance(0.5))
            Symptoms(SymptomDomain.Mm, PickMassSymptoms());
        if (carcinoidSyndrome)
            Symptoms(SymptomDomain.CarcinoidSyndrome, random.Chance(0.6) ? [Symptom.Flushing, Symptom.Diarrhea] : [Symptom.Flushing]);
        ChromograninA();
        if (course.Treated)
            Complications();
    }

    private Symptom[] PickMassSymptoms()
    {
        var picked = new List<Symptom>();
        foreach (var symptom in MassSymptoms)
        {
            if (random.Chance(symptom == Symptom.AbdominalPain ? 0.75 : 0.35))
                picked.Add(symptom);
        }
        return picked.Count == 0 ? [Symptom.AbdominalPain] : [.. picked];
    }

    /// <summary>Baseline before the first dose, evaluation after the last dose, long-term ≥ 6 months after it.</summary>
    private void Symptoms(SymptomDomain domain, Symptom[] symptoms)
    {
        var baseline = course.FirstDose.AddDays(-random.Between(0, 30));
        var evaluation = course.LastDose.AddDays(random.Between(20, 100));
        var longTerm = course.LastDose.AddDays(random.Between(190, 500));
        var trend = random.Weighted((0.0, 0.2), (0.4, 0.3), (1.0, 0.35), (1.6, 0.15));
        foreach (var symptom in symptoms)
        {
            var intensity = random.Between(3, 8);
            Add(baseline, domain, symptom, intensity);
            if (!course.Treated)
                continue;
            var later = (int)Math.Round(intensity * trend);
            if (evaluation <= course.LastNews)
                Add(evaluation, domain, symptom, Math.Min(10, later));
            if (longTerm <= course.LastNews && random.Chance(0.8))
                Add(longTerm, domain, symptom, Math.Min(10, (int)Math.Round(later * random.Between(0.6, 1.3))));
        }
    }

    private void Add(DateOnly date, SymptomDomain domain, Symptom symptom, int intensity)
    {
        // Diarrhea is followed by its frequency as well; 0 means absent in both measures.
        decimal? episodes = symptom == Symptom.Diarrhea ? (intensity == 0 ? 0 : random.Between(3, 35)) : null;
        cohort.Symptoms.Add(new SymptomAssessment(course.Patient, date, domain, symptom, intensity, episodes));
    }

    private void ChromograninA()
    {
        var uln = random.Chance(0.5) ? 100m : 98m;
        var ratio = Math.Exp(random.Normal(1.0, 1.2));
        var before = course.FirstDose.AddDays(-random.Between(0, 60));
        cohort.Labs.Add(new LabResult(course.Patient, before, LabTest.Cga, Math.Round((decimal)(ratio * (double)uln), 0), uln));
        var after = course.LastDose.AddDays(random.Between(30, 150));
        if (!course.Treated || after > course.LastNews || !random.Chance(0.85))
            return;
        var factor = course.NonMm == SyntheticBehaviour.Responding ? random.Between(0.2, 0.6) : random.Between(0.5, 1.6);
        cohort.Labs.Add(new LabResult(course.Patient, after, LabTest.Cga, Math.Round((decimal)(ratio * factor * (double)uln), 0), uln));
    }

    private void Complications()
    {
        if (random.Chance(0.25))
        {
            var date = random.Date(course.FirstDose, Min(course.LastDose.AddDays(60), course.LastNews));
            var type = random.Weighted((ComplicationType.AbdominalPain, 0.4), (ComplicationType.Diarrhea, 0.25),
                (ComplicationType.Vomiting, 0.15), (ComplicationType.BowelObstruction, 0.1), (ComplicationType.MotilityDisorder, 0.1));
            cohort.Complications.Add(new Complication(course.Patient, date, type, random.Chance(0.2)));
        }
        var longTermFrom = course.LastDose.AddDays(190);
        if (longTermFrom <= course.LastNews && random.Chance(0.08))
        {
            var type = random.Weighted((ComplicationType.BowelObstruction, 0.5), (ComplicationType.MotilityDisorder, 0.3), (ComplicationType.MesentericIschemia, 0.2));
            cohort.Complications.Add(new Complication(course.Patient, random.Date(longTermFrom, course.LastNews), type, null));
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
