using Microsoft.AspNetCore.Identity;

namespace Lutetia.Storage;

/// <summary>An account: an ASP.NET Core Identity user with its role and, for an investigator, its centre.</summary>
public sealed class LutetiaUser : IdentityUser
{
    public LutetiaRole Role { get; set; }

    /// <summary>The centre whose patients an investigator enters and sees; null for the other roles.</summary>
    public string? CenterId { get; set; }

    /// <summary>When the coordinator disabled the account (UTC); null while it may sign in. A disabled account is kept, never deleted, so the audit trail keeps naming it.</summary>
    public DateTime? DisabledAtUtc { get; set; }

    /// <summary>Set by a password reset: the password is a temporary one, and nothing but changing it is allowed until it is changed.</summary>
    public bool MustChangePassword { get; set; }
}
