using System.Globalization;

namespace Lutetia.Workflow.Export;

/// <summary>
/// The name of an export's file, without its extension (docs/exports.md, "Names and the data cut"):
/// the study, what it holds (a centre, a statistics format), the data cut — the instant the data
/// were read, in UTC to the minute, marked <c>Z</c> — and <c>locked</c> when it holds the locked
/// records only: <c>mesenluth-2026-12-07T2140Z-locked</c>, <c>mesenluth-C1-r-2026-12-07T2140Z</c>.
/// </summary>
public static class ExportName
{
    /// <summary>The study Lutetia's protocol analyses (<see cref="Analysis.StudyProtocol"/>: MesenLuth).</summary>
    public const string Study = "mesenluth";

    /// <summary>The data cut as the name writes it: <c>2026-12-07T2140Z</c> (UTC; no colon, which file systems refuse).</summary>
    public static string Cut(DateTime dataCutUtc) =>
        dataCutUtc.ToUniversalTime().ToString("yyyy-MM-dd'T'HHmm'Z'", CultureInfo.InvariantCulture);

    public static string Of(string? center, string? part, DateTime dataCutUtc, bool lockedOnly)
    {
        var pieces = new List<string> { Study };
        if (center is not null)
            pieces.Add(center);
        if (part is not null)
            pieces.Add(part);
        pieces.Add(Cut(dataCutUtc));
        if (lockedOnly)
            pieces.Add("locked");
        return string.Join('-', pieces);
    }
}
