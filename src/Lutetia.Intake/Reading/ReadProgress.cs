namespace Lutetia.Intake;

/// <summary>How far reading a cohort has come: the table being read and the fraction of the whole done (0–1).</summary>
public readonly record struct ReadProgress(string Table, double Fraction);
