using Lutetia.Intake;
using Lutetia.Intake.Tests;
using Lutetia.Storage;
using Lutetia.Storage.Tests;
using Lutetia.Workflow.Access;
using Lutetia.Workflow.DataQuality;
using Lutetia.Workflow.Import;
using Microsoft.Extensions.Time.Testing;
using static Lutetia.Workflow.Tests.DataQuality.QualityStudy;

namespace Lutetia.Workflow.Tests.DataQuality;

/// <summary>The record's issues placed on their form, row and field: at import, after a save, behind the blinding.</summary>
public sealed class RecordIssuesTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Imported_data_get_their_issues_at_import_each_placed_on_its_form_row_and_field(DatabaseProvider provider)
    {
        using var folder = new TemporaryFolder();
        using var store = TestStore.Create(provider);
        var clock = new StudyClock(new FakeTimeProvider(new DateTimeOffset(TestCohort.Today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)));
        using var db = store.Open(Coordinator.UserName);
        db.SavedDataObserver = new DataQualityObserver(clock);
        var cohort = Value(await new CheckCohortFile(clock).RunAsync(Coordinator, new TestCohort().WriteTo(folder), "cohort", null, None));
        Assert.NotEmpty(cohort.Warnings);

        Assert.True(Value(await new ImportCohort(db).RunAsync(Coordinator, cohort, "import of cohort", None)) > 0);

        var placed = Value(await new RecordIssues(db).RunAsync(Coordinator, "P1", None));
        Assert.Equal(
            cohort.Warnings.Select(w => (w.File[..^4], w.Column, w.Rule, w.Message)).Order(),
            placed.Select(p => (p.Issue.Table, p.Issue.Field, p.Issue.Rule, p.Issue.Message)).Order());
        Assert.All(placed, p => Assert.False(p.IsError));
        Assert.All(placed, p => Assert.True(p.Form is not null && p.Row is not null, $"{p.Issue.Table} {p.Issue.RecordKey} is not placed"));
    }

    [Fact]
    public async Task A_complication_before_the_first_dose_is_placed_on_the_complications_form_row_by_its_sequence()
    {
        using var study = QualityStudy.Create(DatabaseProvider.Sqlite);
        ComplicationRow complication;
        using (var web = study.Open("investigator2@lutetia.test"))
        {
            web.Reason = "entered";
            complication = new ComplicationRow { PatientId = "P2", Date = new DateOnly(2017, 1, 15), Type = Lutetia.Domain.ComplicationType.Diarrhea, Corticosteroids = false };
            web.Complications.Add(complication);
            web.SaveChanges();
        }

        var placed = Assert.Single(Value(await new RecordIssues(study.Db).RunAsync(InvestigatorC2, "P2", None)), p => p.IsError);
        var sequence = complication.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(("complications", $"P2/#{sequence}", "date"), (placed.Issue.Table, placed.Issue.RecordKey, placed.Issue.Field));
        Assert.Equal(("complications", sequence, null), (placed.Form, placed.Row, placed.ReadId));
    }

    [Fact]
    public async Task A_field_of_the_patients_table_is_placed_on_the_form_that_shows_it()
    {
        using var study = QualityStudy.Create(DatabaseProvider.Sqlite);
        using (var web = study.Open("investigator2@lutetia.test"))
        {
            web.Reason = "death reported";
            var p2 = web.Patients.Single(p => p.PatientId == "P2");
            p2.DeathDate = p2.LastNewsDate.AddDays(-1);
            web.SaveChanges();
        }

        var placed = Assert.Single(Value(await new RecordIssues(study.Db).RunAsync(InvestigatorC2, "P2", None)), p => p.Issue.Rule == "death_date");
        Assert.Equal(("patients-follow-up", "death_date"), (placed.Form, placed.Issue.Field));
        Assert.NotNull(placed.Row);
    }

    [Fact]
    public async Task An_investigator_does_not_see_the_issues_of_a_central_read_and_another_centre_is_refused()
    {
        using var study = QualityStudy.Create(DatabaseProvider.Sqlite);
        var central = study.Db.Reads.First(r => r.Reader == Lutetia.Domain.Reader.Central);
        using (var web = study.Open("coordinator@lutetia.test"))
        {
            web.Reason = "moved";
            web.Reads.Single(r => r.ReadId == central.ReadId).ExamDate = new DateOnly(2035, 1, 1);
            web.SaveChanges();
        }
        var investigator = central.PatientId == "P1" ? InvestigatorC1 : InvestigatorC2;

        Assert.Contains(Value(await new RecordIssues(study.Db).RunAsync(Coordinator, central.PatientId, None)), p => p.Issue.RecordKey == central.ReadId);
        Assert.DoesNotContain(Value(await new RecordIssues(study.Db).RunAsync(investigator, central.PatientId, None)), p => p.Issue.RecordKey == central.ReadId);
        var other = investigator == InvestigatorC1 ? "P2" : "P1";
        Assert.Equal(RefusalKind.Forbidden, (await new RecordIssues(study.Db).RunAsync(investigator, other, None)).Refusal?.Kind);
    }
}
