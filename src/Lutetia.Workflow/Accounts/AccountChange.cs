namespace Lutetia.Workflow.Accounts;

/// <summary>
/// What an account operation did, in the words the accounts page and <c>lutetia user</c> show; a
/// password reset carries the temporary password, shown once and never stored in clear.
/// </summary>
public sealed record AccountChange(string Message, string? TemporaryPassword = null);
