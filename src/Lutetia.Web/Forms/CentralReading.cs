using System.Globalization;
using Lutetia.Domain;
using Lutetia.Intake;
using Lutetia.Storage.Workflow;

namespace Lutetia.Web.Forms;

/// <summary>
/// The central reviewer's form read back: for each lesion of the exam, the diameter (checked by the
/// format's rule for <c>measurements.diameter_mm</c>, so the message is <c>lutetia validate</c>'s),
/// "too small to measure" and the non-target status. A lesion left blank is not read.
/// </summary>
public static class CentralReading
{
    public static List<LesionReading> Parse(ReviewQueueItem item, Func<string, string?> posted, Dictionary<string, string> issues)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(posted);
        ArgumentNullException.ThrowIfNull(issues);
        var diameter = CohortFormat.Table("measurements")!.Column("diameter_mm")!;
        var readings = new List<LesionReading>();
        foreach (var lesion in item.Lesions)
        {
            var id = lesion.LesionId;
            var text = (posted($"d:{id}") ?? "").Trim();
            var tooSmall = posted($"s:{id}") is "on" or "true";
            var statusText = (posted($"n:{id}") ?? "").Trim();
            decimal? mm = null;
            if (text.Length > 0)
            {
                if (diameter.Check(text) is { } issue)
                {
                    issues[id] = RowCells.Message(issue);
                    continue;
                }
                if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsedMm))
                {
                    issues[id] = $"\"{text}\" is not a diameter in mm. Fix: write a number with a decimal point, e.g. 23.5.";
                    continue;
                }
                mm = parsedMm;
            }
            NonTargetStatus? status = null;
            if (statusText.Length > 0)
            {
                if (!Codes<NonTargetStatus>.TryParse(statusText, out var parsed))
                {
                    issues[id] = $"\"{statusText}\" is not a non-target status. Fix: choose present, absent or unequivocal progression.";
                    continue;
                }
                status = parsed;
            }
            if (mm is not null || tooSmall || status is not null)
                readings.Add(new LesionReading(id, mm, tooSmall ? true : null, status));
        }
        return readings;
    }
}
