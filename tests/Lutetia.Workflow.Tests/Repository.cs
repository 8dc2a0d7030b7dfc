namespace Lutetia.Workflow.Tests;

/// <summary>The repository's root folder (where Lutetia.slnx is), found from the test's folder.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Lutetia.slnx")))
                return dir.FullName;
        throw new InvalidOperationException($"no Lutetia.slnx above {AppContext.BaseDirectory}");
    }
}
