using Lutetia.Domain;

namespace Lutetia.Criteria.Metabolic;

/// <summary>Checks shared by the metabolic criteria, which compare a baseline and a post SRI read.</summary>
internal static class MetabolicPair
{
    /// <summary>Why the pair is not one the criterion compares (count of reads, modalities), or null.</summary>
    public static DataProblem? Refuse(ReadSeries pair, string criterion, bool petOnly)
    {
        ArgumentNullException.ThrowIfNull(pair);
        if (pair.Reads.Count != 2)
            return new DataProblem(
                $"{criterion} compares a baseline and a post read; the series has {pair.Reads.Count} read(s).", nameof(pair));
        foreach (var read in pair.Reads)
        {
            var modality = read.Read.Modality;
            var fits = petOnly ? modality == Modality.Pet68Ga : !read.Read.IsMorphologic;
            if (!fits)
                return new DataProblem(
                    $"Read {read.Id} is {Codes<Modality>.ToCode(modality)}: {criterion} uses {(petOnly ? "PET" : "SRS or PET")} reads.", nameof(pair));
        }
        if (pair.Reads[0].Read.Modality != pair.Reads[1].Read.Modality)
            return new DataProblem(
                $"Reads {pair.Reads[0].Id} and {pair.Reads[1].Id} are of different modalities: the post exam must be of the baseline's modality.", nameof(pair));
        return null;
    }

    /// <summary>
    /// New lesions seen on the post read: a lesion of role new with a Krenning grade ≥ 1, an SUVmax
    /// above 0 or a SULpeak (response-criteria.md: a new lesion seen on SRI counts for the metabolic criteria).
    /// </summary>
    public static List<LesionId> NewLesions(ReadSeries pair)
    {
        var seen = new List<LesionId>();
        for (var i = 0; i < pair.Lesions.Count; i++)
        {
            if (pair.Lesions[i].Role != LesionRole.New)
                continue;
            var m = pair.MeasurementAt(1, i);
            if (m is not null && (m.Krenning >= 1 || m.SuvMax > 0 || m.SulPeak > 0))
                seen.Add(pair.Lesions[i].Id);
        }
        return seen;
    }

    public static string Names(IEnumerable<LesionId> ids) => Text.Join(ids.Select(l => l.Value));
}
