using System.CommandLine;
using System.Globalization;
using Lutetia.Domain;
using Lutetia.Storage;

namespace Lutetia.Cli.Commands;

/// <summary>
/// <c>lutetia user list|disable|enable|reset|role</c> (issue 11, item 5): the coordinator's account
/// operations for the server's operator, through <see cref="AccountLifeCycle"/> — the same rules and
/// messages as the web application's accounts page, audited in the name <c>cli:NAME</c>.
/// <c>reset</c> prints the temporary password once, on standard output.
/// </summary>
internal static class UserLifeCycleCommands
{
    public static IEnumerable<Command> Create(CliConsole console)
    {
        yield return List(console);
        yield return Simple(console, "disable", "Disable an account: it cannot sign in and its sessions end (kept, never deleted)",
            (manager, db, email, reason) => AccountLifeCycle.DisableAsync(manager, db, email, reason, DateTime.UtcNow));
        yield return Simple(console, "enable", "Enable a disabled account again", AccountLifeCycle.EnableAsync);
        yield return Simple(console, "reset", "Give an account a random temporary password, printed once, to change at its next sign-in",
            AccountLifeCycle.ResetPasswordAsync);
        yield return Role(console);
    }

    private static Command List(CliConsole console)
    {
        var db = ImportCommand.DbOption();
        var list = new Command("list", "List the accounts: e-mail, role, centre, disabled, locked out, two-factor, temporary password") { db };
        list.SetAction(parse => WithDatabase(console, "list", parse.GetValue(db), context =>
        {
            var accounts = AccountLifeCycle.ListAsync(context, DateTimeOffset.UtcNow).GetAwaiter().GetResult();
            console.Out.WriteLine("email\trole\tcentre\tdisabled_since\tlocked_out\ttwo_factor\tpassword");
            foreach (var a in accounts)
            {
                var disabled = a.DisabledAtUtc?.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) ?? "";
                console.Out.WriteLine($"{a.Email}\t{Codes<LutetiaRole>.ToCode(a.Role)}\t{a.CenterId}\t{disabled}\t{YesNo(a.LockedOut)}\t{YesNo(a.TwoFactorEnabled)}\t{(a.MustChangePassword ? "temporary" : "own")}");
            }
            return LutetiaCli.Success;
        }));
        return list;
    }

    private static Command Simple(CliConsole console, string name, string description,
        Func<Microsoft.AspNetCore.Identity.UserManager<LutetiaUser>, LutetiaDbContext, string, string?, Task<AccountOutcome>> operation)
    {
        var (email, reason, db) = (EmailOption(), ReasonOption(), ImportCommand.DbOption());
        var command = new Command(name, description) { email, reason, db };
        command.SetAction(parse => Run(console, name, parse.GetValue(db), (manager, context) =>
            operation(manager, context, parse.GetValue(email)!, parse.GetValue(reason))));
        return command;
    }

    private static Command Role(CliConsole console)
    {
        var (email, reason, db) = (EmailOption(), ReasonOption(), ImportCommand.DbOption());
        var role = new Option<string>("--role") { Description = $"The new role: {Codes<LutetiaRole>.Listing()}", Required = true };
        var center = new Option<string?>("--center") { Description = "The centre of an investigator (required for that role)" };
        role.Validators.Add(result =>
        {
            if (!Codes<LutetiaRole>.TryParse(result.GetValueOrDefault<string>(), out _))
                result.AddError($"--role must be {Codes<LutetiaRole>.Listing()}");
        });
        var command = new Command("role", "Change an account's role and centre; its sessions end") { email, role, center, reason, db };
        command.SetAction(parse =>
        {
            if (!Codes<LutetiaRole>.TryParse(parse.GetValue(role), out var parsed))
                return LutetiaCli.Usage; // the validator has said why
            return Run(console, "role", parse.GetValue(db), (manager, context) =>
                AccountLifeCycle.ChangeRoleAsync(manager, context, parse.GetValue(email)!, parsed, parse.GetValue(center), parse.GetValue(reason)));
        });
        return command;
    }

    private static int Run(CliConsole console, string name, string? dbArgument, Func<Microsoft.AspNetCore.Identity.UserManager<LutetiaUser>, LutetiaDbContext, Task<AccountOutcome>> operation) =>
        WithDatabase(console, name, dbArgument, db =>
        {
            using var manager = UserAccounts.Manager(db);
            var outcome = operation(manager, db).GetAwaiter().GetResult();
            if (!outcome.Succeeded)
            {
                console.Error.WriteLine($"lutetia user {name}: {outcome.Message}. Nothing was changed.");
                return LutetiaCli.Failure;
            }
            console.Out.WriteLine(outcome.Message);
            if (outcome.TemporaryPassword is { } temporary)
                console.Out.WriteLine($"temporary password: {temporary}");
            return LutetiaCli.Success;
        });

    private static int WithDatabase(CliConsole console, string name, string? dbArgument, Func<LutetiaDbContext, int> action)
    {
        if (!LutetiaDatabase.TryOpenForCommand(dbArgument, mustExist: true, out var db, out var problem))
        {
            console.Error.WriteLine($"lutetia user {name}: {problem}");
            return LutetiaCli.Failure;
        }
        using (db)
            return action(db);
    }

    private static Option<string> EmailOption() => new("--email") { Description = "The account's e-mail", Required = true };

    private static Option<string?> ReasonOption() => new("--reason") { Description = "Why (kept with the change in the audit trail)" };

    private static string YesNo(bool value) => value ? "yes" : "no";
}
