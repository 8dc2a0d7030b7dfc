using Lutetia.Domain;

namespace Lutetia.Analysis.Tests;

/// <summary>
/// An independent reading of what must end non-MM PFS, written from the contract without the
/// criteria engine (a progression its reads show is never hidden): a follow-up CT/MRI read (the protocol's reader) that shows a new
/// non-MM lesion or a non-target in unequivocal progression is PD whatever the targets say
/// (response-criteria.md, overall response), and a recorded non-MM progression or a death is an
/// event (mesenluth-protocol.md, "Time to event").
/// </summary>
internal static class ShownProgression
{
    /// <summary>The earliest date that must end non-MM PFS with an event, or null.</summary>
    public static DateOnly? NonMmEventBound(PatientEndpoints p)
    {
        var first = p.Record.FirstDose!.Value;
        var dates = new List<DateOnly>();
        if (FirstRead(p) is { } read)
            dates.Add(read);
        dates.AddRange(p.Record.Progressions.Where(r => r.Scope == ProgressionScope.NonMm && r.Date > first).Select(r => r.Date));
        if (p.Record.Patient.DeathDate is { } death && death > first)
            dates.Add(death);
        return dates.Count == 0 ? null : dates.Min();
    }

    /// <summary>
    /// Why non-MM PFS breaks the contract, or null: censored while the bound falls within its
    /// window, or an event later than the bound.
    /// </summary>
    public static string? Violation(PatientEndpoints p)
    {
        if (!p.Included || p.NonMmPfs is not { } pfs || NonMmEventBound(p) is not { } bound)
            return null;
        if (pfs.Event ? pfs.End <= bound : bound > pfs.End)
            return null;
        return $"{p.Record.Patient.Id}: non-MM PFS {(pfs.Event ? "event" : "censored")} at {pfs.End:yyyy-MM-dd} ({pfs.Because}), " +
            $"but progression is shown on {bound:yyyy-MM-dd}";
    }

    /// <summary>The first follow-up CT/MRI read after the first dose showing a new non-MM lesion or unequivocal non-target progression.</summary>
    private static DateOnly? FirstRead(PatientEndpoints p)
    {
        var first = p.Record.FirstDose!.Value;
        var lesions = p.Record.Lesions.Where(l => !l.IsMesentericMass).ToDictionary(l => l.Id);
        foreach (var exam in p.Imaging!.FollowUp)
        {
            if (exam.Date <= first || exam.Representative(p.Parameters.ReaderPolicy) is not { } read
                || !p.Record.MeasurementsByRead.TryGetValue(read.Id, out var rows))
                continue;
            foreach (var m in rows)
            {
                if (lesions.TryGetValue(m.Lesion, out var lesion) && Shows(lesion, m))
                    return exam.Date;
            }
        }
        return null;
    }

    private static bool Shows(Lesion lesion, Measurement m) => lesion.Role switch
    {
        LesionRole.New => m.DiameterMm > 0 || m.TooSmallToMeasure == true
            || m.NonTargetStatus is NonTargetStatus.Present or NonTargetStatus.UnequivocalProgression,
        LesionRole.NonTarget => m.NonTargetStatus == NonTargetStatus.UnequivocalProgression,
        _ => false,
    };
}
