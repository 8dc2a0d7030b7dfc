using System.CommandLine;
using System.Text;
using Lutetia.Domain;
using Lutetia.Storage;
using Lutetia.Workflow;
using Lutetia.Workflow.Accounts;

namespace Lutetia.Cli.Commands;

/// <summary>
/// <c>lutetia user add --email E --role R [--center ID] [--db CONN] [--password-stdin]</c>: creates an
/// account with Identity's password hasher and rules. The password is read from standard input
/// (first line) when it is redirected or with --password-stdin, otherwise typed at a hidden prompt;
/// it is never an argument, so it never lands in a shell history. The other subcommands
/// (list, disable, enable, reset, role) are <see cref="UserLifeCycleCommands"/>.
/// </summary>
public static class UserCommand
{
    public static Command Create(CliConsole console) => Create(console, null);

    /// <summary>With <paramref name="input"/> the password is read from it (tests); null reads the console.</summary>
    internal static Command Create(CliConsole console, TextReader? input)
    {
        var email = new Option<string>("--email") { Description = "The account's e-mail, its sign-in name", Required = true };
        var role = new Option<string>("--role") { Description = $"One of {Codes<LutetiaRole>.Listing()}", Required = true };
        var center = new Option<string?>("--center") { Description = "The centre of an investigator (required for that role)" };
        var db = ImportCommand.DbOption();
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input" };
        role.Validators.Add(result =>
        {
            if (!Codes<LutetiaRole>.TryParse(result.GetValueOrDefault<string>(), out _))
                result.AddError($"--role must be {Codes<LutetiaRole>.Listing()}");
        });
        var add = new Command("add", "Create an account (coordinator, investigator of a centre, reviewer or statistician)")
        {
            email,
            role,
            center,
            db,
            passwordStdin,
        };
        add.SetAction(parse =>
        {
            if (!Codes<LutetiaRole>.TryParse(parse.GetValue(role), out var parsedRole))
                return LutetiaCli.Usage; // the validator has said why
            return Add(console, input, parse.GetValue(email)!, parsedRole, parse.GetValue(center), parse.GetValue(db), parse.GetValue(passwordStdin));
        });
        var user = new Command("user", "Accounts of the web application")
        {
            add,
        };
        foreach (var command in UserLifeCycleCommands.Create(console))
            user.Subcommands.Add(command);
        return user;
    }

    private static int Add(CliConsole console, TextReader? input, string email, LutetiaRole role, string? center, string? dbArgument, bool fromStdin)
    {
        var password = ReadPassword(console, input, fromStdin);
        if (string.IsNullOrEmpty(password))
        {
            console.Error.WriteLine("lutetia user add: no password was given: type it at the prompt, or pipe it on standard input with --password-stdin. Nothing was created.");
            return LutetiaCli.Failure;
        }
        if (!CommandStudy.TryOpen(dbArgument, mustExist: false, out var study, out var problem))
        {
            console.Error.WriteLine($"lutetia user add: {problem}");
            return LutetiaCli.Failure;
        }
        using (study)
        {
            var created = study.Get<CreateAccount>().RunAsync(study.Operator, email, role, center, password, CancellationToken.None).GetAwaiter().GetResult();
            if (created.Refusal is { } refused)
            {
                foreach (var message in refused.Fields.Count == 0 ? [refused.Message] : refused.Fields.Select(f => f.Message))
                    console.Error.WriteLine($"lutetia user add: {message}");
                console.Error.WriteLine($"No account was created for {email}.");
                return LutetiaCli.Failure;
            }
            var where = center is null ? "" : $" of centre {center}";
            console.Out.WriteLine($"{email}: {Codes<LutetiaRole>.ToCode(role)}{where} created; they sign in with this e-mail and the password given.");
            return LutetiaCli.Success;
        }
    }

    private static string? ReadPassword(CliConsole console, TextReader? input, bool fromStdin)
    {
        if (input is not null)
            return input.ReadLine();
        if (fromStdin || Console.IsInputRedirected)
            return Console.In.ReadLine();
        console.Error.Write("Password: ");
        var typed = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && typed.Length > 0)
                typed.Length--;
            else if (!char.IsControl(key.KeyChar))
                typed.Append(key.KeyChar);
        }
        console.Error.WriteLine();
        return typed.ToString();
    }
}
