using System.CommandLine;
using Lutetia.Web;
using Lutetia.Web.Hosting;

namespace Lutetia.Cli.Commands;

/// <summary>
/// <c>lutetia serve [--config FILE] [--db CONN] [--urls URLS] [--idle-timeout MINUTES] [--check]</c>:
/// the multicentre web application (docs/web.md) on the database, migrated first; runs until Ctrl+C or
/// SIGTERM. Its settings come from the file, the <c>LUTETIA_…</c> environment and the options
/// (<see cref="ServeConfiguration"/>, docs/deploy.md). With no account yet, it says how to create
/// the first coordinator. <c>--check</c> validates the settings and the database, then exits.
/// </summary>
public static class ServeCommand
{
    public static Command Create(CliConsole console)
    {
        var config = new Option<string?>("--config")
        {
            Description = "A JSON settings file (keys: " + string.Join(", ", ServeSetting.All.Select(s => s.Key)) +
                          "); the LUTETIA_… environment variables override it and the options override both (docs/deploy.md)",
        };
        var db = ImportCommand.DbOption();
        var urls = new Option<string?>("--urls")
        {
            Description = $"The addresses to listen on, separated by ';' (default {WebSettings.DefaultUrls}; port 0 picks a free port; https:// needs a certificate)",
        };
        var idle = new Option<string?>("--idle-timeout")
        {
            Description = $"Minutes a session may stay unused before it ends (default {WebSettings.DefaultIdleTimeout.TotalMinutes:0}; " +
                          $"no session lasts more than {WebSettings.DefaultSessionLimit.TotalHours:0} hours from sign-in)",
        };
        var check = new Option<bool>("--check")
        {
            Description = "Check the settings, the certificate and the database (reachable, schema current or upgradable, never newer), print what was found and exit: 0 when all is well, 1 otherwise",
        };
        var command = new Command("serve", "Run the web application: case report forms, imaging reads with the lesion grid, audit trail, import and export")
        {
            config, db, urls, idle, check,
        };
        command.SetAction((parse, cancellation) => Run(console, parse.GetValue(config), new Dictionary<ServeSetting, string?>
        {
            [ServeSetting.Db] = parse.GetValue(db),
            [ServeSetting.Urls] = parse.GetValue(urls),
            [ServeSetting.IdleTimeout] = parse.GetValue(idle),
        }, parse.GetValue(check), cancellation));
        return command;
    }

    private static async Task<int> Run(CliConsole console, string? configFile, Dictionary<ServeSetting, string?> options, bool check, CancellationToken cancellation)
    {
        var configuration = ServeConfiguration.Read(configFile, options, Environment.GetEnvironmentVariable);
        if (configuration.Settings is not { } settings)
        {
            foreach (var problem in configuration.Problems)
                await console.Error.WriteLineAsync($"lutetia serve: {problem}").ConfigureAwait(false);
            return configuration.UsageProblem ? LutetiaCli.Usage : LutetiaCli.Failure;
        }
        return check ? await Check(console, settings).ConfigureAwait(false) : await Serve(console, settings, cancellation).ConfigureAwait(false);
    }

    private static async Task<int> Check(CliConsole console, WebSettings settings)
    {
        var ok = new List<string>();
        var problems = new List<string>();
        var fine = ServeCheck.Run(settings, ok, problems);
        foreach (var line in ok)
            await console.Out.WriteLineAsync($"ok: {line}").ConfigureAwait(false);
        foreach (var problem in problems)
            await console.Error.WriteLineAsync($"lutetia serve --check: {problem}").ConfigureAwait(false);
        return fine ? LutetiaCli.Success : LutetiaCli.Failure;
    }

    private static async Task<int> Serve(CliConsole console, WebSettings settings, CancellationToken cancellation)
    {
        if (LutetiaWeb.MissingStaticFiles() is { } missing)
        {
            await console.Error.WriteLineAsync($"lutetia serve: {missing}").ConfigureAwait(false);
            return LutetiaCli.Failure;
        }
        if (!Storage.LutetiaDatabase.TryOpenForCommand(settings.Database, mustExist: false, out var db, out var problem))
        {
            await console.Error.WriteLineAsync($"lutetia serve: {problem}").ConfigureAwait(false);
            return LutetiaCli.Failure;
        }
        db.Dispose();
        try
        {
            await LutetiaWeb.RunAsync(settings, console.Out, cancellation).ConfigureAwait(false);
            return LutetiaCli.Success;
        }
        catch (IOException e)
        {
            await console.Error.WriteLineAsync($"lutetia serve: cannot listen on {settings.Urls}: {e.Message} Choose another port with --urls, or stop the program that uses it.").ConfigureAwait(false);
            return LutetiaCli.Failure;
        }
    }
}
