namespace Lutetia.Reporting.Exports;

/// <summary>One file of an export: its name inside the export folder and its text (written as UTF-8 without BOM).</summary>
public sealed record ExportFile(string Name, string Content);
