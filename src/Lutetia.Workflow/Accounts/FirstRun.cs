using Lutetia.Storage;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Accounts;

/// <summary>
/// What the sign-in page tells anyone, before sign-in, while no coordinator account exists yet: how
/// the server's operator creates the first one (<see cref="UserAccounts.FirstRunInstructions"/>);
/// null once one exists. It reveals nothing but that the study has no coordinator.
/// </summary>
public sealed class FirstRun(LutetiaDbContext db) : IUseCase
{
    /// <summary>The instructions while no coordinator exists, else null; <paramref name="dbArgument"/> is the <c>--db</c> value the server was started with (shown without its password).</summary>
    public async Task<Result<string?>> RunAsync(string? dbArgument, CancellationToken cancellation)
    {
        if (await db.Users.AnyAsync(u => u.Role == LutetiaRole.Coordinator, cancellation).ConfigureAwait(false))
            return Result<string?>.Success(null);
        return UserAccounts.FirstRunInstructions(dbArgument);
    }
}
