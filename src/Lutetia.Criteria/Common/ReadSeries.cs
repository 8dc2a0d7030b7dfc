using Lutetia.Domain;

namespace Lutetia.Criteria;

/// <summary>
/// A checked series of reads of one patient's lesions: the first read is the baseline, the others
/// follow in strictly increasing date order, and each read measures each lesion at most once with
/// values in range. Which reads enter (reader policy, windows) is the caller's choice; the series
/// only guarantees that the criteria are never computed from malformed data.
/// </summary>
public sealed class ReadSeries
{
    private readonly Dictionary<LesionId, int> _lesionIndex;
    private readonly Measurement?[][] _table;

    private ReadSeries(IReadOnlyList<Lesion> lesions, IReadOnlyList<SeriesRead> reads,
        Dictionary<LesionId, int> lesionIndex, Measurement?[][] table)
    {
        Lesions = lesions;
        Reads = reads;
        _lesionIndex = lesionIndex;
        _table = table;
    }

    /// <summary>The lesions followed, in the order given.</summary>
    public IReadOnlyList<Lesion> Lesions { get; }

    /// <summary>The reads, baseline first, in date order.</summary>
    public IReadOnlyList<SeriesRead> Reads { get; }

    public SeriesRead Baseline => Reads[0];

    /// <summary>
    /// Checks and indexes a series. Throws <see cref="ArgumentException"/> naming the read and
    /// lesion when there is no baseline read, reads are out of date order, a lesion is measured
    /// twice in one read, a measurement names a lesion outside the series, or a value is out of range.
    /// </summary>
    public static ReadSeries Create(IReadOnlyList<Lesion> lesions, IReadOnlyList<SeriesRead> reads) =>
        TryCreate(lesions, reads).OrThrow();

    /// <summary>As <see cref="Create"/>, the problem with the data returned as a refusal instead of thrown.</summary>
    public static Attempt<ReadSeries> TryCreate(IReadOnlyList<Lesion> lesions, IReadOnlyList<SeriesRead> reads)
    {
        ArgumentNullException.ThrowIfNull(lesions);
        ArgumentNullException.ThrowIfNull(reads);
        if (reads.Count == 0)
            return new DataProblem("The series has no baseline read: at least one read is needed.", nameof(reads));
        var index = new Dictionary<LesionId, int>(lesions.Count);
        for (var i = 0; i < lesions.Count; i++)
        {
            if (!index.TryAdd(lesions[i].Id, i))
                return new DataProblem($"Lesion {lesions[i].Id} is listed twice in the series.", nameof(lesions));
        }
        var table = new Measurement?[reads.Count][];
        for (var r = 0; r < reads.Count; r++)
        {
            var read = reads[r];
            if (r > 0 && read.Date <= reads[r - 1].Date)
                return new DataProblem(
                    $"Read {read.Id} ({Text.Date(read.Date)}) is not after read {reads[r - 1].Id} " +
                    $"({Text.Date(reads[r - 1].Date)}): the reads of a series must be in strictly increasing date order.",
                    nameof(reads));
            table[r] = new Measurement?[lesions.Count];
            foreach (var m in read.Measurements)
            {
                if (m.Read != read.Id)
                    return new DataProblem($"A measurement of lesion {m.Lesion} belongs to read {m.Read}, not to read {read.Id}.", nameof(reads));
                if (!index.TryGetValue(m.Lesion, out var l))
                    return new DataProblem($"Read {read.Id} measures lesion {m.Lesion}, which is not a lesion of the series.", nameof(reads));
                if (table[r][l] is not null)
                    return new DataProblem($"Lesion {m.Lesion} is measured twice in read {read.Id}.", nameof(reads));
                if (CheckValues(m) is { } bad)
                    return bad;
                table[r][l] = m;
            }
        }
        return new ReadSeries(lesions, reads, index, table);
    }

    /// <summary>
    /// The series of the chosen reads of a patient (baseline first), restricted to the lesions
    /// <paramref name="include"/> accepts (all when null), e.g. every lesion but the mesenteric mass.
    /// </summary>
    public static ReadSeries FromRecord(PatientRecord record, IReadOnlyList<ReadId> readIds, Func<Lesion, bool>? include = null) =>
        TryFromRecord(record, readIds, include).OrThrow();

    /// <summary>As <see cref="FromRecord"/>, the problem with the data returned as a refusal instead of thrown.</summary>
    public static Attempt<ReadSeries> TryFromRecord(PatientRecord record, IReadOnlyList<ReadId> readIds, Func<Lesion, bool>? include = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(readIds);
        var lesions = new List<Lesion>(record.Lesions.Count);
        var known = new HashSet<LesionId>();
        var kept = new HashSet<LesionId>();
        foreach (var lesion in record.Lesions)
        {
            known.Add(lesion.Id);
            if (include is null || include(lesion))
            {
                lesions.Add(lesion);
                kept.Add(lesion.Id);
            }
        }
        var reads = new SeriesRead[readIds.Count];
        for (var i = 0; i < readIds.Count; i++)
        {
            if (FindRead(record, readIds[i]) is not { } read)
                return new DataProblem($"Read {readIds[i]} is not a read of patient {record.Patient.Id}.", "id");
            var rows = new List<Measurement>();
            foreach (var m in record.MeasurementsOf(read.Id))
            {
                // A row of an unknown lesion is kept so that Create reports it.
                if (kept.Contains(m.Lesion) || !known.Contains(m.Lesion))
                    rows.Add(m);
            }
            reads[i] = new SeriesRead(read, rows);
        }
        return TryCreate(lesions, reads);
    }

    /// <summary>What read <paramref name="readIndex"/> recorded of the lesion, or null when it has no row.</summary>
    public Measurement? MeasurementOf(int readIndex, LesionId lesion) =>
        _lesionIndex.TryGetValue(lesion, out var l) ? _table[readIndex][l] : null;

    /// <summary>What read <paramref name="readIndex"/> recorded of lesion number <paramref name="lesionIndex"/>.</summary>
    internal Measurement? MeasurementAt(int readIndex, int lesionIndex) => _table[readIndex][lesionIndex];

    private static Read? FindRead(PatientRecord record, ReadId id)
    {
        foreach (var read in record.Reads)
        {
            if (read.Id == id)
                return read;
        }
        return null;
    }

    private static DataProblem? CheckValues(Measurement m)
    {
        if (m.DiameterMm < 0)
            return Bad(m, $"a negative diameter ({Text.Number(m.DiameterMm.Value)} mm)");
        if (m.DiameterMm is not null && m.TooSmallToMeasure == true)
            return Bad(m, "both a diameter and too_small_to_measure");
        if (m.Krenning is < 0 or > 4)
            return Bad(m, $"a Krenning grade of {m.Krenning} (the scale is 0 to 4)");
        if (m.SuvMax < 0)
            return Bad(m, $"a negative SUVmax ({Text.Number(m.SuvMax.Value)})");
        if (m.SulPeak < 0)
            return Bad(m, $"a negative SULpeak ({Text.Number(m.SulPeak.Value)})");
        return null;
    }

    private static DataProblem Bad(Measurement m, string what) => new($"Lesion {m.Lesion} at read {m.Read} has {what}.");
}
