using Lutetia.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace Lutetia.Web.Tests;

/// <summary>
/// The real application (<see cref="LutetiaWeb.CreateHostBuilder"/>) in a test server, on a fresh
/// database of the given kind holding <see cref="WebCohort"/> and one account per role.
/// </summary>
public sealed class LutetiaAppFactory : WebApplicationFactory<LutetiaAppFactory>
{
    private readonly TestDatabase _database;
    private readonly WebSettings _settings;

    private LutetiaAppFactory(TestDatabase database)
    {
        _database = database;
        _settings = new WebSettings(database.Connection, "http://127.0.0.1:0") { QuietLogs = true };
    }

    public LutetiaConnection Connection => _database.Connection;

    /// <summary>An application on a new database: with the test cohort and accounts, or empty (the first run).</summary>
    public static async Task<LutetiaAppFactory> StartAsync(DatabaseProvider provider, bool empty = false)
    {
        var database = TestDatabase.Create(provider);
        LutetiaWeb.Migrate(new WebSettings(database.Connection, "http://127.0.0.1:0"));
        if (!empty)
        {
            using var db = LutetiaDatabase.Open(database.Connection, "test:seed");
            db.Reason = "test cohort";
            CohortStore.Import(db, WebCohort.Build());
            await Accounts.AddAllAsync(db);
        }
        return new LutetiaAppFactory(database);
    }

    public LutetiaDbContext OpenDatabase(string user = "test:check") => LutetiaDatabase.Open(_database.Connection, user);

    protected override IHostBuilder CreateHostBuilder() => LutetiaWeb.CreateHostBuilder(_settings);

    /// <summary>The application reads no file from its content root: the test output folder will do (the factory would look for a project folder).</summary>
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseContentRoot(AppContext.BaseDirectory);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            _database.Dispose();
    }
}
