using Spectre.Console;

namespace Lutetia.Cli;

/// <summary>
/// Where a command writes: results to stdout, messages and progress to stderr. A progress bar is
/// drawn only when stderr is a terminal, and never mixes into stdout.
/// </summary>
public sealed class CliConsole(TextWriter output, TextWriter error)
{
    public TextWriter Out { get; } = output;
    public TextWriter Error { get; } = error;

    private bool ErrorIsTerminal => ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected;

    /// <summary>Runs <paramref name="work"/>, showing its progress (0–1) as a bar on a terminal.</summary>
    public T WithProgress<T>(string title, Func<IProgress<double>, T> work)
    {
        if (!ErrorIsTerminal)
            return work(new Progress<double>(_ => { }));
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(title, maxValue: 1.0);
                return work(new SynchronousProgress(fraction => task.Value = fraction));
            });
    }

    /// <summary>Reports on the calling thread (<see cref="Progress{T}"/> would post to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
