using System.Globalization;
using System.Text.Json;
using Lutetia.Domain;

namespace Lutetia.Analysis;

/// <summary>The table of every protocol parameter a protocol file may override (mesenluth-protocol.md, bold numbers).</summary>
public static class ProtocolParameters
{
    public static IReadOnlyList<ProtocolParameter> All { get; } =
    [
        new("study_period", "first dose within these dates, inclusive: [\"YYYY-MM-DD\", \"YYYY-MM-DD\"]",
            p => new[] { IsoDate.Text(p.Eligibility.StudyStart), IsoDate.Text(p.Eligibility.StudyEnd) },
            (p, v) => Period(v) is var (start, end) ? p with { Eligibility = p.Eligibility with { StudyStart = start, StudyEnd = end } } : p),
        new("mm_min_short_axis_mm", "inclusion: MM short axis at the baseline exam at least this (mm)",
            p => p.Eligibility.MinimumMmShortAxisMm,
            (p, v) => p with { Eligibility = p.Eligibility with { MinimumMmShortAxisMm = Positive(v) } }),
        new("mm_cr_short_axis_mm", "MM rule: complete response below this short axis (mm)",
            p => p.Mm.NormalShortAxisMm, (p, v) => p with { Mm = p.Mm with { NormalShortAxisMm = Positive(v) } }),
        new("mm_pd_fraction", "MM rule: progression from this rise over the nadir (0.20 = 20 %)…",
            p => p.Mm.ProgressionFraction, (p, v) => p with { Mm = p.Mm with { ProgressionFraction = Fraction(v) } }),
        new("mm_pd_minimum_mm", "…and at least this many mm over the nadir",
            p => p.Mm.ProgressionMinimumMm, (p, v) => p with { Mm = p.Mm with { ProgressionMinimumMm = NonNegative(v) } }),
        new("mm_pr_fraction", "MM rule: partial response from this fall from baseline (0.30 = 30 %)",
            p => p.Mm.PartialResponseFraction, (p, v) => p with { Mm = p.Mm with { PartialResponseFraction = Fraction(v) } }),
        new("recist_measurable_mm", "RECIST 1.1: a non-nodal target is measurable from this long axis (mm)",
            p => p.Recist.MeasurableNonNodalMm, (p, v) => p with { Recist = p.Recist with { MeasurableNonNodalMm = Positive(v) } }),
        new("recist_measurable_node_mm", "RECIST 1.1: a nodal target is measurable from this short axis (mm)",
            p => p.Recist.MeasurableNodalMm, (p, v) => p with { Recist = p.Recist with { MeasurableNodalMm = Positive(v) } }),
        new("recist_normal_node_mm", "RECIST 1.1: a node is normal below this short axis (mm), needed for CR",
            p => p.Recist.NormalNodeShortAxisMm, (p, v) => p with { Recist = p.Recist with { NormalNodeShortAxisMm = Positive(v) } }),
        new("recist_pr_fraction", "RECIST 1.1: partial response from this fall of the sum from baseline",
            p => p.Recist.PartialResponseFraction, (p, v) => p with { Recist = p.Recist with { PartialResponseFraction = Fraction(v) } }),
        new("recist_pd_fraction", "RECIST 1.1: progression from this rise of the sum over the nadir…",
            p => p.Recist.ProgressionFraction, (p, v) => p with { Recist = p.Recist with { ProgressionFraction = Fraction(v) } }),
        new("recist_pd_minimum_mm", "…and at least this many mm",
            p => p.Recist.ProgressionMinimumMm, (p, v) => p with { Recist = p.Recist with { ProgressionMinimumMm = NonNegative(v) } }),
        new("too_small_to_measure_mm", "a lesion too small to measure counts this diameter (mm)",
            p => p.Recist.TooSmallToMeasureMm,
            (p, v) => NonNegative(v) is var mm ? p with { Recist = p.Recist with { TooSmallToMeasureMm = mm }, Mm = p.Mm with { TooSmallToMeasureMm = mm } } : p),
        new("krenning_response_drop", "Krenning: response when the grade drops by at least this many grades",
            p => p.Krenning.ResponseDropGrades, (p, v) => p with { Krenning = p.Krenning with { ResponseDropGrades = Grades(v) } }),
        new("eortc_response_fraction", "EORTC 1999: response when SUVmax falls by more than this after more than one cycle",
            p => p.Eortc.ResponseFraction, (p, v) => p with { Eortc = p.Eortc with { ResponseFraction = Fraction(v) } }),
        new("eortc_response_fraction_one_cycle", "EORTC 1999: response when SUVmax falls by at least this after a single cycle",
            p => p.Eortc.ResponseFractionAfterOneCycle, (p, v) => p with { Eortc = p.Eortc with { ResponseFractionAfterOneCycle = Fraction(v) } }),
        new("symptom_worsened_fraction", "clinical: a symptom worsened when intensity or frequency rises by more than this",
            p => p.Clinical.WorsenedFraction, (p, v) => p with { Clinical = p.Clinical with { WorsenedFraction = Positive(v) } }),
        new("symptom_improved_fraction", "clinical: a symptom improved when intensity or frequency falls by at least this",
            p => p.Clinical.ImprovedFraction, (p, v) => p with { Clinical = p.Clinical with { ImprovedFraction = Fraction(v) } }),
        new("cga_elevated_times_uln", "CgA: elevated at baseline above this multiple of the upper limit of normal",
            p => p.Cga.ElevatedTimesUln, (p, v) => p with { Cga = p.Cga with { ElevatedTimesUln = Positive(v) } }),
        new("cga_response_fraction", "CgA: response when value / ULN falls by at least this fraction",
            p => p.Cga.ResponseFraction, (p, v) => p with { Cga = p.Cga with { ResponseFraction = Fraction(v) } }),
        new("during_prrt_days", "safety: complications during PRRT up to this many days after the last dose",
            p => p.DuringPrrtDays, (p, v) => p with { DuringPrrtDays = Days(v) }),
        new("long_term_days", "safety and clinical: long term from this many days after the last dose",
            p => p.LongTermDays, (p, v) => p with { LongTermDays = Days(v) }),
        new("reader_policy", "which read represents an exam: central_first, local or central",
            p => Code(p.ReaderPolicy), (p, v) => p with { ReaderPolicy = Choice<ReaderPolicy>(v) }),
        new("censoring", "PFS without event censored at: last_news or last_assessment",
            p => Code(p.Censoring), (p, v) => p with { Censoring = Choice<Censoring>(v) }),
        new("confidence_level", "confidence level of every interval (0.95)",
            p => p.ConfidenceLevel, (p, v) => p with { ConfidenceLevel = (double)Fraction(v) }),
    ];


