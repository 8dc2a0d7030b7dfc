using Lutetia.Domain;

namespace Lutetia.Criteria.Recist;

/// <summary>Non-target response (RECIST 1.1 §4.3.3) and new lesions (§4.3.5) at one read.</summary>
internal static class NonTargetRule
{
    public static NonTargetVerdict Assess(IReadOnlyList<Lesion> nonTargets, NonTargetStatus?[] statuses)
    {
        var progressing = new List<LesionId>();
        var missing = new List<LesionId>();
        var present = new List<LesionId>();
        for (var i = 0; i < statuses.Length; i++)
        {
            var id = nonTargets[i].Id;
            switch (statuses[i])
            {
                case NonTargetStatus.UnequivocalProgression: progressing.Add(id); break;
                case NonTargetStatus.Present: present.Add(id); break;
                case null: missing.Add(id); break;
                default: break;
            }
        }
        // PD first: unequivocal progression of any non-target is PD whatever the others show.
        if (progressing.Count > 0)
            return Verdict(NonTargetResponse.Pd, progressing, "§4.3.3 PD: unequivocal progression",
                $"PD: non-target {Names(progressing)} in unequivocal progression");
        if (missing.Count > 0)
            return Verdict(NonTargetResponse.Ne, missing, "§4.3.3 NE: a non-target not assessed",
                $"NE: non-target {Names(missing)} not assessed");
        if (present.Count == 0)
            return Verdict(NonTargetResponse.Cr, [], "§4.3.3 CR: every non-target absent", "CR: every non-target lesion is absent");
        return Verdict(NonTargetResponse.NonCrNonPd, present, "§4.3.3 non-CR/non-PD",
            $"non-CR/non-PD: non-target {Names(present)} still present");
    }

    /// <summary>
    /// The status a non-target counts at a read; null when not assessed. A diameter on a
    /// non-target is not its RECIST value: it is refused rather than guessed.
    /// </summary>
    public static NonTargetStatus? Status(Measurement? m, Lesion lesion, ReadId read)
    {
        if (m is null)
            return null;
        if (m.NonTargetStatus is { } s)
            return s;
        if (Refuse(m, lesion, read) is { } refusal)
            throw refusal.ToException();
        return null;
    }

    /// <summary>Why a non-target's row cannot be counted (a diameter instead of a status), or null.</summary>
    public static DataProblem? Refuse(Measurement? m, Lesion lesion, ReadId read) =>
        m is { NonTargetStatus: null } && (m.DiameterMm is not null || m.TooSmallToMeasure == true)
            ? new DataProblem(
                $"Non-target lesion {lesion.Id} at read {read} records a diameter instead of a status " +
                "(present, absent or unequivocal_progression).", nameof(m))
            : null;

    /// <summary>§4.3.5: a new lesion is seen when it has a diameter > 0, is too small to measure, or is present or progressing.</summary>
    public static bool IsSeen(Measurement? m) =>
        m is not null
        && (m.DiameterMm > 0 || m.TooSmallToMeasure == true
            || m.NonTargetStatus is NonTargetStatus.Present or NonTargetStatus.UnequivocalProgression);

    private static string Names(List<LesionId> ids) => Text.Join(ids.Select(l => l.Value));

    private static NonTargetVerdict Verdict(NonTargetResponse r, List<LesionId> deciding, string rule, string sentence) =>
        new(r, deciding, new Explanation("RECIST 1.1", rule, sentence));
}
