using Lutetia.Criteria;
using Lutetia.Domain;

namespace Lutetia.Intake;

/// <summary>
/// One synthetic patient: who they are, their PRRT course and their outcome; the imaging and the
/// clinical follow-up are drawn by <see cref="SyntheticImaging"/> and <see cref="SyntheticClinical"/>.
/// Distributions follow the MesenLuth population (J Nucl Med 2024;65:258, Table 1).
/// </summary>
internal sealed class SyntheticPatient(
    Random random, CohortBuilder cohort, PatientId id, CenterId center, ExclusionReason? exclusion, DateOnly dataLock)
{
    private static readonly DateOnly StudyStart = new(2005, 1, 1);
    private static readonly DateOnly StudyEnd = new(2021, 10, 31);

    public void Generate()
    {
        var firstDose = exclusion == ExclusionReason.OutsideStudyPeriod
            ? random.Date(new DateOnly(2022, 1, 1), new DateOnly(2022, 6, 30))
            : random.Date(StudyStart, StudyEnd);
        var cycles = exclusion == ExclusionReason.NoPrrt ? [] : Cycles(firstDose);
        var lastDose = cycles.Length == 0 ? firstDose : cycles[^1].Date;
        var (lastNews, death) = Outcome(firstDose, lastDose);
        var course = new SyntheticCourse(id, firstDose, lastDose, lastNews, cycles.Length > 0, MmBehaviour(), NonMmBehaviour());

        cohort.PrrtCycles.AddRange(cycles);
        var carcinoidSyndrome = random.Chance(0.75);
        cohort.Patients.Add(Patient(firstDose, cycles.Length, lastNews, death, carcinoidSyndrome));
        Sites();
        Treatments();
        new SyntheticImaging(random, cohort, course, exclusion).Generate();
        new SyntheticClinical(random, cohort, course, carcinoidSyndrome).Generate();
    }

    private PrrtCycle[] Cycles(DateOnly firstDose)
    {
        var count = random.Weighted((4, 0.80), (3, 0.08), (2, 0.06), (1, 0.04), (5, 0.02));
        var cycles = new PrrtCycle[count];
        var date = firstDose;
        for (var n = 1; n <= count; n++)
        {
            if (n > 1 && date > dataLock.AddDays(-200))
                return cycles[..(n - 1)]; // the data lock cuts the course short
            var reduced = random.Chance(0.08);
            var activity = reduced ? Math.Round((decimal)random.Between(3.7, 5.6), 1) : Math.Round((decimal)random.Normal(7.4, 0.1), 2);
            cycles[n - 1] = new PrrtCycle(id, n, date, activity, reduced ? DoseLevel.Reduced : DoseLevel.Full);
            date = date.AddDays(random.Weighted((56, 0.5), (random.Between(49, 70), 0.4), (random.Between(71, 120), 0.1)));
        }
        return cycles;
    }

    /// <summary>Last news and death: overall survival with a median near the paper's 55 months, follow-up up to the data lock.</summary>
    private (DateOnly LastNews, DateOnly? Death) Outcome(DateOnly firstDose, DateOnly lastDose)
    {
        var earliestEnd = lastDose.AddDays(exclusion == ExclusionReason.NoPostImaging ? 20 : 150);
        var deathMonths = random.ExponentialWithMedian(60);
        var death = firstDose.AddDays((int)(deathMonths * 30.4375));
        // Registries lose sight of patients: last contact a median 30 months after the last dose (the paper's median follow-up).
        var contact = Min(dataLock, lastDose.AddDays((int)(random.ExponentialWithMedian(30) * 30.4375)));
        if (exclusion == ExclusionReason.NoPostImaging)
            death = lastDose.AddDays(random.Between(30, 60));
        if (death < earliestEnd)
            death = earliestEnd.AddDays(random.Between(0, 60));
        if (death <= contact && death <= dataLock)
            return (death, death);
        var lastNews = contact < earliestEnd ? Min(earliestEnd, dataLock) : contact;
        return (lastNews, null);
    }

    private Patient Patient(DateOnly firstDose, int cycleCount, DateOnly lastNews, DateOnly? death, bool carcinoidSyndrome)
    {
        var age = Math.Clamp((int)Math.Round(random.Normal(69, 9.5)), 40, 89);
        var birth = firstDose.AddYears(-age).AddDays(-random.Between(1, 360));
        var diagnosis = Min(firstDose.AddDays(-random.Between(60, 3650)), firstDose);
        var grade = random.Weighted<WhoGrade?>((WhoGrade.G1, 0.48), (WhoGrade.G2, 0.42), (null, 0.10));
        decimal? ki67 = grade switch
        {
            WhoGrade.G1 => Math.Round((decimal)random.Between(0.5, 2.9), 1),
            WhoGrade.G2 => Math.Round((decimal)random.Between(3.0, 18.0), 1),
            _ => random.Chance(0.5) ? Math.Round((decimal)random.Between(1.0, 8.0), 1) : null,
        };
        var hasMass = exclusion != ExclusionReason.NoMesentericMass;
        var stop = cycleCount >= 4 ? PrrtStopReason.Completed
            : cycleCount == 0 ? (PrrtStopReason?)null
            : random.Weighted((PrrtStopReason.Toxicity, 0.5), (PrrtStopReason.GeneralDeterioration, 0.4), (PrrtStopReason.Unknown, 0.1));
        return new Patient
        {
            Id = id,
            Center = center,
            Sex = random.Chance(0.46) ? Sex.Female : Sex.Male,
            BirthDate = random.Chance(0.97) ? birth : null,
            DiagnosisDate = diagnosis,
            PrimarySite = exclusion == ExclusionReason.NonSmallIntestinal
                ? random.Weighted((PrimarySite.Pancreas, 0.6), (PrimarySite.Colorectal, 0.2), (PrimarySite.Lung, 0.2))
                : random.Weighted((PrimarySite.Ileum, 0.73), (PrimarySite.Jejunum, 0.12), (PrimarySite.SmallIntestine, 0.13), (PrimarySite.Duodenum, 0.02)),
            Differentiation = exclusion == ExclusionReason.PoorlyDifferentiated ? Differentiation.Poorly : Differentiation.Well,
            WhoGrade = exclusion == ExclusionReason.PoorlyDifferentiated ? WhoGrade.G3 : grade,
            Ki67Percent = exclusion == ExclusionReason.PoorlyDifferentiated ? Math.Round((decimal)random.Between(25, 80), 0) : ki67,
            Ecog = random.Weighted<int?>((0, 0.55), (1, 0.41), (2, 0.03), (null, 0.01)),
            CarcinoidSyndrome = carcinoidSyndrome,
            CarcinoidHeartDisease = carcinoidSyndrome && random.Chance(0.15),
            PriorPrrt = exclusion == ExclusionReason.PriorPrrt,
            MmRetractile = hasMass ? exclusion != ExclusionReason.MmNotRetractile : null,
            SmaStage = hasMass ? random.Weighted<SmaStage?>((SmaStage.I, 0.1), (SmaStage.II, 0.25), (SmaStage.IIILow, 0.2), (SmaStage.IIIUp, 0.2), (SmaStage.IV, 0.2), (null, 0.05)) : null,
            SmvProximalInfiltration = hasMass ? random.Weighted<bool?>((true, 0.5), (false, 0.45), (null, 0.05)) : null,
            SevereMesentericFibrosis = hasMass ? random.Weighted<bool?>((true, 0.35), (false, 0.6), (null, 0.05)) : null,
            MmProgressionBeforePrrt = hasMass ? random.Chance(0.38) : null,
            PrrtStopReason = stop,
            PrrtStopToxicity = stop == PrrtStopReason.Toxicity
                ? random.Weighted((PrrtStopToxicity.Cytopenia, 0.5), (PrrtStopToxicity.Cholestasis, 0.2), (PrrtStopToxicity.RenalInsufficiency, 0.2), (PrrtStopToxicity.Other, 0.1))
                : null,
            LastNewsDate = lastNews,
            DeathDate = death,
            DeathCause = death is null ? null
                : random.Weighted((DeathCause.MmRelated, 0.15), (DeathCause.NetNotMm, 0.6), (DeathCause.NotNet, 0.15), (DeathCause.Unknown, 0.1)),
        };
    }

    private void Sites()
    {
        Add(MetastaticSiteKind.Liver, 0.87);
        Add(MetastaticSiteKind.DistantLymphNodes, 0.37);
        Add(MetastaticSiteKind.Peritoneum, 0.33);
        Add(MetastaticSiteKind.Bone, 0.27);
        Add(MetastaticSiteKind.Lung, 0.05);

        void Add(MetastaticSiteKind site, double probability)
        {
            if (random.Chance(probability))
                cohort.MetastaticSites.Add(new MetastaticSite(id, site));
        }
    }

    private void Treatments()
    {
        Add(PriorTreatmentKind.PrimaryTumorResection, 0.46);
        Add(PriorTreatmentKind.LiverEmbolization, 0.31);
        Add(PriorTreatmentKind.SomatostatinAnalog, 0.90);
        Add(PriorTreatmentKind.Everolimus, 0.19);
        Add(PriorTreatmentKind.Chemotherapy, 0.05);

        void Add(PriorTreatmentKind treatment, double probability)
        {
            if (random.Chance(probability))
                cohort.PriorTreatments.Add(new PriorTreatment(id, treatment));
        }
    }

    private SyntheticBehaviour MmBehaviour() =>
        random.Weighted((SyntheticBehaviour.Responding, 0.05), (SyntheticBehaviour.Progressing, 0.15), (SyntheticBehaviour.Stable, 0.80));

    private SyntheticBehaviour NonMmBehaviour() =>
        random.Weighted((SyntheticBehaviour.Responding, 0.10), (SyntheticBehaviour.Progressing, 0.35), (SyntheticBehaviour.Stable, 0.55));

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
