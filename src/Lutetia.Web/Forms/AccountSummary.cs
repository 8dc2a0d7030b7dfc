using Lutetia.Storage;

namespace Lutetia.Web.Forms;

/// <summary>One line of the accounts page: never a password or its hash.</summary>
public sealed record AccountSummary(string Email, LutetiaRole Role, string? CenterId, bool LockedOut);
