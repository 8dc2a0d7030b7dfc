namespace Lutetia.Reporting.Exports;

/// <summary>The statistical packages and standards a cohort can be exported for (docs/exports.md).</summary>
public enum ExportFormat
{
    /// <summary>One CSV per table and <c>load.R</c>, which sets every type, factor and label.</summary>
    R,

    /// <summary>One CSV per table (enumerations as numeric codes) and <c>load.sps</c> with formats and labels.</summary>
    Spss,

    /// <summary>One CDISC ODM 1.3.2 XML file: metadata, code lists and every subject's data.</summary>
    Odm,
}
