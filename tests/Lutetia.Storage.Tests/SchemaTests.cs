using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lutetia.Storage.Tests;

public sealed class SchemaTests
{
    [Theory]
    [InlineData(null, DatabaseProvider.Sqlite, "Data Source=lutetia.db")]
    [InlineData("  ", DatabaseProvider.Sqlite, "Data Source=lutetia.db")]
    [InlineData("/data/site.db", DatabaseProvider.Sqlite, "Data Source=/data/site.db")]
    [InlineData("Data Source=site.db;Cache=Shared", DatabaseProvider.Sqlite, "Data Source=site.db;Cache=Shared")]
    [InlineData("Host=db.example;Database=lutetia;Username=l", DatabaseProvider.Postgres, "Host=db.example;Database=lutetia;Username=l")]
    [InlineData("host = 127.0.0.1; port=5433", DatabaseProvider.Postgres, "host = 127.0.0.1; port=5433")]
    public void A_db_value_names_sqlite_by_path_or_data_source_and_postgresql_by_host(string? text, DatabaseProvider provider, string connection)
    {
        Assert.Equal(new LutetiaConnection(provider, connection), LutetiaConnection.Parse(text));
    }

    [Fact]
    public void A_db_value_that_is_neither_is_refused_without_showing_its_password()
    {
        var error = Assert.Throws<ArgumentException>(() => LutetiaConnection.Parse("Server2=x;Password=secret"));
        Assert.Contains("is neither a file path", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Every_migration_is_applied_on_start_and_none_is_pending(DatabaseProvider provider)
    {
        using var store = TestStore.Create(provider);
        using var db = store.Open();
        var applied = db.Database.GetAppliedMigrations().ToArray();
        Assert.Equal(db.Database.GetMigrations(), applied);
        // The schema's history, the same on both databases but for the initial migration's timestamp.
        Assert.Equal(["Initial", "AuditAppendOnly", "StudyWorkflow", "StudySettings", "SessionKeys", "AccountLifeCycle"], applied.Select(m => m[(m.IndexOf('_', StringComparison.Ordinal) + 1)..]));
        Assert.Empty(db.Database.GetPendingMigrations());
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void No_column_of_the_cohort_can_hold_a_name_or_a_record_number()
    {
        using var store = TestStore.Create(DatabaseProvider.Sqlite);
        using var db = store.Open();
        string[] forbidden = ["name", "record", "mrn", "ssn", "nir", "national", "address", "phone", "initials"];
        var cohortColumns = db.Model.GetEntityTypes()
            .Where(t => typeof(CohortRow).IsAssignableFrom(t.ClrType) && t.ClrType != typeof(CenterRow))
            .SelectMany(t => t.GetProperties().Select(p => $"{t.GetTableName()}.{p.GetColumnName()}"))
            .ToList();
        Assert.Equal(94, cohortColumns.Count);
        Assert.DoesNotContain(cohortColumns, c => forbidden.Any(f => c.Split('.')[1].Contains(f, StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_database_refuses_a_measurement_whose_read_and_lesion_belong_to_different_patients(DatabaseProvider provider)
    {
        using var store = Sample.StoreWithSmallCohort(provider);
        using var db = store.Open();
        var read = db.Reads.First(r => r.PatientId == "P2");
        db.Measurements.Add(new MeasurementRow { ReadId = read.ReadId, PatientId = "P1", LesionId = "L2", DiameterMm = 10 });
        Assert.Throws<DbUpdateException>(() => db.SaveChanges());
        Assert.Equal(0, db.AuditEntries.Count(e => e.Entity == "measurements" && e.EntityKey == read.ReadId + "/L2"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_web_application_resolves_the_context_of_the_database_its_connection_names(DatabaseProvider provider)
    {
        using var store = TestStore.Create(provider);
        using var services = new ServiceCollection().AddLutetiaDatabase(store.Connection).BuildServiceProvider();
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LutetiaDbContext>();
        Assert.Equal(provider, db.Provider);
        Assert.Empty(db.Database.GetPendingMigrations());
        db.CurrentUser = "web:alice";
        db.Centers.Add(new CenterRow { CenterId = "C1", Name = "Lyon" });
        db.SaveChanges();
        Assert.Equal("web:alice", db.AuditEntries.Single().User);
    }
}
