namespace Lutetia.Reporting.Exports;

/// <summary>
/// What an export records about itself. The creation time comes in as data (no clock in the
/// library), so that a test, or an archive that must be reproducible, can fix it.
/// </summary>
public sealed record ExportOptions(DateTimeOffset CreatedAt)
{
    /// <summary>The study's name, written in the ODM file's GlobalVariables.</summary>
    public string StudyName { get; init; } = "Lutetia cohort";

    /// <summary>The ODM FileOID; by default <c>Lutetia.</c> followed by the creation time.</summary>
    public string? FileOid { get; init; }
}
