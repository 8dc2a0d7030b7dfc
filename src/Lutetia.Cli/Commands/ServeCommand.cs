using System.CommandLine;
using Lutetia.Storage;
using Lutetia.Web;

namespace Lutetia.Cli.Commands;

/// <summary>
/// <c>lutetia serve [--db CONN] [--urls URLS] [--idle-timeout MINUTES]</c>: the multicentre web application (issue 7) on the
/// database, migrated first; runs until Ctrl+C. With no account yet, it says how to create the
/// first coordinator.
/// </summary>
public static class ServeCommand
{
    public static Command Create(CliConsole console)
    {
        var db = ImportCommand.DbOption();
        var urls = new Option<string?>("--urls")
        {
            Description = $"The addresses to listen on, separated by ';' (default {WebSettings.DefaultUrls}; port 0 picks a free port)",
        };
        var idle = new Option<int?>("--idle-timeout")
        {
            Description = $"Minutes a session may stay unused before it ends (default {WebSettings.DefaultIdleTimeout.TotalMinutes:0}; " +
                          $"no session lasts more than {WebSettings.DefaultSessionLimit.TotalHours:0} hours from sign-in)",
        };
        var command = new Command("serve", "Run the web application: case report forms, imaging reads with the lesion grid, audit trail, import and export")
        {
            db,
            urls,
            idle,
        };
        command.SetAction((parse, cancellation) => Run(console, parse.GetValue(db), parse.GetValue(urls), parse.GetValue(idle), cancellation));
        return command;
    }

    private static async Task<int> Run(CliConsole console, string? dbArgument, string? urls, int? idleMinutes, CancellationToken cancellation)
    {
        var longest = (int)WebSettings.DefaultSessionLimit.TotalMinutes;
        if (idleMinutes is < 1 || idleMinutes > longest)
        {
            await console.Error.WriteLineAsync(
                $"lutetia serve: --idle-timeout {idleMinutes} is not a number of minutes from 1 to {longest} (the session limit): write e.g. --idle-timeout 30").ConfigureAwait(false);
            return LutetiaCli.Usage;
        }
        urls = string.IsNullOrWhiteSpace(urls) ? WebSettings.DefaultUrls : urls.Trim();
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url.Replace("*", "0.0.0.0", StringComparison.Ordinal).Replace("+", "0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri)
                || uri.Scheme is not ("http" or "https"))
            {
                await console.Error.WriteLineAsync($"lutetia serve: --urls \"{url}\" is not an address to listen on: write it like {WebSettings.DefaultUrls} (port 0 picks a free one)").ConfigureAwait(false);
                return LutetiaCli.Usage;
            }
        }
        if (LutetiaWeb.MissingStaticFiles() is { } missing)
        {
            await console.Error.WriteLineAsync($"lutetia serve: {missing}").ConfigureAwait(false);
            return LutetiaCli.Failure;
        }
        if (!LutetiaDatabase.TryOpenForCommand(dbArgument, mustExist: false, out var db, out var problem))
        {
            await console.Error.WriteLineAsync($"lutetia serve: {problem}").ConfigureAwait(false);
            return LutetiaCli.Failure;
        }
        db.Dispose();
        var settings = new WebSettings(LutetiaConnection.Parse(dbArgument), urls)
        {
            DbArgument = dbArgument,
            IdleTimeout = idleMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : WebSettings.DefaultIdleTimeout,
        };
        try
        {
            await LutetiaWeb.RunAsync(settings, console.Out, cancellation).ConfigureAwait(false);
            return LutetiaCli.Success;
        }
        catch (IOException e)
        {
            await console.Error.WriteLineAsync($"lutetia serve: cannot listen on {urls}: {e.Message} Choose another port with --urls, or stop the program that uses it.").ConfigureAwait(false);
            return LutetiaCli.Failure;
        }
    }
}
