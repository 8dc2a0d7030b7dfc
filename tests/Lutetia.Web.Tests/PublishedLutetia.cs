using System.Diagnostics;
using System.Text;

namespace Lutetia.Web.Tests;

/// <summary>
/// What an administrator installs: <c>dotnet publish src/Lutetia.Cli -c Release -o FOLDER</c>, done
/// once per test run (the first test that asks waits for it; about a minute) into a temporary folder.
/// </summary>
public sealed class PublishedLutetia : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _folder;

    /// <summary>The folder holding the published program (its apphost <c>lutetia</c>, wwwroot/…).</summary>
    public async Task<string> FolderAsync()
    {
        await _gate.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            return _folder ??= await PublishAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The repository's root: the folder above the tests that holds Lutetia.slnx.</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Lutetia.slnx")))
                return folder.FullName;
        }
        throw new InvalidOperationException($"no Lutetia.slnx above {AppContext.BaseDirectory}: the tests run from the repository");
    }

    private static async Task<string> PublishAsync()
    {
        var folder = Directory.CreateTempSubdirectory("lutetia-published-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "publish", Path.Combine(RepositoryRoot(), "src", "Lutetia.Cli"), "-c", "Release", "-o", folder, "-nologo", "-nodeReuse:false" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var reading = Task.WhenAll(
            Task.Run(async () => output.Append(await process.StandardOutput.ReadToEndAsync())),
            Task.Run(async () => output.Append(await process.StandardError.ReadToEndAsync())));
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        await reading;
        Assert.True(process.ExitCode == 0, $"dotnet publish failed:\n{output}");
        return folder;
    }

    public ValueTask DisposeAsync()
    {
        if (_folder is not null)
            Directory.Delete(_folder, recursive: true);
        _gate.Dispose();
        return ValueTask.CompletedTask;
    }
}
