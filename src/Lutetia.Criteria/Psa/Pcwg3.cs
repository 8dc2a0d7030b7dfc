namespace Lutetia.Criteria.Psa;

/// <summary>
/// PSA outcomes by PCWG3 (Scher HI et al., Trial design and objectives for castration-resistant
/// prostate cancer: updated recommendations from the Prostate Cancer Clinical Trials Working
/// Group 3, J Clin Oncol 2016;34:1402–1418): confirmed PSA response, maximal and 12-week changes,
/// confirmed PSA progression and the time to it.
/// </summary>
public static class Pcwg3
{
    public static PsaOutcome Assess(PsaCourse course, Pcwg3Parameters? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(course);
        var p = parameters ?? Pcwg3Parameters.Published;
        var refusals = PsaChecks.Check(course);
        if (refusals.Count > 0)
            return new PsaOutcome(null, refusals);
        var (responseDate, responseWhy) = PsaResponse.Find(course, p);
        var (progressionDate, days, progressionWhy) = PsaProgression.Find(course, p);
        var (week12, week12Date) = PsaWaterfall.AtLandmark(course, p);
        return new PsaOutcome(new Pcwg3Verdict(course.Patient, responseDate is not null, responseDate, responseWhy,
            PsaWaterfall.MaximalChange(course), week12, week12Date, progressionDate is not null, progressionDate, days, progressionWhy), []);
    }
}
