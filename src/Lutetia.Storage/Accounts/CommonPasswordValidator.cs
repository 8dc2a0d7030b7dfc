using Microsoft.AspNetCore.Identity;

namespace Lutetia.Storage;

/// <summary>Identity's password validator for <see cref="CommonPasswords"/>: a common password, or an obvious variant of one, is refused.</summary>
public sealed class CommonPasswordValidator : IPasswordValidator<LutetiaUser>
{
    public const string Code = "CommonPassword";

    public Task<IdentityResult> ValidateAsync(UserManager<LutetiaUser> manager, LutetiaUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (password is null)
            return Task.FromResult(IdentityResult.Success);
        var local = user.Email?.Split('@')[0];
        if (CommonPasswords.Contains(password)
            || (local is { Length: >= 4 } && password.Contains(local, StringComparison.OrdinalIgnoreCase)))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = Code,
                Description = "This password is too common (or is built on a common word or on the account's e-mail): " +
                              "choose a longer phrase of unrelated words.",
            }));
        }
        return Task.FromResult(IdentityResult.Success);
    }
}
