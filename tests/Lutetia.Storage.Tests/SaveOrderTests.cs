using System.Data.Common;
using Lutetia.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Lutetia.Storage.Tests;

/// <summary>
/// The order of a save (docs/storage.md): everything that does not need the audit chain head comes
/// before it — the stored originals, the rows, the data-quality refresh — so that the head is held
/// for the append and the commit only, and saves serialise on it for a few round trips, not for the
/// whole transaction. Every command the save sends is logged, in order, with the commit.
/// </summary>
public sealed class SaveOrderTests
{
    /// <summary>Lock the head, append the entries and move the head (one command), commit; SQLite locks its head with one more statement.</summary>
    private const int RoundTripsUnderTheHead = 4;

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_save_of_a_patients_row_takes_the_chain_head_after_its_originals_rows_and_refresh_and_holds_it_for_four_round_trips(DatabaseProvider provider)
    {
        using var store = Sample.StoreWithSmallCohort(provider);
        var log = new CommandLog();
        await using var db = Open(store, log);
        db.SavedDataObserver = new QueryingObserver();
        var measurement = await db.Measurements.OrderBy(m => m.Sequence).FirstAsync(TestContext.Current.CancellationToken);
        measurement.DiameterMm = measurement.DiameterMm is { } d ? d + 1 : 5;
        db.Reason = "re-measured";
        log.Commands.Clear();

        Assert.Equal(2, await db.SaveChangesAsync(TestContext.Current.CancellationToken)); // the row and its one entry

        var commands = log.Commands;
        var head = commands.FindIndex(c => c.Contains("audit_chain_head", StringComparison.Ordinal));
        var originals = commands.FindIndex(c => c.StartsWith("SELECT", StringComparison.Ordinal) && c.Contains("measurements", StringComparison.Ordinal) && !c.Contains("FOR", StringComparison.Ordinal));
        var written = commands.FindIndex(c => c.StartsWith("UPDATE", StringComparison.Ordinal) && c.Contains("measurements", StringComparison.Ordinal));
        var refresh = commands.IndexOf(QueryingObserver.Sql);
        var commit = commands.IndexOf(CommandLog.Commit);
        Assert.True(head >= 0 && originals >= 0 && written >= 0 && refresh >= 0 && commit >= 0, string.Join("\n", commands));
        Assert.True(originals < head, "the originals were read under the head:\n" + string.Join("\n", commands));
        Assert.True(written < head, "the row was written under the head:\n" + string.Join("\n", commands));
        Assert.True(refresh < head, "the data-quality refresh ran under the head:\n" + string.Join("\n", commands));
        var underTheHead = commit - head + 1;
        Assert.True(underTheHead <= RoundTripsUnderTheHead,
            $"{underTheHead} round trips while the head was held (at most {RoundTripsUnderTheHead}):\n" + string.Join("\n", commands[head..]));

        using var check = store.Open();
        Assert.True(AuditTrail.Verify(check).IsIntact);
        var replayed = AuditReplay.Reconcile(check);
        Assert.True(replayed.IsIntact, replayed.Message);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_save_of_a_centre_takes_the_head_before_reading_its_originals(DatabaseProvider provider)
    {
        using var store = Sample.StoreWithSmallCohort(provider);
        var log = new CommandLog();
        using var db = Open(store, log);
        db.Centers.Single(c => c.CenterId == "C1").Name = "Lyon Sud";
        db.Reason = "renamed";
        log.Commands.Clear();

        Assert.Equal(2, db.SaveChanges());

        var head = log.Commands.FindIndex(c => c.Contains("audit_chain_head", StringComparison.Ordinal));
        var originals = log.Commands.FindIndex(c => c.StartsWith("SELECT", StringComparison.Ordinal) && c.Contains("centers", StringComparison.Ordinal));
        Assert.True(head >= 0 && head < originals, string.Join("\n", log.Commands));
        using var check = store.Open();
        Assert.True(AuditTrail.Verify(check).IsIntact);
        Assert.Equal("Lyon Sud", check.Centers.Single(c => c.CenterId == "C1").Name);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Writers_updating_one_patients_rows_at_once_lose_no_update_and_keep_a_trail_that_replays_to_the_data(DatabaseProvider provider)
    {
        using var store = Sample.StoreWithSmallCohort(provider);
        const int writers = 4, saves = 5;
        decimal start;
        using (var original = store.Open())
            start = original.Patients.Single(p => p.PatientId == "P1").Ki67Percent ?? 0;
        var conflicts = 0;
        Parallel.For(0, writers, new ParallelOptions { MaxDegreeOfParallelism = writers }, w =>
        {
            for (var i = 0; i < saves; i++)
            {
                // Each writer adds one to the patient's Ki-67 (and a lab), reading it again after a conflict: no increment may be lost.
                while (true)
                {
                    using var db = store.Open($"test:writer{w}");
                    db.Reason = "recount";
                    var patient = db.Patients.Single(p => p.PatientId == "P1");
                    patient.Ki67Percent = (patient.Ki67Percent ?? 0) + 1;
                    db.Labs.Add(new LabRow { PatientId = "P1", Date = new(2018, 1, 1 + w), Test = LabTest.Cga, Value = i, Uln = 100 });
                    try
                    {
                        db.SaveChanges();
                        break;
                    }
                    catch (ConcurrencyConflictException)
                    {
                        Interlocked.Increment(ref conflicts);
                    }
                }
            }
        });
        using var check = store.Open();
        var verdict = AuditTrail.Verify(check);
        Assert.True(verdict.IsIntact, verdict.Message);
        var replayed = AuditReplay.Reconcile(check);
        Assert.True(replayed.IsIntact, replayed.Message);
        Assert.Equal(start + writers * saves, check.Patients.Single(p => p.PatientId == "P1").Ki67Percent);
        Assert.Equal(check.Labs.Count(), check.Labs.Select(l => l.Sequence).Distinct().Count());
        TestContext.Current.SendDiagnosticMessage($"{conflicts} conflicts retried");
    }

    private static LutetiaDbContext Open(TestStore store, CommandLog log)
    {
        LutetiaDbContext db = store.Provider == DatabaseProvider.Sqlite
            ? new SqliteLutetiaDbContext(new DbContextOptionsBuilder<SqliteLutetiaDbContext>().UseSqlite(store.Connection.ConnectionString).AddInterceptors(log).Options)
            : new PostgresLutetiaDbContext(new DbContextOptionsBuilder<PostgresLutetiaDbContext>().UseNpgsql(store.Connection.ConnectionString).AddInterceptors(log).Options);
        db.CurrentUser = "test:alice";
        return db;
    }

    /// <summary>Stands for the data-quality refresh: one query inside the save's transaction, before the append.</summary>
    private sealed class QueryingObserver : ISavedDataObserver
    {
        public const string Sql = "SELECT COUNT(*) FROM labs";

        public async Task PatientsSavedAsync(LutetiaDbContext db, IReadOnlyList<string> patientIds, DateTime savedAtUtc, bool async, CancellationToken cancellationToken)
        {
#pragma warning disable EF1002 // a constant
            if (async)
                await db.Database.ExecuteSqlRawAsync(Sql, cancellationToken);
            else
                db.Database.ExecuteSqlRaw(Sql);
#pragma warning restore EF1002
        }
    }

    /// <summary>Every command a context sends, in order, and its commits.</summary>
    private sealed class CommandLog : DbCommandInterceptor, IDbTransactionInterceptor
    {
        public const string Commit = "COMMIT";

        public List<string> Commands { get; } = [];

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
            Log(command, result);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Log(command, result));

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
            Log(command, result);

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Log(command, result));

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
            Log(command, result);

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<object> result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Log(command, result));

        public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
        {
            Commands.Add(Commit);
            return result;
        }

        public ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result,
            CancellationToken cancellationToken = default)
        {
            Commands.Add(Commit);
            return ValueTask.FromResult(result);
        }

        private T Log<T>(DbCommand command, T result)
        {
            Commands.Add(command.CommandText.Trim());
            return result;
        }
    }
}
