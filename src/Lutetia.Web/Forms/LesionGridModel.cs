using Lutetia.Criteria;
using Lutetia.Criteria.Mesenteric;
using Lutetia.Criteria.Recist;
using Lutetia.Domain;
using Lutetia.Intake;
using Lutetia.Storage;
using Lutetia.Workflow.Imaging;

namespace Lutetia.Web.Forms;

/// <summary>
/// The lesion grid of one read as the page shows it: one line per lesion of the patient, the
/// measurement columns the read's modality uses (cohort-format.md, measurements.csv), each cell
/// checked by the format's rules as it is typed, and the verdicts of the criteria library (MM rule,
/// RECIST 1.1) at this read over the CT/MRI reads of the same reader up to it, the first being the
/// baseline. The grid is opened and saved by the use cases (<see cref="OpenLesionGrid"/>,
/// <see cref="SaveLesionGrid"/>); this is presentation and the live verdict only.
/// </summary>
public sealed class LesionGridModel
{
    private static readonly TableSpec Spec = CohortFormat.Table("measurements")!;
    private readonly IReadOnlyList<ReadRow> _series;
    private readonly IReadOnlyList<MeasurementRow> _earlier;

    private LesionGridModel(LesionGridData opened)
    {
        Opened = opened;
        _series = opened.Series;
        _earlier = opened.Earlier;
        foreach (var (cell, text) in opened.StoredTexts())
            Values[cell] = text;
    }

    /// <summary>The grid of the read as the use case opened it.</summary>
    public static LesionGridModel Of(LesionGridData opened)
    {
        ArgumentNullException.ThrowIfNull(opened);
        return new LesionGridModel(opened);
    }

    /// <summary>The grid as opened: what a save starts from.</summary>
    public LesionGridData Opened { get; }

    public ReadRow Read => Opened.Read;
    public IReadOnlyList<LesionRow> Lesions => Opened.Lesions;
    public IReadOnlyList<FieldSpec> Columns => Opened.Columns;
    public bool CanWrite => Opened.CanWrite;
    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Issues { get; } = new(StringComparer.Ordinal);

    public static string Cell(string lesion, string column) => LesionGridData.Cell(lesion, column);

    /// <summary>The columns of measurements.csv a modality fills.</summary>
    public static IReadOnlyList<FieldSpec> ColumnsFor(Modality modality) => OpenLesionGrid.ColumnsFor(modality);

    /// <summary>The baseline read of this read's series, when this read is a follow-up read (its values are shown beside).</summary>
    public ReadRow? BaselineRead => _series.Count > 1 && _series[0].ReadId != Read.ReadId ? _series[0] : null;

    /// <summary>What the baseline read recorded of a lesion, in words ("40 mm", "too small", a non-target status), or "—".</summary>
    public string AtBaseline(string lesionId)
    {
        if (BaselineRead is not { } baseline
            || _earlier.FirstOrDefault(m => m.ReadId == baseline.ReadId && m.LesionId == lesionId) is not { } m)
            return "—";
        if (m.DiameterMm is { } mm)
            return mm.ToString(System.Globalization.CultureInfo.InvariantCulture) + " mm";
        if (m.TooSmallToMeasure == true)
            return "too small to measure";
        return m.NonTargetStatus is { } status ? CodeText.Words(status) : "—";
    }

    /// <summary>Takes a typed value and checks it with the format's rule for its column.</summary>
    public void Set(string lesion, string column, string? text)
    {
        var cell = Cell(lesion, column);
        Values[cell] = text ?? "";
        if (Spec.Column(column)?.Check(text) is { } issue)
            Issues[cell] = RowCells.Message(issue);
        else
            Issues.Remove(cell);
    }

    /// <summary>What the grid's values give at this read, recomputed from scratch (the criteria library, unchanged).</summary>
    public GridVerdict Verdict()
    {
        if (Read.Modality is not (Modality.Ct or Modality.Mri))
            return new GridVerdict { Note = "The MM rule and RECIST 1.1 use the CT and MRI reads; this read is " + Codes<Modality>.ToCode(Read.Modality) + "." };
        if (_series.Count == 0 || _series[0].ReadId == Read.ReadId)
            return new GridVerdict { Note = "This is the baseline read of the series: the categories appear at the follow-up reads." };
        var measurements = new List<Measurement>(_earlier.Select(m => m.ToDomain()));
        measurements.AddRange(Current().Select(m => m.ToDomain()));
        var lesions = Lesions.Select(l => l.ToDomain()).ToList();
        var reads = _series.Select(r => new SeriesRead(r.ToDomain(),
            measurements.Where(m => m.Read.Value == r.ReadId).ToList())).ToList();
        var checkedSeries = ReadSeries.TryCreate(lesions, reads);
        if (checkedSeries.Problem is { } refused)
            return new GridVerdict { Note = refused.Message };
        var series = checkedSeries.Value;
        var verdict = new GridVerdict();
        if (lesions.Any(l => l.IsMesentericMass))
        {
            var course = MesentericMassRule.TryAssess(series);
            if (course.Problem is { } mmRefused)
            {
                verdict = verdict with { MmExplanation = mmRefused.Message };
            }
            else
            {
                var mm = course.Value.Reads.First(r => r.Read.Value == Read.ReadId);
                verdict = verdict with
                {
                    MmChangePercent = mm.ChangeFromBaselinePercent,
                    MmCategory = mm.Response.ToString().ToUpperInvariant(),
                    MmExplanation = mm.Explanation.Sentence,
                };
            }
        }
        else
        {
            verdict = verdict with { MmExplanation = "No lesion is flagged as the mesenteric mass (lesions, mesenteric_mass = yes)." };
        }
        var recist = Recist11.TryAssess(series);
        if (recist.Problem is { } recistRefused)
            return verdict with { RecistExplanation = recistRefused.Message };
        var point = recist.Value.TimePoints.First(t => t.Read.Value == Read.ReadId);
        return verdict with { RecistCategory = Recist(point.Overall), RecistExplanation = point.Explanation.Sentence };
    }

    private IEnumerable<MeasurementRow> Current()
    {
        foreach (var lesion in Lesions)
        {
            var row = new MeasurementRow { ReadId = Read.ReadId, LesionId = lesion.LesionId, PatientId = Read.PatientId };
            var any = false;
            for (var i = 0; i < Columns.Count; i++)
            {
                var column = Columns[i];
                var text = Values[Cell(lesion.LesionId, column.Name)];
                if (Issues.ContainsKey(Cell(lesion.LesionId, column.Name)) || text.Trim().Length == 0)
                    continue;
                any = true;
                var property = Opened.Properties[i];
                RowCells.TryParse(property, column, text, out var value);
                property.PropertyInfo!.SetValue(row, value);
            }
            if (any)
                yield return row;
        }
    }

    private static string Recist(OverallResponse response) => response == OverallResponse.NonCrNonPd ? "non-CR/non-PD" : response.ToString().ToUpperInvariant();

}
