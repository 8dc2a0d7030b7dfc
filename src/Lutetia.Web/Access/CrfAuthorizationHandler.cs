using Microsoft.AspNetCore.Authorization;

namespace Lutetia.Web.Access;

/// <summary>Resource-based authorization: the role must allow the section and the access, and the account must see the resource's centre.</summary>
public sealed class CrfAuthorizationHandler : AuthorizationHandler<CrfRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, CrfRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        if (Account.Of(context.User) is { } account
            && Permissions.Allows(account, requirement.Section, requirement.Access)
            && (context.Resource is not CenterResource center || account.SeesCenter(center.CenterId)))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
