using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Lutetia.Domain;
using Lutetia.Storage;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Web.Tests;

/// <summary>
/// The load generator (docs/performance.md, The web application under load), shared by the one-instance and the two-instance load
/// tests: 50 signed-in users, each saving the lesion grid of their own patient again and again with a
/// data manager's pause between saves, over real HTTP against a server in another process (the
/// generator must not share the server's process). Each user is its own HTTP client with its
/// own cookies, like a browser.
/// </summary>
public static partial class GridLoad
{
    public const int Users = 50;
    public const int SavesPerUser = 20;

    /// <summary>The figures of one run; <see cref="Report"/> says them in one line.</summary>
    public sealed record Result(double[] SortedLatenciesMs, TimeSpan Elapsed, IReadOnlyList<string> Failures)
    {
        public double At(double quantile) => SortedLatenciesMs[(int)Math.Ceiling(quantile * SortedLatenciesMs.Length) - 1];

        public string Report => string.Create(CultureInfo.InvariantCulture,
            $"{Users} users × {SavesPerUser} saves in {Elapsed.TotalSeconds:0.0} s ({SortedLatenciesMs.Length / Elapsed.TotalSeconds:0} saves/s): " +
            $"p50 {At(0.50):0.0} ms, p95 {At(0.95):0.0} ms, p99 {At(0.99):0.0} ms, max {SortedLatenciesMs[^1]:0.0} ms");
    }

    /// <summary>The database of the run: migrated, one patient with one target lesion and two reads per user, one investigator per user.</summary>
    public static async Task SeedAsync(LutetiaConnection connection)
    {
        using var db = LutetiaDatabase.OpenMigrated(connection, "test:seed");
        db.Reason = "load test cohort";
        CohortStore.Import(db, Cohort());
        for (var i = 1; i <= Users; i++)
            await Accounts.Add(db, Email(i), LutetiaRole.Investigator, "C1");
    }

    /// <summary>Every user signs in first (password hashing is deliberately slow), then all save at once: the figures are those of the saves.</summary>
    public static async Task<Result> RunAsync(Uri baseUrl, Func<SocketsHttpHandler> handler)
    {
        var latencies = new double[Users * SavesPerUser];
        var failures = new List<string>();
        var start = new StartLine(Users);
        await Task.WhenAll(Enumerable.Range(1, Users).Select(u => User(u, baseUrl, handler, latencies, failures, start)));
        var elapsed = start.Clock.Elapsed;
        Array.Sort(latencies);
        return new Result(latencies, elapsed, failures);
    }

    /// <summary>No lost write: each grid holds its user's last value, the trail has one update per save after the first, and it verifies.</summary>
    public static async Task AssertNoWriteLostAsync(LutetiaConnection connection)
    {
        using var db = LutetiaDatabase.Open(connection, "test:check");
        for (var u = 1; u <= Users; u++)
        {
            var read = string.Create(CultureInfo.InvariantCulture, $"L{u:00}-F");
            Assert.Equal(Value(u, SavesPerUser - 1), db.Measurements.Single(m => m.ReadId == read).DiameterMm);
        }
        var updates = await db.AuditEntries.CountAsync(e => e.Entity == "measurements" && e.Field == "diameter_mm", TestContext.Current.CancellationToken);
        Assert.Equal(Users * (SavesPerUser - 1), updates);
        Assert.True(AuditTrail.Verify(db).IsIntact);
    }

    private static string Email(int user) => string.Create(CultureInfo.InvariantCulture, $"user{user:00}@lutetia.test");

