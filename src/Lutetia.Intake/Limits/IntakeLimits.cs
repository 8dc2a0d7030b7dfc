namespace Lutetia.Intake;

/// <summary>
/// The sizes a cohort may not exceed, in one place (docs/intake.md, "Limits"). A cohort over one of
/// them is refused with a problem naming the file, the row or part, the limit and how to fix it;
/// nothing is imported. The limits are far above any real cohort (the 3,000-patient synthetic
/// cohort: rows under 300 bytes, 12 tables, 20 MB of CSV) and keep what a hostile file can make
/// the reader hold or write well under 256 MB.
/// </summary>
public static class IntakeLimits
{
    /// <summary>One CSV record (a row, quoted line breaks included), in bytes: 1 MiB.</summary>
    public const int MaximumRecordBytes = 1 << 20;

    /// <summary>
    /// A cell of a column without a declared length (cohort-format text columns declare theirs, see
    /// <see cref="FieldSpec.MaximumLength"/>), in characters; also the longest string of a workbook.
    /// The same as the longest text the database stores (query texts, data-quality values).
    /// </summary>
    public const int MaximumCellCharacters = 4000;

    /// <summary>The entries of a .xlsx package or of an uploaded .zip.</summary>
    public const int MaximumArchiveEntries = 1000;

    /// <summary>What a .xlsx package or an uploaded .zip holds once uncompressed, all entries together: 256 MiB.</summary>
    public const long MaximumExtractedBytes = 256L << 20;

    /// <summary>
    /// One part of a workbook read whole (workbook.xml, styles.xml), uncompressed: 16 MiB. The
    /// worksheets and the shared strings are streamed and are bounded by the other limits.
    /// </summary>
    public const long MaximumWholePartBytes = 16L << 20;

    /// <summary>The strings of a workbook's shared-string table.</summary>
    public const int MaximumSharedStrings = 2_000_000;

    /// <summary>The characters of all shared strings together (twice as many bytes in memory): 32 million.</summary>
    public const long MaximumSharedStringCharacters = 32_000_000;

    /// <summary>How many characters of an offending value a problem repeats (the rest is cut, marked by …).</summary>
    public const int MaximumEchoedCharacters = 200;
}
