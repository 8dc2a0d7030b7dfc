namespace Lutetia.Intake;

/// <summary>An error makes a cohort unusable; a warning is listed and never blocks.</summary>
public enum Severity
{
    Error,
    Warning,
}
