namespace Lutetia.Reporting.Figures;

/// <summary>One patient's bar: the % change from baseline and the category that colours it.</summary>
public sealed record WaterfallBar(string PatientId, double ChangePercent, string Category);
