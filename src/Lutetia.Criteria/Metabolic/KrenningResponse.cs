namespace Lutetia.Criteria.Metabolic;

/// <summary>Response on the Krenning scale.</summary>
public enum KrenningResponse
{
    Response,
    Stable,
    Progression,
    Ne,
}
