using Lutetia.Storage;

namespace Lutetia.Web.Tests;

/// <summary>
/// The web application under load (docs/performance.md): <see cref="GridLoad"/>'s 50 users against one published
/// <c>lutetia serve</c> on PostgreSQL, the server in its own process (the load generator no longer
/// shares its process and thread pool). Asserts that no write is lost and the chain verifies, and
/// reports p50/p95/p99/max (docs/performance.md). Long: it runs only with LUTETIA_LOAD_TEST=1.
/// The two-instance run behind nginx is in <see cref="TwoInstanceTests"/>.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class GridLoadTests(PublishedLutetia published)
{
    [Fact]
    public async Task Fifty_users_saving_lesion_grids_on_one_instance_get_answers_under_100_ms_at_p95_and_lose_no_write()
    {
        if (Environment.GetEnvironmentVariable("LUTETIA_LOAD_TEST") != "1")
            Assert.Skip("the load test runs with LUTETIA_LOAD_TEST=1 (about a minute, against PostgreSQL)");
        using var database = TestDatabase.Create(DatabaseProvider.Postgres);
        await GridLoad.SeedAsync(database.Connection);
        GridLoad.Result result;
        await using (var server = await ServeProcess.StartAsync(await published.FolderAsync(), TwoInstanceTests.Environment(database.Connection)))
            result = await GridLoad.RunAsync(new Uri(server.Url), () => new SocketsHttpHandler());

        var report = "one instance: " + result.Report;
        TestContext.Current.SendDiagnosticMessage(report);
        await File.AppendAllTextAsync("/tmp/lutetia-load.txt", report + "\n", TestContext.Current.CancellationToken);
        Assert.True(result.Failures.Count == 0, string.Join("\n", result.Failures.Take(20)));
        await GridLoad.AssertNoWriteLostAsync(database.Connection);
        Assert.True(result.At(0.95) < 100, report);
    }
}