    private static Cohort Cohort()
    {
        var patients = new List<Patient>();
        var lesions = new List<Lesion>();
        var reads = new List<Read>();
        var measurements = new List<Measurement>();
        for (var i = 1; i <= Users; i++)
        {
            var id = new PatientId(string.Create(CultureInfo.InvariantCulture, $"L{i:00}"));
            patients.Add(new Patient
            {
                Id = id,
                Center = new CenterId("C1"),
                Sex = Sex.Male,
                PrimarySite = PrimarySite.Ileum,
                Differentiation = Differentiation.Well,
                PriorPrrt = false,
                LastNewsDate = new DateOnly(2021, 1, 1),
            });
            lesions.Add(new Lesion(id, new LesionId("M1"), LesionSite.Mesentery, true, true, LesionRole.Target));
            reads.Add(new Read(new ReadId($"{id.Value}-B"), id, new DateOnly(2020, 1, 10), Modality.Ct, Reader.Local));
            reads.Add(new Read(new ReadId($"{id.Value}-F"), id, new DateOnly(2020, 7, 10), Modality.Ct, Reader.Local));
            measurements.Add(new Measurement { Read = new ReadId($"{id.Value}-B"), Lesion = new LesionId("M1"), DiameterMm = 40m });
        }
        return new Cohort
        {
            Centers = [new Center(new CenterId("C1"), "Lyon")],
            Patients = patients,
            Lesions = lesions,
            Reads = reads,
            Measurements = measurements,
        };
    }

    /// <summary>The diameter user <paramref name="user"/> types at save <paramref name="save"/>: always a change, so every save writes.</summary>
    private static decimal Value(int user, int save) => 20m + (user % 7) + save * 0.5m;

    private static async Task User(int user, Uri baseUrl, Func<SocketsHttpHandler> newHandler, double[] latencies, List<string> failures, StartLine start)
    {
        using var handler = newHandler();
        handler.CookieContainer = new CookieContainer();
        handler.AllowAutoRedirect = false;
        using var http = new HttpClient(handler) { BaseAddress = baseUrl };
        var cancel = TestContext.Current.CancellationToken;
        var patient = string.Create(CultureInfo.InvariantCulture, $"L{user:00}");
        var login = await http.GetStringAsync(new Uri("/login", UriKind.Relative), cancel);
        using (var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["email"] = Email(user),
            ["password"] = Accounts.Password,
            ["__RequestVerificationToken"] = Token(login),
        }))
        {
            var signedIn = await http.PostAsync(new Uri("/login", UriKind.Relative), form, cancel);
            if (signedIn.StatusCode != HttpStatusCode.Redirect)
                throw new InvalidOperationException($"{Email(user)} could not sign in ({(int)signedIn.StatusCode})");
        }
        var page = await http.GetStringAsync(new Uri($"/patients/{patient}/reads/{patient}-F", UriKind.Relative), cancel);
        var token = Token(page);
        await start.ReadyAsync();
        var random = new Random(user);
        for (var s = 0; s < SavesPerUser; s++)
        {
            await Task.Delay(500 + random.Next(1000), cancel);
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/patients/{patient}/reads/{patient}-F/measurements", UriKind.Relative))
            {
                Content = JsonContent.Create(new
                {
                    cells = new Dictionary<string, string> { ["M1:diameter_mm"] = Value(user, s).ToString(CultureInfo.InvariantCulture) },
                    reason = $"load test save {s}",
                }),
            };
            request.Headers.Add("RequestVerificationToken", token);
            var started = Stopwatch.GetTimestamp();
            using var response = await http.SendAsync(request, cancel);
            latencies[(user - 1) * SavesPerUser + s] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.OK)
            {
                var body = await response.Content.ReadAsStringAsync(cancel);
                lock (failures)
                    failures.Add($"{Email(user)} save {s}: {(int)response.StatusCode} {body}");
            }
        }
    }

    /// <summary>Releases every user at once when the last one is ready (without blocking a thread), and times the run from then.</summary>
    private sealed class StartLine(int users)
    {
        private readonly TaskCompletionSource _go = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _waiting = users;

        public Stopwatch Clock { get; } = new();

        public Task ReadyAsync()
        {
            if (Interlocked.Decrement(ref _waiting) == 0)
            {
                Clock.Start();
                _go.SetResult();
            }
            return _go.Task;
        }
    }

    private static string Token(string html) => WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
