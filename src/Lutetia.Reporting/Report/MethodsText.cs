using System.Globalization;
using Lutetia.Analysis;
using Lutetia.Domain;
using Lutetia.Statistics.SampleSize;

namespace Lutetia.Reporting.Report;

/// <summary>The methods paragraph and the sample-size statement, written from the protocol parameters actually used.</summary>
public static class MethodsText
{
    public static string Methods(MesenLuthParameters p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var reader = p.ReaderPolicy switch
        {
            ReaderPolicy.CentralFirst => "its central read when it had one, otherwise its local read",
            ReaderPolicy.Local => "its local read only",
            _ => "its central read only",
        };
        var censoring = p.Censoring == Censoring.LastNews ? "the date of last news" : "the last CT/MRI exam";
        return string.Create(CultureInfo.InvariantCulture,
            $"Patients with a well-differentiated small-intestinal neuroendocrine tumour and a retractile mesenteric mass (MM) whose first " +
            $"177Lu-DOTATATE cycle was given between {IsoDate.Text(p.Eligibility.StudyStart)} and {IsoDate.Text(p.Eligibility.StudyEnd)} were included when the MM " +
            $"measured at least {N(p.Eligibility.MinimumMmShortAxisMm)} mm in short axis on the last CT/MRI before the first cycle and a CT/MRI " +
            $"followed the last cycle; each patient's first failing criterion is reported. Each imaging exam was represented by {reader}. " +
            $"The MM response was assessed on its short axis from that baseline exam to the first CT/MRI after the last cycle: complete response " +
            $"below {N(p.Mm.NormalShortAxisMm)} mm, progression at +{Pct(p.Mm.ProgressionFraction)} % and +{N(p.Mm.ProgressionMinimumMm)} mm over " +
            $"the nadir (kept once met), partial response at −{Pct(p.Mm.PartialResponseFraction)} % from baseline. The other lesions were assessed " +
            $"with RECIST 1.1 (targets ≥ {N(p.Recist.MeasurableNonNodalMm)} mm, nodes ≥ {N(p.Recist.MeasurableNodalMm)} mm short axis). " +
            $"Metabolic response compared the last somatostatin-receptor exam before the first cycle with the first exam of the same modality after " +
            $"the last: a drop of at least {p.Krenning.ResponseDropGrades} Krenning grade on 111In-SRS, and on 68Ga PET a fall of SUVmax of more " +
            $"than {Pct(p.Eortc.ResponseFraction)} % (at least {Pct(p.Eortc.ResponseFractionAfterOneCycle)} % after a single cycle; EORTC 1999). " +
            $"A symptom improved when its intensity or frequency fell by at least {Pct(p.Clinical.ImprovedFraction)} % and worsened when either rose " +
            $"by more than {Pct(p.Clinical.WorsenedFraction)} %. Chromogranin A responded when its ratio to the upper limit of normal fell by at " +
            $"least {Pct(p.Cga.ResponseFraction)} % in patients above {N(p.Cga.ElevatedTimesUln)} × ULN. Complications were counted during PRRT up " +
            $"to {p.DuringPrrtDays} days after the last cycle and as long-term from {p.LongTermDays} days. Progression-free and overall survival " +
            $"were measured from the first cycle and estimated by the Kaplan–Meier method with log-transformed {Pct((decimal)p.ConfidenceLevel)} % " +
            $"confidence intervals; a progression-free time without event was censored at {censoring}. Follow-up is the median of the time from the " +
            $"last cycle to last news, and by the reverse Kaplan–Meier method from the first cycle. Rates are given with exact Clopper–Pearson " +
            $"intervals. Computations by Lutetia, whose survival statistics equal R survival 3.5 to 1e-9.");
    }

    /// <summary>
    /// The MesenLuth sample size (mesenluth-protocol.md, "Sample size"): null ORR 20 % against 5 %,
    /// two-sided α 0.05, power 0.80 → 42 by the normal approximation, 41 by the exact design.
    /// </summary>
    public static string SampleSize()
    {
        var assumptions = new SingleArmAssumptions(0.20, 0.05, 0.05, 0.80, sides: 2);
        var normal = SingleArmSampleSize.Normal(assumptions);
        var exact = SingleArmSampleSize.Exact(assumptions);
        return string.Create(CultureInfo.InvariantCulture,
            $"Sample size: to show an MM objective response rate below the 20 % expected of PRRT (about NETTER-1's 18 %), against an alternative " +
            $"of 5 %, with a two-sided α of 0.05 and 80 % power, the normal approximation needs {normal.UnroundedN:0.0} → {normal.N} patients " +
            $"(the paper's 42); the exact binomial design needs {exact.N} (actual α {exact.ActualAlpha:0.000}, power {exact.ActualPower:0.000}).");
    }


    private static string N(decimal d) => (d / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    private static string Pct(decimal fraction) => N(fraction * 100);
}
