using System.CommandLine;
using System.Globalization;
using Lutetia.Domain;
using Lutetia.Storage;
using Lutetia.Workflow;
using Lutetia.Workflow.Accounts;

namespace Lutetia.Cli.Commands;

/// <summary>
/// <c>lutetia user list|disable|enable|reset|role</c> (docs/security.md, Accounts): the coordinator's account
/// operations for the server's operator, through the use cases of <c>Lutetia.Workflow.Accounts</c> —
/// the same rules and messages as the web application's accounts page, audited in the name
/// <c>cli:NAME</c> (<see cref="CommandStudy.Operator"/>). <c>reset</c> prints the temporary password
/// once, on standard output.
/// </summary>
internal static class UserLifeCycleCommands
{
    /// <summary>What disable, enable and reset take: the acting account, the e-mail, the reason.</summary>
    private delegate Task<Result<AccountChange>> Operation(CommandStudy study, string email, string? reason);

    public static IEnumerable<Command> Create(CliConsole console)
    {
        yield return List(console);
        yield return Simple(console, "disable", "Disable an account: it cannot sign in and its sessions end (kept, never deleted)",
            (study, email, reason) => study.Get<DisableAccount>().RunAsync(study.Operator, email, reason, CancellationToken.None));
        yield return Simple(console, "enable", "Enable a disabled account again",
            (study, email, reason) => study.Get<EnableAccount>().RunAsync(study.Operator, email, reason, CancellationToken.None));
        yield return Simple(console, "reset", "Give an account a random temporary password, printed once, to change at its next sign-in",
            (study, email, reason) => study.Get<ResetPassword>().RunAsync(study.Operator, email, reason, CancellationToken.None));
        yield return Role(console);
    }

    private static Command List(CliConsole console)
    {
        var db = ImportCommand.DbOption();
        var list = new Command("list", "List the accounts: e-mail, role, centre, disabled, locked out, two-factor, temporary password") { db };
        list.SetAction(parse => WithStudy(console, "list", parse.GetValue(db), study =>
        {
            var accounts = study.Get<ListAccounts>().RunAsync(study.Operator, CancellationToken.None).GetAwaiter().GetResult();
            if (accounts.Refusal is { } refused)
                return Refused(console, "list", refused);
            console.Out.WriteLine("email\trole\tcentre\tdisabled_since\tlocked_out\ttwo_factor\tpassword");
            foreach (var a in accounts.Value)
            {
                var disabled = a.DisabledAtUtc?.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) ?? "";
                console.Out.WriteLine($"{a.Email}\t{Codes<LutetiaRole>.ToCode(a.Role)}\t{a.CenterId}\t{disabled}\t{YesNo(a.LockedOut)}\t{YesNo(a.TwoFactorEnabled)}\t{(a.MustChangePassword ? "temporary" : "own")}");
            }
            return LutetiaCli.Success;
        }));
        return list;
    }

    private static Command Simple(CliConsole console, string name, string description, Operation operation)
    {
        var (email, reason, db) = (EmailOption(), ReasonOption(), ImportCommand.DbOption());
        var command = new Command(name, description) { email, reason, db };
        command.SetAction(parse => Run(console, name, parse.GetValue(db), study =>
            operation(study, parse.GetValue(email)!, parse.GetValue(reason))));
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
            return Run(console, "role", parse.GetValue(db), study => study.Get<ChangeRole>()
                .RunAsync(study.Operator, parse.GetValue(email)!, parsed, parse.GetValue(center), parse.GetValue(reason), CancellationToken.None));
        });
        return command;
    }

    private static int Run(CliConsole console, string name, string? dbArgument, Func<CommandStudy, Task<Result<AccountChange>>> operation) =>
        WithStudy(console, name, dbArgument, study =>
        {
            var outcome = operation(study).GetAwaiter().GetResult();
            if (outcome.Refusal is { } refused)
                return Refused(console, name, refused);
            console.Out.WriteLine(outcome.Value.Message);
            if (outcome.Value.TemporaryPassword is { } temporary)
                console.Out.WriteLine($"temporary password: {temporary}");
            return LutetiaCli.Success;
        });

    private static int Refused(CliConsole console, string name, Refusal refused)
    {
        console.Error.WriteLine($"lutetia user {name}: {refused.Message}. Nothing was changed.");
        return LutetiaCli.Failure;
    }

    private static int WithStudy(CliConsole console, string name, string? dbArgument, Func<CommandStudy, int> action)
    {
        if (!CommandStudy.TryOpen(dbArgument, mustExist: true, out var study, out var problem))
        {
            console.Error.WriteLine($"lutetia user {name}: {problem}");
            return LutetiaCli.Failure;
        }
        using (study)
            return action(study);
    }

    private static Option<string> EmailOption() => new("--email") { Description = "The account's e-mail", Required = true };

    private static Option<string?> ReasonOption() => new("--reason") { Description = "Why (kept with the change in the audit trail)" };

    private static string YesNo(bool value) => value ? "yes" : "no";
}
