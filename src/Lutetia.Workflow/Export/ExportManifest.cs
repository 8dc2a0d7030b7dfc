using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Lutetia.Workflow.Export;

/// <summary>
/// What an export holds and as of when, written inside it (<c>manifest.json</c> in a zip, the
/// properties of a workbook): the study, the data cut (the instant the server read the data, UTC),
/// the centre (null: every centre the account reaches), whether only locked records were asked,
/// the number of patients, and who exported.
/// </summary>
public sealed record ExportManifest(DateTime DataCutUtc, string? Center, bool LockedOnly, int Patients, string ExportedBy, string Content)
{
    public const string FileName = "manifest.json";

    /// <summary>The data cut in ISO 8601, UTC, to the second: <c>2026-12-07T21:40:05Z</c>.</summary>
    public string DataCut => DataCutUtc.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The file name without extension (<see cref="ExportName"/>).</summary>
    public string FileStem(string? part = null) => ExportName.Of(Center, part, DataCutUtc, LockedOnly);

    /// <summary>One sentence for a workbook's description: what, as of when.</summary>
    public string Sentence =>
        $"{ExportName.Study} {Content}, {(Center is null ? "every centre" : "centre " + Center)}, " +
        $"{(LockedOnly ? "locked records only" : "every record")}, {Patients} patients; data cut {DataCut} (UTC); exported by {ExportedBy}";

    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("study", ExportName.Study);
            json.WriteString("content", Content);
            json.WriteString("data_cut_utc", DataCut);
            if (Center is null)
                json.WriteNull("center");
            else
                json.WriteString("center", Center);
            json.WriteBoolean("locked_only", LockedOnly);
            json.WriteNumber("patients", Patients);
            json.WriteString("exported_by", ExportedBy);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
