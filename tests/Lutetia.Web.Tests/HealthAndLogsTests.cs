using System.Net;
using Lutetia.Storage;
using Lutetia.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lutetia.Web.Tests;

/// <summary>
/// Health and logs (docs/deploy.md), over HTTP: the health endpoints answer anyone with a status and nothing
/// else, readiness follows the database's schema; the request log names routes, never a patient, a
/// query or a form value; a database upgraded by a newer Lutetia is refused at start.
/// </summary>
public abstract class HealthAndLogsTests(DatabaseProvider provider)
{
    private const string FutureMigration = "29991231000000_FromANewerLutetia";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static void RecordFutureMigration(LutetiaDbContext db) => db.Database.ExecuteSqlRaw(
        $"INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('{FutureMigration}', '99.0.0')");

    [Fact]
    public async Task Live_and_ready_answer_an_anonymous_caller_with_a_status_only()
    {
        await using var app = await LutetiaAppFactory.StartAsync(provider);
        using var anonymous = new WebClient(app);

        foreach (var path in new[] { "/health/live", "/health/ready" })
        {
            var response = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Cancel));
        }
    }

    [Fact]
    public async Task Ready_fails_once_the_database_has_a_migration_this_program_does_not_know_and_says_nothing_more()
    {
        await using var app = await LutetiaAppFactory.StartAsync(provider);
        using var anonymous = new WebClient(app);
        using (var db = app.OpenDatabase())
            RecordFutureMigration(db);

        var ready = await anonymous.GetAsync("/health/ready");
        var body = await ready.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", body);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task The_application_refuses_to_start_on_a_database_upgraded_by_a_newer_Lutetia()
    {
        using var database = TestDatabase.Create(provider);
        var settings = new WebSettings(database.Connection, "http://127.0.0.1:0");
        LutetiaWeb.Migrate(settings);
        using (var db = LutetiaDatabase.Open(database.Connection, "test:upgrade"))
            RecordFutureMigration(db);

        var refused = Assert.Throws<InvalidOperationException>(() => LutetiaWeb.Migrate(settings));
        Assert.Contains(FutureMigration, refused.Message, StringComparison.Ordinal);
        Assert.Contains("newer Lutetia", refused.Message, StringComparison.Ordinal);
        Assert.False(LutetiaDatabase.TryOpenForCommand(database.Connection, mustExist: true, out _, out var problem));
        Assert.Contains("restore the backup taken before the upgrade", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_request_log_has_a_request_id_and_routes_never_a_patient_a_query_or_a_form_value()
    {
        var logs = new CapturedLogs();
        await using var app = await LutetiaAppFactory.StartAsync(provider,
            services: s => s.AddSingleton<ILoggerProvider>(logs), settings: s => s with { JsonLogs = true });
        using var coordinator = await WebClient.SignedInAsync(app, Accounts.Coordinator);

        var page = await coordinator.GetAsync($"/patients/{WebCohort.OwnPatient}?find=SECRETQUERY");
        var missing = await coordinator.GetAsync("/patients-SECRETPATH");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var requests = logs.Entries.Where(e => e.Category == typeof(RequestLog).FullName).ToList();
        var pageEntry = Assert.Single(requests, e => e.Fields["RequestId"] == page.Headers.GetValues(RequestLog.RequestIdHeader).Single());
        Assert.Equal("/patients/{patientId}", pageEntry.Fields["Route"]);
        Assert.Equal("200", pageEntry.Fields["Status"]);
        Assert.Equal(coordinator.Address, pageEntry.Fields["Client"]);
        Assert.Contains(requests, e => e.Fields["RequestId"] == missing.Headers.GetValues(RequestLog.RequestIdHeader).Single() && e.Fields["Route"] == "/status/{code:int}" && e.Fields["Status"] == "404");
        Assert.Contains(requests, e => e.Fields["Method"] == "POST" && e.Fields["Route"] == "/login");
        foreach (var entry in logs.Entries)
        {
            var text = entry.Message + " " + string.Join(" ", entry.Fields.Values);
            foreach (var secret in new[] { "SECRETQUERY", "SECRETPATH", $"/patients/{WebCohort.OwnPatient}", Accounts.Password, Accounts.Coordinator })
                Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }
}
