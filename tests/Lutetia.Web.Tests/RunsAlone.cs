namespace Lutetia.Web.Tests;

/// <summary>The load test runs alone: the other test classes run in parallel and would share its two cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "load";
}
