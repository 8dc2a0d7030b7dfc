namespace Lutetia.Twin;

/// <summary>
/// The CT/MRI exam days of one plan (days from the first dose): the baseline, the evaluation, then
/// one exam every 26 weeks (± 2 weeks); an exam on the day of each imaging progression; after a RECIST
/// progression one more exam 13 weeks later (still PD); no exam after a progression known only
/// from the record. Follow-up exams stay at least 4 weeks away from a progression exam.
/// </summary>
internal static class ExamSchedule
{
    public const int FollowUpIntervalDays = 182;

    public static List<int> Days(PatientPlan plan, Random random)
    {
        var days = new List<int> { -plan.BaselineDaysBefore };
        if (plan.PostDaysAfterLastDose is not { } post)
            return days;
        var postDay = plan.LastDoseDay + post;
        var end = plan.End.Day;
        var events = new List<int>();
        if (plan.NonMm.Kind == NonMmCourseKind.RecordedProgression)
            end = Math.Min(end, plan.NonMm.Day!.Value - 14);
        if (plan.NonMm.Kind == NonMmCourseKind.Progression)
        {
            var pd = plan.NonMm.Day!.Value;
            events.Add(pd);
            end = Math.Min(end, pd + 91);
            if (pd + 91 <= plan.End.Day)
                events.Add(pd + 91);
        }
        if (plan.Mm.Kind == MmCourseKind.Progression && plan.Mm.Day!.Value <= end)
            events.Add(plan.Mm.Day.Value);
        days.Add(postDay);
        for (var planned = postDay + FollowUpIntervalDays; planned <= end; planned += FollowUpIntervalDays)
        {
            var day = Math.Min(end, planned + random.Next(-14, 15));
            if (events.TrueForAll(e => Math.Abs(e - day) >= 28))
                days.Add(day);
        }
        foreach (var e in events)
        {
            if (e < postDay)
                throw new ArgumentException($"{plan.Id}: a progression on day {e} comes before the evaluation exam (day {postDay})");
            if (!days.Contains(e))
                days.Add(e);
        }
        days.Sort();
        return days;
    }
}
