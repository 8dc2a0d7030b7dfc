using System.Text;
using Lutetia.Storage;

namespace Lutetia.Web.Tests;

/// <summary>What <c>lutetia serve</c> runs: it says where it listens and, on a database without an account, how to create the first coordinator.</summary>
public sealed class ServeTests
{
    [Fact]
    public async Task A_first_run_prints_the_address_and_how_to_create_the_first_coordinator()
    {
        using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        var settings = new WebSettings(database.Connection, "http://127.0.0.1:0") { QuietLogs = true, DbArgument = "clinic.db" };
        var text = new StringBuilder();
        await using var output = TextWriter.Synchronized(new StringWriter(text));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var run = LutetiaWeb.RunAsync(settings, output, stop.Token);
        for (var i = 0; i < 200 && !text.ToString().Contains("--role coordinator", StringComparison.Ordinal); i++)
            await Task.Delay(50, TestContext.Current.CancellationToken);
        await stop.CancelAsync();
        await run;
        var printed = text.ToString();
        Assert.Matches(@"Lutetia listens on http://127\.0\.0\.1:\d+ ", printed);
        Assert.Contains("lutetia user add --email YOU@HOSPITAL.ORG --role coordinator --db \"clinic.db\" --password-stdin", printed, StringComparison.Ordinal);
    }
}
