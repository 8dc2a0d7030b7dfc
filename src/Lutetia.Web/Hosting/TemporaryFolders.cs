using Microsoft.Extensions.Hosting;

namespace Lutetia.Web.Hosting;

/// <summary>
/// The temporary folders of uploads and downloads (<c>lutetia-import-*</c>, <c>lutetia-export-*</c>
/// in the system's temporary folder). Each request removes its own; a folder left by a process that
/// was killed mid-request is removed when the application next starts, once it is older than
/// <see cref="StaleAfter"/> (a younger one may belong to another Lutetia process at work).
/// </summary>
public sealed class TemporaryFolders : IHostedService
{
    public const string ImportPrefix = "lutetia-import-";
    public const string ExportPrefix = "lutetia-export-";

    /// <summary>An upload or a download takes seconds; a folder an hour old is left over.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromHours(1);

    /// <summary>Removes the stale folders under <paramref name="root"/>; returns how many were removed.</summary>
    public static int RemoveStale(string root, DateTime nowUtc)
    {
        var removed = 0;
        foreach (var prefix in (string[])[ImportPrefix, ExportPrefix])
        {
            foreach (var folder in new DirectoryInfo(root).EnumerateDirectories(prefix + "*"))
            {
                if (folder.LastWriteTimeUtc > nowUtc - StaleAfter)
                    continue;
                try
                {
                    folder.Delete(recursive: true);
                    removed++;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Another account's folder, or one in use: left for its owner.
                }
            }
        }
        return removed;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        RemoveStale(Path.GetTempPath(), DateTime.UtcNow);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
