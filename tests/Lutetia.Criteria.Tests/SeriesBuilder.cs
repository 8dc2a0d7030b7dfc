using System.Globalization;
using Lutetia.Criteria;
using Lutetia.Domain;

namespace Lutetia.Criteria.Tests;

/// <summary>
/// Builds a read series tersely: lesions first, then one read per call with one value per lesion
/// in lesion order: "30" a diameter, "small" too small to measure, "present" / "absent" / "up"
/// a non-target status, "empty" a row with no value, null no row. Days count from the first dose.
/// </summary>
internal sealed class SeriesBuilder
{
    public static readonly DateOnly FirstDose = new(2019, 1, 1);
    public static readonly PatientId Patient = new("P1");

    private readonly List<Lesion> _lesions = [];
    private readonly List<SeriesRead> _reads = [];
    private readonly Modality _modality;

    public SeriesBuilder(Modality modality = Modality.Ct) => _modality = modality;

    public IReadOnlyList<Lesion> Lesions => _lesions;

    public SeriesBuilder Target(string id, bool nodal = false, LesionSite site = LesionSite.Liver) =>
        Add(new Lesion(Patient, new LesionId(id), nodal ? LesionSite.LymphNode : site, false, nodal, LesionRole.Target));

    public SeriesBuilder Mass(string id = "MM") =>
        Add(new Lesion(Patient, new LesionId(id), LesionSite.Mesentery, true, true, LesionRole.Target));

    public SeriesBuilder NonTarget(string id) =>
        Add(new Lesion(Patient, new LesionId(id), LesionSite.Peritoneum, false, false, LesionRole.NonTarget));

    public SeriesBuilder New(string id) =>
        Add(new Lesion(Patient, new LesionId(id), LesionSite.Liver, false, false, LesionRole.New));

    public SeriesBuilder Add(Lesion lesion)
    {
        _lesions.Add(lesion);
        return this;
    }

    public SeriesBuilder Read(int day, params string?[] values)
    {
        var id = new ReadId("R" + _reads.Count.ToString(CultureInfo.InvariantCulture));
        var read = new Read(id, Patient, FirstDose.AddDays(day), _modality, Reader.Local);
        var rows = new List<Measurement>();
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is { } v)
                rows.Add(Row(id, _lesions[i].Id, v));
        }
        _reads.Add(new SeriesRead(read, rows));
        return this;
    }

    public ReadSeries Build() => ReadSeries.Create(_lesions, _reads);

    public Attempt<ReadSeries> TryBuild() => ReadSeries.TryCreate(_lesions, _reads);

    private static Measurement Row(ReadId read, LesionId lesion, string value)
    {
        var m = new Measurement { Read = read, Lesion = lesion };
        return value switch
        {
            "small" => m with { TooSmallToMeasure = true },
            "present" => m with { NonTargetStatus = NonTargetStatus.Present },
            "absent" => m with { NonTargetStatus = NonTargetStatus.Absent },
            "up" => m with { NonTargetStatus = NonTargetStatus.UnequivocalProgression },
            "empty" => m,
            _ => m with { DiameterMm = decimal.Parse(value, CultureInfo.InvariantCulture) },
        };
    }
}
