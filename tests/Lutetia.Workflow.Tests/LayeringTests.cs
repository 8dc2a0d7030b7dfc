using System.Text.RegularExpressions;

namespace Lutetia.Workflow.Tests;

/// <summary>
/// The layers (docs/architecture.md): pages, endpoints, forms and commands call use cases only —
/// they never touch the study's DbContext nor construct a service — and Storage references neither
/// Analysis nor Workflow. A source file that breaks the rule fails this test with the line.
/// </summary>
public sealed partial class LayeringTests
{
    /// <summary>The folders whose files are hosts: pages and components, endpoints, page models, commands.</summary>
    private static readonly string[] HostFolders =
    [
        "src/Lutetia.Web/Components", "src/Lutetia.Web/Forms", "src/Lutetia.Web/Hosting", "src/Lutetia.Cli/Commands",
    ];

    /// <summary>Host files that are the plumbing itself: opening the request's database is their job.</summary>
    private static readonly string[] Plumbing =
    [
        "src/Lutetia.Web/Hosting/LutetiaDatabaseFactory.cs",
        // The readiness probe and `serve --check` look at the database itself (reachable, schema), not at the study's data.
        "src/Lutetia.Web/Hosting/DatabaseReadiness.cs",
        "src/Lutetia.Web/Hosting/ServeCheck.cs",
        // `serve` opens and migrates the database before it starts the web host.
        "src/Lutetia.Cli/Commands/ServeCommand.cs",
    ];

    [GeneratedRegex(@"\bLutetiaDbContext\b|\bLutetiaDatabase\.|\bDatabases\.Open\b|(?<![\w.])Db\.|\bnew\s+\w+Service\s*\(|@inject\s+LutetiaDatabaseFactory")]
    private static partial Regex DatabaseOrService();

    /// <summary>A use case built by hand (<c>new CheckCohortFile(clock)</c>) rather than asked of the container.</summary>
    private static readonly Regex UseCaseConstructed = new(
        @"\bnew\s+(" + string.Join('|', WorkflowServices.UseCaseTypes.Select(t => t.Name)) + @")\s*\(", RegexOptions.CultureInvariant);

    private static bool Breaks(string line) => DatabaseOrService().IsMatch(line) || UseCaseConstructed.IsMatch(line);

    [Fact]
    public void Hosts_call_use_cases_and_never_the_database_or_a_service()
    {
        var root = Repository.Root;
        var offending = new List<string>();
        foreach (var folder in HostFolders)
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, folder), "*.*", SearchOption.AllDirectories)
                         .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal)))
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal) || Plumbing.Contains(relative))
                    continue;
                var lines = File.ReadAllLines(file);
                var hit = lines.Select((text, i) => (text, number: i + 1)).FirstOrDefault(l => !IsComment(l.text) && Breaks(l.text));
                if (hit.text is not null)
                    offending.Add($"{relative}:{hit.number}: {hit.text.Trim()}");
            }
        Assert.True(offending.Count == 0, "hosts must ask for use cases (src/Lutetia.Workflow/<Area>/<UseCase>.cs) and never build them, touch the database or a service:\n" + string.Join('\n', offending));
    }

    [Theory]
    [InlineData("        var check = new CheckCohortFile(clock);")]
    [InlineData("    var db = Db.Patients.ToList();")]
    [InlineData("        new QueryService(Db, TimeProvider.System).Raise();")]
    public void The_rule_recognises_a_host_line_that_breaks_it(string line) => Assert.True(Breaks(line), line);

    [Theory]
    [InlineData("        var check = scope.Get<CheckCohortFile>();")]
    [InlineData("@inject OpenForm Open")]
    public void The_rule_lets_a_host_ask_for_a_use_case(string line) => Assert.False(Breaks(line), line);

    [Theory]
    [InlineData("Lutetia.Analysis")]
    [InlineData("Lutetia.Workflow")]
    public void Storage_keeps_persistence_and_references_neither_analysis_nor_workflow(string project)
    {
        var csproj = File.ReadAllText(Path.Combine(Repository.Root, "src/Lutetia.Storage/Lutetia.Storage.csproj"));
        var references = csproj.Contains($"{project}.csproj", StringComparison.Ordinal);
        Assert.False(references, $"src/Lutetia.Storage/Lutetia.Storage.csproj references {project}: the database layer must not pick the protocol or call use cases");
    }

    [Fact]
    public void Every_use_case_is_alone_in_its_file_under_its_area()
    {
        var root = Path.Combine(Repository.Root, "src/Lutetia.Workflow");
        foreach (var type in WorkflowServices.UseCaseTypes)
        {
            var area = type.Namespace!["Lutetia.Workflow.".Length..].Replace('.', '/');
            var file = Path.Combine(root, area, type.Name + ".cs");
            Assert.True(File.Exists(file), $"the use case {type.FullName} must live in src/Lutetia.Workflow/{area}/{type.Name}.cs");
        }
    }

    private static bool IsComment(string line)
    {
        var trimmed = line.TrimStart();
        return trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith("@*", StringComparison.Ordinal) || trimmed.StartsWith('*');
    }
}
