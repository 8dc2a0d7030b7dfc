using Lutetia.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Lutetia.Web.Tests;

/// <summary>
/// The real application (<see cref="LutetiaWeb.CreateHostBuilder"/>) in a test server, on a fresh
/// database of the given kind holding <see cref="WebCohort"/> and one account per role. Each request
/// comes from the address its <see cref="WebClient"/> gives (<see cref="ClientAddressFilter"/>).
/// </summary>
public sealed class LutetiaAppFactory : WebApplicationFactory<LutetiaAppFactory>
{
    private readonly TestDatabase _database;
    private readonly bool _ownsDatabase;
    private readonly WebSettings _settings;

    private LutetiaAppFactory(TestDatabase database, bool ownsDatabase, Func<WebSettings, WebSettings>? settings = null)
    {
        _database = database;
        _ownsDatabase = ownsDatabase;
        var defaults = new WebSettings(database.Connection, "http://127.0.0.1:0") { QuietLogs = true };
        _settings = settings is null ? defaults : settings(defaults);
    }

    public LutetiaConnection Connection => _database.Connection;

    /// <summary>Services the test puts in place of the application's (a fake clock, a counting hasher), before the host starts.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>The folder the application runs from (another install lives in another folder); the test output folder by default.</summary>
    public string ContentRoot { get; init; } = AppContext.BaseDirectory;

    /// <summary>An application on a new database: with the test cohort and accounts, or empty (the first run).</summary>
    public static async Task<LutetiaAppFactory> StartAsync(DatabaseProvider provider, bool empty = false,
        Action<IServiceCollection>? services = null, Func<WebSettings, WebSettings>? settings = null)
    {
        var database = TestDatabase.Create(provider);
        LutetiaWeb.Migrate(new WebSettings(database.Connection, "http://127.0.0.1:0"));
        if (!empty)
        {
            using var db = LutetiaDatabase.Open(database.Connection, "test:seed");
            db.SavedDataObserver = new Lutetia.Workflow.DataQuality.DataQualityObserver(Lutetia.Workflow.StudyClock.System);
            db.Reason = "test cohort";
            CohortStore.Import(db, WebCohort.Build());
            await Accounts.AddAllAsync(db);
        }
        return new LutetiaAppFactory(database, ownsDatabase: true, settings) { TestServices = services };
    }

    /// <summary>A second instance of the same install: the same database, run from <paramref name="contentRoot"/>.</summary>
    public LutetiaAppFactory SecondInstance(string contentRoot) => new(_database, ownsDatabase: false) { ContentRoot = contentRoot };

    /// <summary>A context on the application's database whose saves refresh the data-quality issues, as the application's own.</summary>
    public LutetiaDbContext OpenDatabase(string user = "test:check")
    {
        var db = LutetiaDatabase.Open(_database.Connection, user);
        db.SavedDataObserver = new Lutetia.Workflow.DataQuality.DataQualityObserver(Lutetia.Workflow.StudyClock.System);
        return db;
    }

    protected override IHostBuilder CreateHostBuilder() => LutetiaWeb.CreateHostBuilder(_settings);

    /// <summary>The application reads no file from its content root: the test output folder will do (the factory would look for a project folder).</summary>
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(ContentRoot);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IStartupFilter, ClientAddressFilter>();
            TestServices?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDatabase)
            _database.Dispose();
    }
}
