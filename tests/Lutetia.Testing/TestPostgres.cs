namespace Lutetia.Storage.Tests;

/// <summary>
/// The PostgreSQL server of the tests: LUTETIA_TEST_POSTGRES, set by scripts/lib/postgres.sh.
/// Absent, a PostgreSQL test fails saying how to start it — it never passes silently — unless
/// LUTETIA_SKIP_POSTGRES=1 asks explicitly to skip them.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "LUTETIA_TEST_POSTGRES";

    public static string ConnectionString()
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(value))
            return value;
        if (Environment.GetEnvironmentVariable("LUTETIA_SKIP_POSTGRES") == "1")
            Assert.Skip("PostgreSQL tests skipped: LUTETIA_SKIP_POSTGRES=1");
        Assert.Fail($"{Variable} is not set, so the PostgreSQL tests cannot run. Start a test server first: " +
                    "`source scripts/lib/postgres.sh && start_test_postgres` (it installs Debian's postgresql when missing " +
                    "and exports the variable), or set LUTETIA_SKIP_POSTGRES=1 to skip these tests on purpose.");
        return "";
    }
}