    private static (DateOnly, DateOnly)? Period(JsonElement v)
    {
        if (v.ValueKind != JsonValueKind.Array || v.GetArrayLength() != 2)
            throw new FormatException("expected two dates, e.g. [\"2001-01-01\", \"2021-10-31\"]");
        var start = Date(v[0]);
        var end = Date(v[1]);
        if (end < start)
            throw new FormatException($"the period ends ({IsoDate.Text(end)}) before it starts ({IsoDate.Text(start)})");
        return (start, end);
    }

    private static DateOnly Date(JsonElement v) =>
        v.ValueKind == JsonValueKind.String && IsoDate.TryParse(v.GetString(), out var d)
            ? d : throw new FormatException($"expected a date written YYYY-MM-DD, found {v.GetRawText()}");

    private static decimal Number(JsonElement v) =>
        v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var d) ? d : throw new FormatException($"expected a number, found {v.GetRawText()}");

    private static decimal Positive(JsonElement v) => Number(v) is var d && d > 0 ? d : throw new FormatException($"expected a number above 0, found {v.GetRawText()}");

    private static decimal NonNegative(JsonElement v) => Number(v) is var d && d >= 0 ? d : throw new FormatException($"expected a number ≥ 0, found {v.GetRawText()}");

    private static decimal Fraction(JsonElement v) =>
        Number(v) is var d && d > 0 && d < 1 ? d : throw new FormatException($"expected a fraction between 0 and 1 (0.30 for 30 %), found {v.GetRawText()}");

    private static int Grades(JsonElement v) =>
        v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) && i is >= 1 and <= 4 ? i : throw new FormatException($"expected a whole number of grades from 1 to 4, found {v.GetRawText()}");

    private static int Days(JsonElement v) =>
        v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) && i is >= 0 and <= 3660 ? i : throw new FormatException($"expected a whole number of days from 0 to 3660, found {v.GetRawText()}");

    private static T Choice<T>(JsonElement v) where T : struct, Enum =>
        v.ValueKind == JsonValueKind.String && Codes<T>.TryParse(v.GetString(), out var value)
            ? value : throw new FormatException($"expected {Codes<T>.Listing()}, found {v.GetRawText()}");

    private static string Code<T>(T value) where T : struct, Enum => Codes<T>.ToCode(value);
}
