namespace Lutetia.Storage;

/// <summary>What an account may do (docs/security.md, Who, with which access): its code is the lower-case name, as <c>lutetia user add --role</c> takes it.</summary>
public enum LutetiaRole
{
    /// <summary>Centres, users, analysis and exports.</summary>
    Coordinator,

    /// <summary>Enters and sees only their own centre's patients.</summary>
    Investigator,

    /// <summary>Central reviewer: reads the imaging of every centre.</summary>
    Reviewer,

    /// <summary>Read-only.</summary>
    Statistician,
}
