namespace Lutetia.Criteria;

/// <summary>Chromogranin A response of a patient elevated at baseline. Codes: yes, no, ne.</summary>
public enum CgaResponse
{
    Yes,
    No,
    Ne,
}
