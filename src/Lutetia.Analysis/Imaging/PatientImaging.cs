using Lutetia.Domain;

namespace Lutetia.Analysis;

/// <summary>
/// A patient's exams and the protocol's anchors among them (mesenluth-protocol.md, "Time
/// anchors"): the baseline and post-PRRT CT/MRI exams, the follow-up CT/MRI exams, and the
/// baseline and post somatostatin-receptor imaging (SRI) exams.
/// </summary>
public sealed class PatientImaging
{
    private PatientImaging(IReadOnlyList<Exam> morphologic, IReadOnlyList<Exam> receptor) =>
        (Morphologic, Receptor) = (morphologic, receptor);

    /// <summary>CT/MRI exams in date order, one per date: the CT when a CT and an MRI share a date (a choice of the protocol).</summary>
    public IReadOnlyList<Exam> Morphologic { get; }

    /// <summary>SRS and PET exams in date order.</summary>
    public IReadOnlyList<Exam> Receptor { get; }

    public Exam? Baseline { get; private init; }
    public Exam? Post { get; private init; }
    public Exam? BaselineReceptor { get; private init; }
    public Exam? PostReceptor { get; private init; }

    /// <summary>Every CT/MRI exam after the baseline exam, in date order (for progression-free survival).</summary>
    public IReadOnlyList<Exam> FollowUp { get; private init; } = [];

    /// <summary>The follow-up exams up to and including the post exam (for the response at the evaluation).</summary>
    public IReadOnlyList<Exam> UpToPost { get; private init; } = [];

    /// <summary>
    /// Groups a record's reads into exams and finds the anchors. Exams whose policy reader did not
    /// read them are left out (under the default policy every exam has a reader).
    /// </summary>
    public static PatientImaging Of(PatientRecord record, ReaderPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(record);
        var exams = new Dictionary<(DateOnly, Modality), (Read? Local, Read? Central)>();
        foreach (var read in record.Reads)
        {
            var key = (read.ExamDate, read.Modality);
            exams.TryGetValue(key, out var pair);
            exams[key] = read.Reader == Reader.Central ? pair with { Central = read } : pair with { Local = read };
        }
        var morphologic = new SortedDictionary<DateOnly, Exam>();
        var receptor = new List<Exam>();
        foreach (var ((date, modality), (local, central)) in exams)
        {
            var exam = new Exam(date, modality, local, central);
            if (exam.Representative(policy) is null)
                continue;
            if (!exam.IsMorphologic)
                receptor.Add(exam);
            else if (!morphologic.TryGetValue(date, out var other) || (modality == Modality.Ct && other.Modality != Modality.Ct))
                morphologic[date] = exam; // CT over MRI on the same date (protocol's choice)
        }
        receptor.Sort((a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : Rank(a.Modality).CompareTo(Rank(b.Modality)));
        var morph = morphologic.Values.ToArray();
        var imaging = new PatientImaging(morph, receptor);
        if (record.FirstDose is not { } first || record.LastDose is not { } last)
            return imaging;

        var baseline = morph.LastOrDefault(e => e.Date <= first);
        var post = morph.FirstOrDefault(e => e.Date > last);
        var followUp = baseline is null ? [] : morph.Where(e => e.Date > baseline.Date).ToArray();
        var baselineReceptor = receptor.LastOrDefault(e => e.Date <= first);
        return new PatientImaging(morph, receptor)
        {
            Baseline = baseline,
            Post = post,
            FollowUp = followUp,
            UpToPost = post is null ? [] : followUp.Where(e => e.Date <= post.Date).ToArray(),
            BaselineReceptor = baselineReceptor,
            // The post SRI exam is the first exam of the baseline's modality after the last dose.
            PostReceptor = baselineReceptor is null ? null : receptor.FirstOrDefault(e => e.Date > last && e.Modality == baselineReceptor.Modality),
        };
    }

    /// <summary>On one date an SRS and a PET: the PET, read last, is the one kept as "the last exam on or before" (a choice, docs/analysis.md).</summary>
    private static int Rank(Modality modality) => modality == Modality.Pet68Ga ? 1 : 0;
}
