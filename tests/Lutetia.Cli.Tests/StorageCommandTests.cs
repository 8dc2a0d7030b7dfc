using System.CommandLine;
using Lutetia.Cli.Commands;
using Lutetia.Intake;
using Lutetia.Intake.Tests;
using Microsoft.Data.Sqlite;

namespace Lutetia.Cli.Tests;

public sealed class StorageCommandTests
{
    [Fact]
    public void Import_then_export_gives_back_the_same_files_and_the_audit_trail_verifies()
    {
        using var folder = new TemporaryFolder();
        var cohort = folder.File("cohort");
        CsvCohortWriter.Write(SyntheticCohort.Generate(new SynthesisOptions(25, 4)), cohort);
        var db = folder.File("site.db");

        var import = CliRun.Of("import", cohort, "--db", db);
        Assert.Equal((0, ""), (import.ExitCode, import.Error));
        Assert.Contains("imported", import.Out, StringComparison.Ordinal);
        Assert.Contains("25 patients", import.Out, StringComparison.Ordinal);

        var export = CliRun.Of("export", "--out", folder.File("out"), "--db", db);
        Assert.Equal(0, export.ExitCode);
        foreach (var file in Directory.GetFiles(cohort))
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(folder.File("out"), Path.GetFileName(file))));

        var verify = CliRun.Of("audit", "verify", "--db", db);
        Assert.Equal(0, verify.ExitCode);
        Assert.StartsWith("audit trail intact: ", verify.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_cohort_imports_nothing_and_prints_the_messages_of_intake()
    {
        using var folder = new TemporaryFolder();
        var cohort = new TestCohort().Set("patients", 2, "sex", "unknown").WriteTo(folder);
        var db = folder.File("site.db");

        var run = CliRun.Of("import", cohort, "--db", db);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: patients.csv row 2, column sex = \"unknown\"", run.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was imported", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public void A_centre_export_writes_a_workbook_of_that_centre_only()
    {
        using var folder = new TemporaryFolder();
        var db = folder.File("site.db");
        Assert.Equal(0, CliRun.Of("import", new TestCohort().WriteTo(folder), "--db", db).ExitCode);

        var run = CliRun.Of("export", "--out", folder.File("c2.xlsx"), "--db", db, "--center", "C2");
        Assert.Equal(0, run.ExitCode);
        var back = CohortReader.ReadValid(folder.File("c2.xlsx"), TestCohort.Today);
        Assert.Equal(["P2"], back.Patients.Select(p => p.Id.Value));
        var unknown = CliRun.Of("export", "--out", folder.File("x"), "--db", db, "--center", "C7");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("there is no centre \"C7\" in the database; the centres are C1, C2", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_export_imports_into_a_new_database_that_exports_the_same_csv()
    {
        using var folder = new TemporaryFolder();
        var cohort = new TestCohort().WriteTo(folder);
        Assert.Equal(0, CliRun.Of("import", cohort, "--db", folder.File("a.db")).ExitCode);
        Assert.Equal(0, CliRun.Of("export", "--out", folder.File("all.xlsx"), "--db", folder.File("a.db")).ExitCode);
        Assert.Equal(0, CliRun.Of("import", folder.File("all.xlsx"), "--db", folder.File("b.db")).ExitCode);
        Assert.Equal(0, CliRun.Of("export", "--out", folder.File("a"), "--db", folder.File("a.db")).ExitCode);
        Assert.Equal(0, CliRun.Of("export", "--out", folder.File("b"), "--db", folder.File("b.db")).ExitCode);
        foreach (var file in Directory.GetFiles(folder.File("a")))
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(folder.File("b"), Path.GetFileName(file))));
    }

    [Fact]
    public void Audit_verify_names_the_first_broken_link_and_exits_1()
    {
        using var folder = new TemporaryFolder();
        var db = folder.File("site.db");
        Assert.Equal(0, CliRun.Of("import", new TestCohort().WriteTo(folder), "--db", db).ExitCode);
        using (var connection = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            connection.Open();
            using var tamper = connection.CreateCommand();
            tamper.CommandText = "DROP TRIGGER audit_entries_no_update; UPDATE audit_entries SET user = 'mallory' WHERE id = 7;";
            tamper.ExecuteNonQuery();
        }

        var run = CliRun.Of("audit", "verify", "--db", db);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("audit trail BROKEN: audit entry 7 (insert ", run.Error, StringComparison.Ordinal);
        Assert.Contains("by mallory at ", run.Error, StringComparison.Ordinal);
        Assert.Contains("its content no longer gives its stored hash", run.Error, StringComparison.Ordinal);
        Assert.Contains("The 6 entries before it are intact.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_export_writes_a_patients_history_as_csv_with_the_hashes()
    {
        using var folder = new TemporaryFolder();
        var db = folder.File("site.db");
        Assert.Equal(0, CliRun.Of("import", new TestCohort().WriteTo(folder), "--db", db).ExitCode);

        var run = CliRun.Of("audit", "export", "--out", folder.File("p2.csv"), "--patient", "P2", "--db", db);
        Assert.Equal(0, run.ExitCode);
        var lines = File.ReadAllLines(folder.File("p2.csv"));
        Assert.Equal("id,at_utc,user,action,entity,entity_key,patient_id,field,old_value,new_value,reason,previous_hash,hash", lines[0]);
        Assert.All(lines.Skip(1), l => Assert.Contains(",P2,*,,", l, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",insert,patients,P2,P2,*,,patient_id=P2; center_id=C2; sex=male;", StringComparison.Ordinal));
        Assert.Equal($"{folder.File("p2.csv")}: {lines.Length - 1} audit entries about patient P2", run.Out.TrimEnd());
        var unknown = CliRun.Of("audit", "export", "--out", folder.File("x.csv"), "--patient", "P9", "--db", db);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("there is no patient \"P9\"", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_and_verify_of_a_missing_database_file_say_so()
    {
        using var folder = new TemporaryFolder();
        var run = CliRun.Of("audit", "verify", "--db", folder.File("none.db"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("there is no database file", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("none.db")));
    }

    [Fact]
    public void User_add_reads_the_password_from_stdin_and_applies_the_role_rules()
    {
        using var folder = new TemporaryFolder();
        var db = folder.File("site.db");
        Assert.Equal(0, CliRun.Of("import", new TestCohort().WriteTo(folder), "--db", db).ExitCode);

        var ok = UserAdd("Lyon-coordinator-1\n", "--email", "chief@chu.fr", "--role", "coordinator", "--db", db, "--password-stdin");
        Assert.Equal((0, "chief@chu.fr: coordinator created; they sign in with this e-mail and the password given.\n"), (ok.ExitCode, ok.Out.ReplaceLineEndings("\n")));
        var investigator = UserAdd("Lyon-investigator-1\n", "--email", "inv@chu.fr", "--role", "investigator", "--db", db);
        Assert.Equal(1, investigator.ExitCode);
        Assert.Contains("give the centre with --center ID", investigator.Error, StringComparison.Ordinal);
        var weak = UserAdd("abc\n", "--email", "rev@chu.fr", "--role", "reviewer", "--db", db);
        Assert.Equal(1, weak.ExitCode);
        Assert.Contains("Passwords must be at least 12 characters.", weak.Error, StringComparison.Ordinal);
        var none = UserAdd("", "--email", "stat@chu.fr", "--role", "statistician", "--db", db);
        Assert.Contains("no password was given", none.Error, StringComparison.Ordinal);
        var role = CliRun.Of("user", "add", "--email", "x@chu.fr", "--role", "admin", "--db", db);
        Assert.Equal(2, role.ExitCode);
        Assert.Contains("--role must be coordinator, investigator, reviewer or statistician", role.Error, StringComparison.Ordinal);
    }

    internal static CliRun UserAdd(string stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new RootCommand { UserCommand.Create(new CliConsole(output, error), new StringReader(stdin)) };
        var code = root.Parse(["user", "add", .. args]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
