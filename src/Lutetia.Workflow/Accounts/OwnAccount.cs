using Lutetia.Storage;

namespace Lutetia.Workflow.Accounts;

/// <summary>
/// What the holder of an account sees of it on "Your password" and "Two-factor sign-in": whether
/// its password is a temporary one, whether two-factor sign-in is on, whether the study requires
/// it of the account's role, and — while it is off — the authenticator key being set up (null when none).
/// </summary>
public sealed record OwnAccount(
    string UserName, LutetiaRole Role, bool MustChangePassword, bool TwoFactorEnabled, bool TwoFactorRequired, string? AuthenticatorKey)
{
    /// <summary>Whether the account may turn two-factor sign-in off: not a coordinator while the study requires it.</summary>
    public bool MayTurnTwoFactorOff => !(TwoFactorRequired && Role == LutetiaRole.Coordinator);
}
