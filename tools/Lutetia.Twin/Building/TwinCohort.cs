using System.Globalization;
using Lutetia.Domain;

namespace Lutetia.Twin;

/// <summary>
/// Builds the MesenLuth twin cohort from the patient plans: every raw row (dates, diameters,
/// Krenning grades, SUVmax, symptom intensities, CgA) follows from a plan; the seeded random
/// source only draws incidental details (birth day, lesion sizes, modality), so the same plans and
/// seed give byte-identical files.
/// </summary>
internal static class TwinCohort
{
    /// <summary>The seed of every incidental draw (the paper's publication month).</summary>
    public const int Seed = 202402;

    public const int Centres = 8;

    public static Cohort Build(IReadOnlyList<PatientPlan> plans)
    {
        var random = new Random(Seed);
        var rows = new CohortBuilder();
        for (var c = 1; c <= Centres; c++)
            rows.Centers.Add(new Center(CentreId(c), string.Create(CultureInfo.InvariantCulture, $"Synthetic twin centre {c}")));
        foreach (var plan in plans)
        {
            if (plan.Centre is < 1 or > Centres)
                throw new ArgumentException($"{plan.Id}: centre {plan.Centre} is not one of 1…{Centres}", nameof(plans));
            AddPatient(plan, random, rows);
            new TwinImaging(plan, random, rows).Add();
            new TwinClinical(plan, random, rows).Add();
        }
        return rows.ToCohort();
    }

    public static CenterId CentreId(int number) => new(string.Create(CultureInfo.InvariantCulture, $"TWIN-C{number}"));

    private static void AddPatient(PatientPlan plan, Random random, CohortBuilder rows)
    {
        if (plan.End.Day < plan.LastDoseDay)
            throw new ArgumentException($"{plan.Id}: last news (day {plan.End.Day}) is before the last dose (day {plan.LastDoseDay})");
        rows.Patients.Add(new Patient
        {
            Id = plan.Id,
            Center = CentreId(plan.Centre),
            Sex = plan.Sex,
            // Whole years at the first dose: born 10 to 350 days before the birthday that gives that age.
            BirthDate = plan.FirstDose.AddYears(-plan.AgeYears).AddDays(-random.Next(10, 351)),
            DiagnosisDate = plan.FirstDose.AddDays(-random.Next(180, 2501)),
            PrimarySite = plan.PrimarySite,
            Differentiation = plan.Differentiation,
            WhoGrade = plan.Grade,
            Ki67Percent = plan.Ki67Percent,
            Ecog = plan.Ecog,
            CarcinoidSyndrome = plan.CarcinoidSyndrome,
            CarcinoidHeartDisease = plan.CarcinoidHeartDisease,
            PriorPrrt = plan.PriorPrrt,
            MmRetractile = plan.MmRetractile,
            SmaStage = plan.Sma,
            SmvProximalInfiltration = plan.SmvInfiltration,
            SevereMesentericFibrosis = plan.SevereFibrosis,
            MmProgressionBeforePrrt = plan.MmProgressionBeforePrrt,
            PrrtStopReason = plan.StopReason,
            PrrtStopToxicity = plan.StopToxicity,
            LastNewsDate = plan.LastNews,
            DeathDate = plan.End.Died ? plan.LastNews : null,
            DeathCause = plan.End.DeathCause,
        });
        foreach (var site in plan.Sites)
            rows.MetastaticSites.Add(new MetastaticSite(plan.Id, site));
        foreach (var treatment in plan.PriorTreatments)
            rows.PriorTreatments.Add(new PriorTreatment(plan.Id, treatment));
        for (var n = 1; n <= plan.Cycles; n++)
        {
            // A course stopped for toxicity had its last cycle at half activity.
            var reduced = plan.StopReason == PrrtStopReason.Toxicity && n == plan.Cycles && n > 1;
            var activity = reduced ? 3.7m : Math.Round(7.2m + random.Next(0, 5) / 10m, 1);
            rows.PrrtCycles.Add(new PrrtCycle(plan.Id, n, plan.FirstDose.AddDays((n - 1) * PatientPlan.CycleIntervalDays),
                activity, reduced ? DoseLevel.Reduced : DoseLevel.Full));
        }
    }
}
