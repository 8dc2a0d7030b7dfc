namespace Lutetia.Reporting.SurvivalOutputs;

/// <summary>What the Kaplan–Meier figure of <c>lutetia survival</c> shows.</summary>
public sealed record KaplanMeierFigureOptions(string TimeTitle, string? GroupColumn, bool ShowBand, bool ShowMedianLines);
