using System.Globalization;
using Lutetia.Criteria;
using Lutetia.Domain;

namespace Lutetia.Intake;

/// <summary>
/// Synthetic cohorts in the interchange format, of any size, deterministic for a seed, and valid
/// by construction: realistic small-intestinal NET patients treated by 177Lu-DOTATATE (four cycles
/// about eight weeks apart, CT/MRI every 3–6 months, SRS or PET, symptoms, CgA, complications,
/// progressions and deaths over years), about 10 % ineligible with every exclusion reason of the
/// MesenLuth protocol represented. Every patient's pseudonym starts with SYN: the data are synthetic.
/// </summary>
public static class SyntheticCohort
{
    public static Cohort Generate(SynthesisOptions options, IProgress<double>? progress = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Patients, 1);
        var random = new Random(options.Seed);
        var builder = new CohortBuilder();
        var centers = Math.Clamp(options.Centers, 1, 99);
        for (var c = 1; c <= centers; c++)
            builder.Centers.Add(new Center(CenterId(c), string.Create(CultureInfo.InvariantCulture, $"Synthetic centre {c:00}")));
        var reasons = Enum.GetValues<ExclusionReason>();
        var step = Math.Max(1, options.Patients / 100);
        for (var i = 0; i < options.Patients; i++)
        {
            var exclusion = options.IneligibleEvery > 0 && i % options.IneligibleEvery == options.IneligibleEvery - 1
                ? reasons[i / options.IneligibleEvery % reasons.Length]
                : (ExclusionReason?)null;
            var id = new PatientId(string.Create(CultureInfo.InvariantCulture, $"SYN{i + 1:00000}"));
            var center = CenterId(1 + random.Next(centers));
            new SyntheticPatient(random, builder, id, center, exclusion, options.DataLock).Generate();
            if (i % step == 0)
                progress?.Report(i / (double)options.Patients);
        }
        progress?.Report(1);
        return builder.ToCohort();
    }

    private static CenterId CenterId(int number) => new(string.Create(CultureInfo.InvariantCulture, $"C{number:00}"));
}
