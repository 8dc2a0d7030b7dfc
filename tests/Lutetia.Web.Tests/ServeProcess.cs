using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Lutetia.Web.Tests;

/// <summary>
/// <c>lutetia serve</c> of the published program, as its own process (its settings in its
/// environment, as systemd gives them), until disposed. <see cref="Url"/> is where it listens.
/// </summary>
public sealed partial class ServeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ServeProcess(Process process)
    {
        _process = process;
    }

    public string Url { get; private set; } = "";

    /// <summary>Every line the server printed on standard output so far.</summary>
    public IReadOnlyList<string> Output => _output.ToList();

    public static async Task<ServeProcess> StartAsync(string publishedFolder, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(publishedFolder, "lutetia"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add("serve");
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        var served = new ServeProcess(Process.Start(start)!);
        var process = served._process;
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null)
                return;
            served._output.Enqueue(line.Data);
            if (ListensPattern().Match(line.Data) is { Success: true } found)
                listening.TrySetResult(found.Groups[1].Value);
        };
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not null)
                served._output.Enqueue("stderr: " + line.Data);
        };
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("lutetia serve stopped:\n" + string.Join("\n", served._output)));
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        served.Url = await listening.Task.WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
        return served;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM, as systemd stops it: the host shuts down gracefully.
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                await kill.WaitForExitAsync();
            if (!await Task.Run(() => _process.WaitForExit(TimeSpan.FromSeconds(20))))
                _process.Kill();
        }
        _process.Dispose();
    }

    [GeneratedRegex(@"Lutetia listens on (\S+)")]
    private static partial Regex ListensPattern();
}
