using System.Diagnostics;
using Lutetia.Intake;
using Lutetia.Storage;
using Lutetia.Storage.Tests;
using Lutetia.Storage.Workflow;
using Lutetia.Workflow.DataQuality;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Tests.DataQuality;

/// <summary>The issue list of a whole import, and of one save that touches many patients at once.</summary>
public sealed class DataQualityScaleTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void An_import_and_a_save_touching_many_patients_write_every_patients_issues_as_the_reader_finds_them(DatabaseProvider provider)
    {
        using var store = TestStore.Create(provider);
        var observer = new DataQualityObserver(StudyClock.System);
        LutetiaDbContext Open(string user)
        {
            var db = store.Open(user);
            db.SavedDataObserver = observer;
            return db;
        }
        var cohort = Sample.Synthetic(300);
        var clock = Stopwatch.StartNew();
        using (var db = Open("test:import"))
            CohortStore.Import(db, cohort);
        var importTime = clock.Elapsed;
        var expected = CohortCheck.Check(cohort, new ReadOptions(DateOnly.FromDateTime(DateTime.UtcNow)));
        using (var db = store.Open())
            Assert.Equal(expected.ErrorCount + expected.WarningCount, db.Set<DataQualityIssueRow>().Count());

        using (var db = Open("test:bulk"))
        {
            db.Reason = "bulk test";
            foreach (var patient in db.Patients.OrderBy(p => p.Sequence).Take(150))
                patient.Ecog = 9;
            db.SaveChanges();
        }
        using var check = store.Open();
        var ecog = check.Set<DataQualityIssueRow>().AsNoTracking().Where(i => i.Field == "ecog").ToList();
        Assert.Equal(150, ecog.Count);
        Assert.All(ecog, i => Assert.Equal(("range", "9", Severity.Error), (i.Rule, i.Value, i.Severity)));
        Assert.Equal(expected.ErrorCount + expected.WarningCount + 150, check.Set<DataQualityIssueRow>().Count());
        TestContext.Current.SendDiagnosticMessage($"import of 300 patients with their issue list: {importTime.TotalSeconds:0.0} s on {provider}");
    }
}
