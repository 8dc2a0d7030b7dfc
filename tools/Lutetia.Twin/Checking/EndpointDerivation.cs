using Lutetia.Domain;

namespace Lutetia.Twin;

/// <summary>
/// An independent reading of mesenluth-protocol.md for the twin's check: eligibility in the
/// protocol's order, the responses, the metabolic and clinical responses and the times to event.
/// </summary>
internal static class EndpointDerivation
{
    private static readonly DateOnly StudyStart = new(2001, 1, 1);
    private static readonly DateOnly StudyEnd = new(2021, 10, 31);

    public static PatientEndpoints Derive(PatientRecord r)
    {
        var series = new ExamSeries(r, null);
        var mm = MorphologicResponse.Mm(series);
        var nonMm = MorphologicResponse.NonMm(series);
        var first = r.FirstDose ?? DateOnly.MinValue;
        var last = r.LastDose ?? DateOnly.MinValue;
        var p = r.Patient;
        var death = p.DeathDate;
        DateOnly? recordedMm = r.Progressions.Where(x => x.Scope == ProgressionScope.Mm && x.Date > first).Select(x => (DateOnly?)x.Date).Min();
        DateOnly? recordedNonMm = r.Progressions.Where(x => x.Scope == ProgressionScope.NonMm && x.Date > first).Select(x => (DateOnly?)x.Date).Min();
        var mmEvent = Earliest(mm.FirstPd, recordedMm, p.DeathCause == DeathCause.MmRelated ? death : null);
        var nonMmEvent = Earliest(nonMm.FirstPd, recordedNonMm, death);
        return new PatientEndpoints
        {
            Record = r,
            Exclusion = Exclusion(r, series),
            Series = series,
            Mm = mm,
            NonMm = nonMm,
            MmMetabolic = Metabolic(series, mass: true),
            NonMmMetabolic = nonMm.Response is null ? null : Metabolic(series, mass: false),
            MmClinical = ClinicalResponse.Of(r, SymptomDomain.Mm, longTerm: false),
            MmClinicalLongTerm = ClinicalResponse.Of(r, SymptomDomain.Mm, longTerm: true),
            CsClinical = p.CarcinoidSyndrome == true ? ClinicalResponse.Of(r, SymptomDomain.CarcinoidSyndrome, longTerm: false) ?? "ne" : null,
            MmPfs = mmEvent is { } m ? (m.DayNumber - first.DayNumber, true) : (p.LastNewsDate.DayNumber - first.DayNumber, false),
            NonMmPfs = nonMmEvent is { } n ? (n.DayNumber - first.DayNumber, true) : (p.LastNewsDate.DayNumber - first.DayNumber, false),
            Os = (p.LastNewsDate.DayNumber - first.DayNumber, death is not null),
            FollowUpDays = p.LastNewsDate.DayNumber - last.DayNumber,
            Agreement = Agreement(r),
        };
    }

    private static string? Exclusion(PatientRecord r, ExamSeries s)
    {
        var p = r.Patient;
        if (p.PrimarySite is not (PrimarySite.Ileum or PrimarySite.Jejunum or PrimarySite.Duodenum or PrimarySite.SmallIntestine))
            return "non_small_intestinal";
        if (p.Differentiation == Differentiation.Poorly)
            return "poorly_differentiated";
        if (p.PriorPrrt)
            return "prior_prrt";
        if (r.FirstDose is not { } first)
            return "no_prrt";
        if (first < StudyStart || first > StudyEnd)
            return "outside_study_period";
        var mass = r.Lesions.FirstOrDefault(l => l.IsMesentericMass);
        if (mass is null)
            return "no_mesenteric_mass";
        if (p.MmRetractile != true)
            return "mm_not_retractile";
        if (s.Baseline is null)
            return "no_baseline_imaging";
        if (s.Of(s.Baseline, mass.Id)?.DiameterMm is not { } size || size < 20m)
            return "mm_too_small";
        return s.Post is null ? "no_post_imaging" : null;
    }

    /// <summary>SRS: a Krenning grade (the highest over the non-MM lesions) drops by ≥ 1; PET: SUVmax (summed) falls by > 25 % (≥ 15 % after one cycle); no new lesion.</summary>
    private static string Metabolic(ExamSeries s, bool mass)
    {
        if (s.ReceptorBaseline is not { } before || s.ReceptorPost is not { } after)
            return "ne";
        var lesions = s.Record.Lesions.Where(l => l.IsMesentericMass == mass && l.Role != LesionRole.New).ToArray();
        var present = lesions.Where(l => s.Of(before, l.Id) is not null).ToArray();
        if (present.Length == 0)
            return "ne";
        var newSeen = !mass && s.Record.Lesions.Any(l => l.Role == LesionRole.New && s.Of(after, l.Id) is { } m && (m.Krenning >= 1 || m.SuvMax > 0));
        if (before.Modality == Modality.Srs111In)
        {
            var was = present.Max(l => s.Of(before, l.Id)!.Krenning);
            var now = present.Max(l => s.Of(after, l.Id)?.Krenning ?? 0);
            return was is null ? "ne" : was - now >= 1 && !newSeen ? "yes" : "no";
        }
        var sumBefore = present.Sum(l => s.Of(before, l.Id)!.SuvMax ?? 0m);
        var sumAfter = present.Sum(l => s.Of(after, l.Id)?.SuvMax ?? 0m);
        var fall = (sumBefore - sumAfter) / sumBefore;
        var responds = s.Record.Cycles.Count > 1 ? fall > 0.25m : fall >= 0.15m;
        return responds && !newSeen ? "yes" : "no";
    }

    private static (string?, string?, string?, string?)? Agreement(PatientRecord r)
    {
        var local = new ExamSeries(r, Reader.Local);
        var central = new ExamSeries(r, Reader.Central);
        if (local.Baseline is null || local.Post is null || central.Baseline?.ExamDate != local.Baseline.ExamDate
            || central.Post?.ExamDate != local.Post.ExamDate)
            return null;
        return (MorphologicResponse.Mm(local).Response, MorphologicResponse.Mm(central).Response,
            MorphologicResponse.NonMm(local).Response, MorphologicResponse.NonMm(central).Response);
    }

    private static DateOnly? Earliest(params DateOnly?[] dates) => dates.Where(d => d is not null).Min();
}
