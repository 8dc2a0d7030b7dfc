using Lutetia.Intake.Tests;
using Microsoft.Data.Sqlite;

namespace Lutetia.Cli.Tests;

/// <summary>Through the command line: audit verify reconciles the data, audit head anchors the chain.</summary>
public sealed class AuditCommandTests
{
    private static void Sql(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Fact]
    public void Verify_names_a_direct_sql_update_with_the_trails_value_and_the_stored_one_and_exits_1()
    {
        using var folder = new TemporaryFolder();
        var db = folder.File("site.db");
        Assert.Equal(0, CliRun.Of("import", new TestCohort().WriteTo(folder), "--db", db).ExitCode);
        var intact = CliRun.Of("audit", "verify", "--db", db);
        Assert.Equal(0, intact.ExitCode);
        Assert.Contains("the data match the audit trail: ", intact.Out, StringComparison.Ordinal);

        Sql(db, "UPDATE patients SET ecog = 4 WHERE patient_id = 'P1'");
        var run = CliRun.Of("audit", "verify", "--db", db);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("audit trail intact, DATA CHANGED: the data do not match the audit trail: 1 differences", run.Error, StringComparison.Ordinal);
        Assert.Contains("  patients P1, ecog: the trail gives \"0\", the database holds \"4\"", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Head_prints_the_chain_head_and_verify_with_it_fails_once_the_end_is_cut_off()
    {
        using var folder = new TemporaryFolder();
        var db = folder.File("site.db");
        Assert.Equal(0, CliRun.Of("import", new TestCohort().WriteTo(folder), "--db", db).ExitCode);
        var head = CliRun.Of("audit", "head", "--db", db);
        Assert.Equal(0, head.ExitCode);
        var recorded = head.Out.Trim();
        Assert.Matches("^[0-9]+:[0-9a-f]{64}$", recorded);
        var ok = CliRun.Of("audit", "verify", "--head", recorded, "--db", db);
        Assert.Equal(0, ok.ExitCode);
        Assert.Contains($"the recorded chain head {recorded} is still in the trail", ok.Out, StringComparison.Ordinal);
        var bad = CliRun.Of("audit", "verify", "--head", "17", "--db", db);
        Assert.Equal(1, bad.ExitCode);
        Assert.StartsWith("lutetia audit verify: --head \"17\" is not a chain head: give N:HASH", bad.Error, StringComparison.Ordinal);

        // Cut off: the last entry and the row it inserted deleted, the head moved back — the chain and the data agree.
        var last = long.Parse(recorded.Split(':')[0], System.Globalization.CultureInfo.InvariantCulture);
        Sql(db, "DROP TRIGGER audit_entries_no_delete; DROP TRIGGER audit_chain_head_forward; " +
                $"DELETE FROM audit_entries WHERE id = {last}; " +
                $"UPDATE audit_chain_head SET last_entry_id = {last - 1}, last_hash = (SELECT hash FROM audit_entries WHERE id = {last - 1});");
        Assert.Equal(1, CliRun.Of("audit", "verify", "--db", db).ExitCode); // the row of the entry cut off is still stored
        var cut = CliRun.Of("audit", "verify", "--head", recorded, "--db", db);

        Assert.Equal(1, cut.ExitCode);
        Assert.StartsWith($"audit trail BROKEN: audit entry {last}, recorded as the chain head ({recorded}), is no longer in the trail", cut.Error, StringComparison.Ordinal);
    }
}
