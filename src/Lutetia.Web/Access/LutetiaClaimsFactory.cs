using System.Security.Claims;
using Lutetia.Domain;
using Lutetia.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Lutetia.Web.Access;

/// <summary>Puts the account's role (its code) and, for an investigator, its centre into the sign-in cookie.</summary>
public sealed class LutetiaClaimsFactory(UserManager<LutetiaUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<LutetiaUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(LutetiaUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user).ConfigureAwait(false);
        identity.AddClaim(new Claim(ClaimTypes.Role, Codes<LutetiaRole>.ToCode(user.Role)));
        if (user.CenterId is not null)
            identity.AddClaim(new Claim(Account.CenterClaim, user.CenterId));
        return identity;
    }
}
