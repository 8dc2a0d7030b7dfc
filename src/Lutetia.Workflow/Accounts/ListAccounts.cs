using Lutetia.Storage;
using Lutetia.Workflow.Access;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Accounts;

/// <summary>Every account, by e-mail, as the coordinator sees it (no secret): role, centre, disabled, locked out now, two-factor, temporary password.</summary>
public sealed class ListAccounts(LutetiaDbContext db, StudyClock clock) : IUseCase
{
    public async Task<Result<IReadOnlyList<AccountLine>>> RunAsync(Account actor, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Permissions.Check(actor, CrfSection.Administration, CrfAccess.Read, "see the accounts") is { } forbidden)
            return forbidden;
        var now = clock.Time.GetUtcNow();
        // Projected: the password hash, the stamps and the tokens never leave the database.
        var users = await db.Users.AsNoTracking()
            .Select(u => new { u.UserName, u.Email, u.Role, u.CenterId, u.DisabledAtUtc, u.LockoutEnd, u.TwoFactorEnabled, u.MustChangePassword })
            .ToListAsync(cancellation).ConfigureAwait(false);
        IReadOnlyList<AccountLine> lines = users
            .Select(u => new AccountLine(u.Email ?? u.UserName ?? "", u.Role, u.CenterId, u.DisabledAtUtc,
                u.LockoutEnd is { } end && end > now, u.TwoFactorEnabled, u.MustChangePassword))
            .OrderBy(a => a.Email, StringComparer.OrdinalIgnoreCase).ToList();
        return Result<IReadOnlyList<AccountLine>>.Success(lines);
    }
}
