namespace Lutetia.Reporting.Figures;

/// <summary>One line of the exclusion box: a reason and how many patients it excluded.</summary>
public sealed record FlowCount(string Reason, int Count);
