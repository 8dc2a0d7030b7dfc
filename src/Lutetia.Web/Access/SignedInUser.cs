using Lutetia.Storage;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Web.Access;

/// <summary>The Identity account behind a signed-in <see cref="Account"/>: what the workflow services take as the acting user.</summary>
public static class SignedInUser
{
    public static LutetiaUser Of(LutetiaDbContext db, Account account)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(account);
        return db.Users.AsNoTracking().SingleOrDefault(u => u.UserName == account.UserName)
            ?? throw new InvalidOperationException($"the signed-in account {account.UserName} has no user row");
    }
}
