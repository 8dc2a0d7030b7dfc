namespace Lutetia.Domain;

/// <summary>Pseudonymous identifier of a centre (cohort format: 1–64 of A–Z a–z 0–9 _ -).</summary>
public readonly record struct CenterId(string Value)
{
    public override string ToString() => Value;
}

/// <summary>Pseudonym of a patient, unique in the cohort.</summary>
public readonly record struct PatientId(string Value)
{
    public override string ToString() => Value;
}

/// <summary>Identifier of a lesion, unique within its patient.</summary>
public readonly record struct LesionId(string Value)
{
    public override string ToString() => Value;
}

/// <summary>Identifier of one reading of one exam, unique in the cohort.</summary>
public readonly record struct ReadId(string Value)
{
    public override string ToString() => Value;
}
