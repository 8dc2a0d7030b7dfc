using Lutetia.Storage;

namespace Lutetia.Workflow.Accounts;

/// <summary>One account as the coordinator's list and <c>lutetia user list</c> show it: never a password, its hash, a key or a code.</summary>
public sealed record AccountLine(
    string Email, LutetiaRole Role, string? CenterId, DateTime? DisabledAtUtc, bool LockedOut, bool TwoFactorEnabled, bool MustChangePassword)
{
    public bool Disabled => DisabledAtUtc is not null;
}
