using Lutetia.Criteria;
using Lutetia.Domain;

namespace Lutetia.Analysis;

/// <summary>
/// Turns one patient's raw record into the MesenLuth endpoints (mesenluth-protocol.md): chooses
/// the exams, assessments and lab results by the protocol's windows and reader policy, and asks
/// the criteria library for each verdict. A criterion that refuses the data (an ArgumentException:
/// a lesion measured twice in one read, a mass not measured at baseline…) makes that endpoint
/// <c>ne</c> and is reported as a problem naming the patient; the other endpoints are still derived.
/// </summary>
public static class EndpointDerivation
{
    public static PatientEndpoints Derive(PatientRecord record, MesenLuthParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(parameters);
        var patient = record.Patient;
        var imaging = PatientImaging.Of(record, parameters.ReaderPolicy);
        var baselineRead = imaging.Baseline?.Representative(parameters.ReaderPolicy);
        var postRead = imaging.Post?.Representative(parameters.ReaderPolicy);
        var eligibility = EligibilityCriteria.Assess(EligibilityFacts.From(record, baselineRead?.Id, postRead?.Id), parameters.Eligibility);
        var age = Age(patient.BirthDate, record.FirstDose);
        var log = new DerivationLog(patient.Id);
        log.Add("eligibility", eligibility.Explanation);
        var endpoints = new PatientEndpoints
        {
            Record = record,
            Parameters = parameters,
            Eligibility = eligibility,
            Imaging = imaging,
            AgeAtFirstDose = age,
        };
        if (!eligibility.IsIncluded)
            return endpoints with { Derivations = log.Derivations, Problems = log.Problems };

        // Included: cycles, a baseline and a post CT/MRI exam and a measured MM all exist.
        var last = record.LastDose!.Value;
        var morphologic = MorphologicEndpoints.Derive(record, imaging, parameters, log);
        var mmPfs = SurvivalEndpoints.MmPfs(record, imaging, morphologic, parameters);
        var nonMmPfs = SurvivalEndpoints.NonMmPfs(record, imaging, morphologic, parameters);
        var os = SurvivalEndpoints.Os(record);
        log.Add("mm_pfs", Because(mmPfs));
        log.Add("non_mm_pfs", Because(nonMmPfs));
        log.Add("os", Because(os));
        var resectability = MesentericMassResectability.Assess(patient);
        log.Add("resectability", resectability.Explanation);
        return endpoints with
        {
            Reader = postRead!.Reader,
            MmBaselineMm = morphologic.Mm?.BaselineMm,
            MmPostMm = morphologic.MmPostMm,
            MmChangePercent = morphologic.Mm?.ChangePercent,
            MmResponse = morphologic.Mm?.Response ?? Criteria.Mesenteric.MmResponse.Ne,
            MmProgressed = morphologic.MmFirstProgression is not null,
            NonMmResponse = morphologic.NonMmResponse,
            MmMetabolicResponse = MetabolicEndpoints.Mm(record, imaging, parameters, log),
            NonMmMetabolicResponse = MetabolicEndpoints.NonMm(record, imaging, parameters, log),
            MmClinicalResponse = ClinicalEndpoints.Mm(record, parameters, longTerm: false, log),
            MmClinicalResponseLongTerm = ClinicalEndpoints.Mm(record, parameters, longTerm: true, log),
            CsClinicalResponse = ClinicalEndpoints.CarcinoidSyndrome(record, parameters, log),
            CgaResponse = ClinicalEndpoints.Cga(record, parameters, log),
            Resectability = resectability.Status,
            MmPfs = mmPfs,
            NonMmPfs = nonMmPfs,
            Os = os,
            FollowUpMonths = (patient.LastNewsDate.DayNumber - last.DayNumber) / MesenLuthParameters.DaysPerMonth,
            Agreement = MorphologicEndpoints.ReaderPair(record, imaging, parameters, log),
            Derivations = log.Derivations,
            Problems = log.Problems,
        };
    }

    /// <summary>Age at the first dose in whole years.</summary>
    private static int? Age(DateOnly? birth, DateOnly? firstDose)
    {
        if (birth is not { } b || firstDose is not { } f)
            return null;
        var years = f.Year - b.Year;
        return f < b.AddYears(years) ? years - 1 : years;
    }

    private static Explanation Because(TimeToEvent t) =>
        new("MesenLuth time to event", t.Event ? "event" : "censored", t.Because);
}
