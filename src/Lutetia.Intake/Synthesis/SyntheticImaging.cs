using Lutetia.Criteria;
using Lutetia.Domain;

namespace Lutetia.Intake;

/// <summary>
/// The imaging of one synthetic patient: lesions (the mesenteric mass, other targets, non-targets,
/// sometimes a new lesion), a baseline CT/MRI before the first dose, the evaluation 2–5 months after
/// the last dose, then CT/MRI every 3–6 months; SRS or 68Ga PET before and after PRRT; central
/// re-reads of the baseline and evaluation exams for most patients.
/// </summary>
internal sealed class SyntheticImaging(Random random, CohortBuilder cohort, SyntheticCourse course, ExclusionReason? exclusion)
{
    private readonly List<SyntheticLesion> _lesions = [];
    private int _reads;

    public void Generate()
    {
        CreateLesions();
        var exams = MorphologicExamDates();
        var progressionAt = random.Between(1, Math.Max(1, exams.Count - 1));
        // After a progression the patient moves on to another treatment: the study records two more exams at most.
        if (course.Mm == SyntheticBehaviour.Progressing || course.NonMm == SyntheticBehaviour.Progressing)
            exams = exams.Take(progressionAt + 3).ToList();
        var central = random.Chance(0.8);
        for (var k = 0; k < exams.Count; k++)
        {
            var modality = random.Chance(0.85) ? Modality.Ct : Modality.Mri;
            var local = AddRead(exams[k], modality, Reader.Local);
            var sizes = new Dictionary<SyntheticLesion, decimal?>();
            foreach (var lesion in _lesions)
                sizes[lesion] = lesion.DiameterAt(k, exams.Count, progressionAt, random);
            foreach (var lesion in _lesions)
                Measure(local, lesion, sizes[lesion], k, progressionAt, exams[k], noise: false);
            // The central review re-read the baseline and the evaluation exams (mesenluth-protocol.md).
            if (central && k <= 1)
            {
                var centralRead = AddRead(exams[k], modality, Reader.Central);
                foreach (var lesion in _lesions)
                    Measure(centralRead, lesion, sizes[lesion], k, progressionAt, exams[k], noise: true);
            }
        }
        Receptor();
        if (course.NonMm == SyntheticBehaviour.Progressing && random.Chance(0.2))
        {
            var date = course.LastNews.AddDays(-random.Between(0, 60));
            if (date > course.LastDose)
                cohort.Progressions.Add(new RecordedProgression(course.Patient, date, ProgressionScope.NonMm));
        }
    }

    private void CreateLesions()
    {
        var n = 0;
        string Next() => $"L{++n}";
        if (exclusion != ExclusionReason.NoMesentericMass)
        {
            var size = exclusion == ExclusionReason.MmTooSmall ? random.Between(12, 19) : random.Between(20, 55);
            Add(new SyntheticLesion(Next(), LesionSite.Mesentery, true, true, LesionRole.Target, size, course.Mm));
        }
        var livers = random.Between(1, 2);
        for (var i = 0; i < livers; i++)
            Add(new SyntheticLesion(Next(), LesionSite.Liver, false, false, LesionRole.Target, random.Between(12, 60), course.NonMm));
        if (random.Chance(0.3))
            Add(new SyntheticLesion(Next(), LesionSite.LymphNode, false, true, LesionRole.Target, random.Between(15, 30), course.NonMm));
        var nonTargets = random.Between(0, 2);
        for (var i = 0; i < nonTargets; i++)
        {
            var site = random.Weighted((LesionSite.Bone, 0.4), (LesionSite.Peritoneum, 0.4), (LesionSite.Liver, 0.2));
            Add(new SyntheticLesion(Next(), site, false, false, LesionRole.NonTarget, 0, course.NonMm));
        }
        if (course.NonMm == SyntheticBehaviour.Progressing && random.Chance(0.4))
            Add(new SyntheticLesion(Next(), LesionSite.Liver, false, false, LesionRole.New, random.Between(8, 20), course.NonMm));

        void Add(SyntheticLesion lesion)
        {
            _lesions.Add(lesion);
            cohort.Lesions.Add(new Lesion(course.Patient, new LesionId(lesion.Id), lesion.Site, lesion.IsMass, lesion.IsNodal, lesion.Role));
        }
    }

