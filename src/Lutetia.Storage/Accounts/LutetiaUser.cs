using Microsoft.AspNetCore.Identity;

namespace Lutetia.Storage;

/// <summary>An account: an ASP.NET Core Identity user with its role and, for an investigator, its centre.</summary>
public sealed class LutetiaUser : IdentityUser
{
    public LutetiaRole Role { get; set; }

    /// <summary>The centre whose patients an investigator enters and sees; null for the other roles.</summary>
    public string? CenterId { get; set; }
}
