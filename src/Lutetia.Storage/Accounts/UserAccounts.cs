using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Lutetia.Storage;

/// <summary>
/// Accounts: creation with Identity's password hasher and password rule (<see cref="PasswordRule"/>),
/// a unique e-mail, an investigator tied to an existing centre; and the first-run message.
/// </summary>
public static class UserAccounts
{
    public const int MinimumPasswordLength = 12;

    /// <summary>The password rule in words, for the pages and the command line.</summary>
    public const string PasswordRule = "at least 12 characters, not a common password nor built on one (a phrase of unrelated words is best)";

    /// <summary>Identity's options as Lutetia uses them: <c>services.Configure&lt;IdentityOptions&gt;(UserAccounts.Configure)</c> in the web application.</summary>
    public static void Configure(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.User.RequireUniqueEmail = true;
        // NIST SP 800-63B §3.1.1.2: a minimum length and a list of refused common passwords
        // (CommonPasswordValidator), no composition rule — composition rules make people write
        // Password1! and do not make passwords harder to guess (docs/security.md, Accounts).
        options.Password.RequiredLength = MinimumPasswordLength;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        // 10, not 5: the web application also limits each client address to 5 failures per account
        // in 15 minutes (docs/security.md), so one address can never lock an account out; the account's
        // own count stops guessing spread over many addresses (OWASP, NIST SP 800-63B §5.2.2: at most 100).
        options.Lockout.MaxFailedAccessAttempts = 10;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;
    }

    public static IdentityOptions Options()
    {
        var options = new IdentityOptions();
        Configure(options);
        return options;
    }

    /// <summary>A user manager on the database, for the command line and tests (the web application gets its own from DI).</summary>
    public static UserManager<LutetiaUser> Manager(LutetiaDbContext db)
    {
        var store = new UserStore<LutetiaUser>(db) { AutoSaveChanges = true };
        var manager = new UserManager<LutetiaUser>(
            store, Microsoft.Extensions.Options.Options.Create(Options()), new PasswordHasher<LutetiaUser>(),
            [new UserValidator<LutetiaUser>()], [new PasswordValidator<LutetiaUser>(), new CommonPasswordValidator()],
            new UpperInvariantLookupNormalizer(), new IdentityErrorDescriber(), null!, NullLogger<UserManager<LutetiaUser>>.Instance);
        manager.RegisterTokenProvider(TokenOptions.DefaultAuthenticatorProvider, new AuthenticatorTokenProvider<LutetiaUser>());
        return manager;
    }

    /// <summary>
    /// Creates an account. Returns the problems (empty when created): a role that needs a centre
    /// without one, an unknown centre, an e-mail already used, a password Identity refuses.
    /// </summary>
    public static async Task<IReadOnlyList<string>> AddAsync(LutetiaDbContext db, string email, LutetiaRole role, string? centerId, string password)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await CenterProblemAsync(db, role, centerId).ConfigureAwait(false) is { } problem)
            return [problem];
        using var manager = Manager(db);
        var result = await manager.CreateAsync(NewUser(email, role, centerId), password).ConfigureAwait(false);
        return result.Succeeded ? [] : result.Errors.Select(e => e.Description).ToList();
    }

    /// <summary>A new account's row: it signs in with its e-mail, which needs no confirmation (the coordinator vouches for it), and it can be locked out.</summary>
    public static LutetiaUser NewUser(string email, LutetiaRole role, string? centerId) =>
        new() { UserName = email, Email = email, Role = role, CenterId = centerId, EmailConfirmed = true, LockoutEnabled = true };

    /// <summary>What is wrong with giving <paramref name="role"/> the centre <paramref name="centerId"/> (null when nothing).</summary>
    public static async Task<string?> CenterProblemAsync(LutetiaDbContext db, LutetiaRole role, string? centerId)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (role == LutetiaRole.Investigator && string.IsNullOrWhiteSpace(centerId))
            return "an investigator enters and sees only their own centre's patients: give the centre with --center ID";
        if (centerId is null || await db.Centers.AnyAsync(c => c.CenterId == centerId).ConfigureAwait(false))
            return null;
        var known = await db.Centers.OrderBy(c => c.Sequence).Select(c => c.CenterId).ToListAsync().ConfigureAwait(false);
        return known.Count == 0
            ? $"there is no centre \"{centerId}\": the database holds no centre yet (import a cohort first with lutetia import)"
            : $"there is no centre \"{centerId}\"; the centres are {string.Join(", ", known)}";
    }

    /// <summary>
    /// What the first run tells the operator when no coordinator account exists yet (null once one
    /// does): how to create the first one. <paramref name="db"/> is the --db value the operator gave.
    /// </summary>
    public static string? FirstRunMessage(LutetiaDbContext db, string? dbArgument)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Users.Any(u => u.Role == LutetiaRole.Coordinator) ? null : FirstRunInstructions(dbArgument);
    }

    /// <summary>How the operator creates the first coordinator on the database <paramref name="dbArgument"/> (the --db value, shown without its password).</summary>
    public static string FirstRunInstructions(string? dbArgument)
    {
        var dbOption = string.IsNullOrWhiteSpace(dbArgument) ? "" : $" --db \"{LutetiaConnection.Redacted(dbArgument)}\"";
        return "No coordinator account exists yet, so nobody can sign in. Create the first coordinator with\n" +
               $"  lutetia user add --email YOU@HOSPITAL.ORG --role coordinator{dbOption} --password-stdin\n" +
               $"and type the password ({PasswordRule}), " +
               "then sign in with that e-mail; the coordinator creates the other accounts.";
    }
}