    /// <summary>Baseline (unless excluded for its absence), evaluation, then every 3–6 months to last news.</summary>
    private List<DateOnly> MorphologicExamDates()
    {
        var dates = new List<DateOnly>();
        dates.Add(exclusion == ExclusionReason.NoBaselineImaging
            ? course.FirstDose.AddDays(random.Between(20, 40))
            : course.FirstDose.AddDays(-random.Between(0, 120)));
        if (exclusion == ExclusionReason.NoPostImaging)
            return dates;
        var date = course.LastDose.AddDays(random.Between(60, 140));
        while (date <= course.LastNews)
        {
            if (date > dates[^1])
                dates.Add(date);
            date = date.AddDays(random.Between(90, 180));
        }
        return dates;
    }

    private void Measure(Read read, SyntheticLesion lesion, decimal? size, int exam, int progressionAt, DateOnly date, bool noise)
    {
        if (lesion.Role == LesionRole.New)
        {
            if (exam < progressionAt || date <= course.FirstDose)
                return;
            Add(new Measurement { Read = read.Id, Lesion = new LesionId(lesion.Id), DiameterMm = Jitter(size, noise) });
            return;
        }
        if (random.Chance(0.02))
            return; // not assessed at this read
        if (lesion.Role == LesionRole.NonTarget)
        {
            var status = lesion.Behaviour switch
            {
                SyntheticBehaviour.Progressing when exam >= progressionAt && random.Chance(0.5) => NonTargetStatus.UnequivocalProgression,
                SyntheticBehaviour.Responding when exam > 0 && random.Chance(0.3) => NonTargetStatus.Absent,
                _ => NonTargetStatus.Present,
            };
            Add(new Measurement { Read = read.Id, Lesion = new LesionId(lesion.Id), NonTargetStatus = status });
            return;
        }
        Add(new Measurement { Read = read.Id, Lesion = new LesionId(lesion.Id), DiameterMm = Jitter(size, noise) });
    }

    private decimal? Jitter(decimal? size, bool noise) =>
        size is { } s && noise && s > 0 ? Math.Max(1, s + random.Between(-1, 1)) : size;

    private void Add(Measurement measurement) => cohort.Measurements.Add(measurement);

    private Read AddRead(DateOnly date, Modality modality, Reader reader)
    {
        var read = new Read(new ReadId($"{course.Patient}-R{++_reads}"), course.Patient, date, modality, reader);
        cohort.Reads.Add(read);
        return read;
    }

    /// <summary>Somatostatin-receptor imaging: SRS (Krenning grades) or 68Ga PET (SUVmax and grades), before and after PRRT.</summary>
    private void Receptor()
    {
        var pet = random.Chance(0.3);
        var modality = pet ? Modality.Pet68Ga : Modality.Srs111In;
        var before = AddRead(course.FirstDose.AddDays(-random.Between(5, 150)), modality, Reader.Local);
        var after = course.LastDose.AddDays(random.Between(90, 240));
        var hasAfter = course.Treated && after <= course.LastNews && random.Chance(0.85);
        var afterRead = hasAfter ? AddRead(after, modality, Reader.Local) : null;
        foreach (var lesion in _lesions)
        {
            var grade = lesion.IsMass ? random.Weighted((4, 0.9), (3, 0.1)) : random.Between(2, 4);
            var suv = Math.Round((decimal)random.Between(8, 40), 1);
            if (lesion.Role != LesionRole.New)
                cohort.Measurements.Add(Uptake(before.Id, lesion, grade, suv, pet));
            if (afterRead is null)
                continue;
            var change = lesion.Behaviour == SyntheticBehaviour.Responding && random.Chance(0.5) ? -1 : 0;
            var factor = lesion.Behaviour == SyntheticBehaviour.Responding ? random.Between(0.55, 0.8) : random.Between(0.85, 1.15);
            cohort.Measurements.Add(Uptake(afterRead.Id, lesion, Math.Max(0, grade + change), Math.Round(suv * (decimal)factor, 1), pet));
        }
    }

    private static Measurement Uptake(ReadId read, SyntheticLesion lesion, int grade, decimal suv, bool pet) => new()
    {
        Read = read,
        Lesion = new LesionId(lesion.Id),
        Krenning = grade,
        SuvMax = pet ? suv : null,
    };
}
