namespace Lutetia.Criteria.Psa;

/// <summary>The PCWG3 verdict of a patient, or every reason the PSA could not be assessed.</summary>
public sealed record PsaOutcome(Pcwg3Verdict? Verdict, IReadOnlyList<DataRefusal> Refusals)
{
    public bool IsRefused => Verdict is null;
}
