using System.Collections.Concurrent;
using Lutetia.Criteria;
using Lutetia.Criteria.Mesenteric;
using Lutetia.Criteria.Recist;
using Lutetia.Domain;
using Lutetia.Statistics.Agreement;
using Lutetia.Statistics.Descriptive;
using Lutetia.Statistics.Survival;

namespace Lutetia.Analysis;

/// <summary>The MesenLuth analysis of a cohort: every patient's endpoints, then the study results (mesenluth-protocol.md).</summary>
public static class StudyAnalysis
{
    public static StudyResults Analyze(Cohort cohort, MesenLuthParameters parameters, IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(parameters);
        var patients = DeriveAll(cohort.PatientRecords(), parameters, progress);
        var included = patients.Where(p => p.Included).ToArray();
        var options = new KaplanMeierOptions(ConfidenceType.Log, parameters.ConfidenceLevel);
        return new StudyResults
        {
            Parameters = parameters,
            Patients = patients,
            Excluded = patients.Where(p => !p.Included).GroupBy(p => p.Eligibility.Reason!.Value)
                .OrderBy(g => g.Key).Select(g => (g.Key, g.Count())).ToArray(),
            Rates = StudyRates.Of(included, parameters.ConfidenceLevel),
            Survival =
            [
                Survival("mm_pfs", included, p => p.MmPfs!, options),
                Survival("non_mm_pfs", included, p => p.NonMmPfs!, options),
                Survival("os", included, p => p.Os!, options),
            ],
            MedianFollowUpMonths = Median(included.Select(p => p.FollowUpMonths!.Value)),
            MedianFollowUpReverseKmMonths = included.Length == 0 ? null
                : MedianFollowUp.ReverseKaplanMeier(included.Select(p => p.Os!.Months).ToArray(), included.Select(p => p.Os!.Event ? 1 : 0).ToArray(), options).Estimate,
            ImagingTiming =
            [
                TimingSummary.Of("baseline_before_first_dose_months",
                    included.Select(p => Months(p.Imaging!.Baseline!.Date, p.Record.FirstDose!.Value)).ToArray()),
                TimingSummary.Of("post_after_last_dose_months",
                    included.Select(p => Months(p.Record.LastDose!.Value, p.Imaging!.Post!.Date)).ToArray()),
            ],
            Agreement =
            [
                Agree("mm_response", included.Where(p => p.Agreement is not null).Select(p => (p.Agreement!.MmLocal, p.Agreement.MmCentral)).ToArray(), Enum.GetValues<MmResponse>()),
                Agree("non_mm_response", included.Where(p => p.Agreement?.NonMmLocal is not null)
                    .Select(p => (p.Agreement!.NonMmLocal!.Value, p.Agreement.NonMmCentral!.Value)).ToArray(), Enum.GetValues<OverallResponse>()),
            ],
            Table1 = Table1.Of(included),
            Table3 = Table3.Of(included),
        };
    }

    /// <summary>
    /// Each patient's endpoints, derived in parallel (on both cores) into the slot of its
    /// record, so the order — and every output written from it — is the sequential one. A
    /// derivation reads only its own record and the parameters.
    /// </summary>
    private static PatientEndpoints[] DeriveAll(IReadOnlyList<PatientRecord> records, MesenLuthParameters parameters, IProgress<double>? progress)
    {
        var patients = new PatientEndpoints[records.Count];
        if (records.Count == 0)
            return patients;
        var done = 0;
        var gate = new Lock();
        Parallel.ForEach(Partitioner.Create(0, records.Count, 256), range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
                patients[i] = EndpointDerivation.Derive(records[i], parameters);
            lock (gate)
            {
                done += range.Item2 - range.Item1;
                progress?.Report((double)done / records.Count);
            }
        });
        return patients;
    }

    private static SurvivalResult Survival(string id, PatientEndpoints[] included, Func<PatientEndpoints, TimeToEvent> time, KaplanMeierOptions options)
    {
        var months = new double[included.Length];
        var status = new int[included.Length];
        for (var i = 0; i < included.Length; i++)
        {
            var t = time(included[i]);
            months[i] = t.Months;
            status[i] = t.Event ? 1 : 0;
        }
        return new SurvivalResult(id, included.Length == 0 ? EmptyCurve(options) : KaplanMeier.Fit(months, status, options));
    }

    private static KaplanMeierCurve EmptyCurve(KaplanMeierOptions options) => new()
    {
        Group = "",
        N = 0,
        Events = 0,
        ConfType = options.ConfType,
        ConfLevel = options.ConfLevel,
        Time = [],
        NRisk = [],
        NEvent = [],
        NCensor = [],
        Survival = [],
        StdErr = [],
        Lower = [],
        Upper = [],
    };

    private static AgreementResult Agree<T>(string id, (T Local, T Central)[] pairs, T[] categories) where T : struct, Enum
    {
        if (pairs.Length == 0)
            return new AgreementResult(id, 0, null, null);
        var kappa = CohenKappa.FromRatings(pairs.Select(p => p.Local).ToArray(), pairs.Select(p => p.Central).ToArray(), categories);
        return new AgreementResult(id, pairs.Length, kappa.PercentAgreement, kappa.Kappa);
    }

    private static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? null : Quantiles.Type7(sorted, 0.5);
    }

    private static double Months(DateOnly from, DateOnly to) => (to.DayNumber - from.DayNumber) / MesenLuthParameters.DaysPerMonth;
}
