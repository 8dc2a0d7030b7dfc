using Lutetia.Domain;

namespace Lutetia.Twin;

/// <summary>
/// Patient by patient, the endpoints derived from the rows against the endpoints each plan
/// intends: the screening verdict, the MM and non-MM responses and progression days, the
/// metabolic and clinical categories. Aggregates can hide two errors that cancel; this cannot.
/// </summary>
internal static class PlanAgreement
{
    public static IReadOnlyList<string> Differences(IReadOnlyList<PatientPlan> plans, IReadOnlyList<PatientEndpoints> derived)
    {
        var byId = derived.ToDictionary(e => e.Patient.Id);
        var differences = new List<string>();
        foreach (var plan in plans)
        {
            var e = byId[plan.Id];
            void Same(string what, object? intended, object? got)
            {
                if (!Equals(intended, got))
                    differences.Add($"{plan.Id} {what}: plan {intended ?? "empty"}, rows give {got ?? "empty"}");
            }
            Same("screening", plan.ExclusionReason, e.Exclusion);
            if (plan.ExclusionReason is not null)
                continue;
            var postDay = plan.LastDoseDay + plan.PostDaysAfterLastDose!.Value;
            Same("mm_response", plan.Mm.Kind switch
            {
                MmCourseKind.Partial => "pr",
                MmCourseKind.Progression when plan.Mm.Day == postDay => "pd",
                _ => "sd",
            }, e.Mm.Response);
            Same("mm first pd day", plan.Mm.Kind == MmCourseKind.Progression ? plan.Mm.Day : null, Day(plan, e.Mm.FirstPd));
            Same("non_mm_response", plan.NonMm.Kind switch
            {
                NonMmCourseKind.None => null,
                NonMmCourseKind.Partial => "pr",
                NonMmCourseKind.Progression when plan.NonMm.Day == postDay => "pd",
                _ => plan.Sites.Any(s => s is MetastaticSiteKind.Liver or MetastaticSiteKind.DistantLymphNodes) ? "sd" : "non_cr_non_pd",
            }, e.NonMm.Response);
            var progression = plan.NonMm.Kind is NonMmCourseKind.Progression or NonMmCourseKind.RecordedProgression ? plan.NonMm.Day : null;
            Same("non-MM PFS", (progression ?? plan.End.Day, progression is not null || plan.End.Died), e.NonMmPfs);
            Same("non_mm_metabolic_response", plan.NonMm.Kind == NonMmCourseKind.None ? null
                : plan.Receptor.Modality is null ? "ne" : plan.Receptor.NonMmResponds ? "yes" : "no", e.NonMmMetabolic);
            Same("mm_clinical_response", plan.MmSymptoms.Count == 0 ? null : Code(plan.MmClinical.Evaluation), e.MmClinical);
            Same("mm_clinical_response_long_term", plan.MmSymptoms.Count == 0 ? null : Code(plan.MmClinical.LongTerm), e.MmClinicalLongTerm);
            Same("cs_clinical_response", plan.CarcinoidSyndrome ? Code(plan.CsClinical.Evaluation) : null, e.CsClinical);
        }
        return differences;
    }

    private static int? Day(PatientPlan plan, DateOnly? date) => date is { } d ? d.DayNumber - plan.FirstDose.DayNumber : null;

    private static string Code(ClinicalOutcome? outcome) => outcome is { } o ? Codes<ClinicalOutcome>.ToCode(o) : "ne";
}
