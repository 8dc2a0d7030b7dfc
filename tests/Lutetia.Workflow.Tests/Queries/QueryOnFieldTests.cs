using Lutetia.Storage;
using Lutetia.Storage.Tests;
using Lutetia.Storage.Tests.Workflow;
using Lutetia.Storage.Workflow;
using Lutetia.Workflow.Imaging;
using Lutetia.Workflow.Patients;
using Lutetia.Workflow.Queries;
using Microsoft.EntityFrameworkCore;
using static Lutetia.Workflow.Tests.Outcome;

namespace Lutetia.Workflow.Tests.Queries;

/// <summary>
/// Queries on the field itself: its value read from the database, a marker on the form, closing in
/// one step, and a record that cannot be locked while a query on it is not closed — then opens read-only.
/// </summary>
public sealed class QueryOnFieldTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_query_closes_in_one_step_from_open_or_answered_and_a_closed_one_cannot_be_closed_again(DatabaseProvider provider)
    {
        using var study = WorkflowStudy.Create(provider);
        var c = new StudyCases(study);
        await Done(c.Raise.RunAsync(c.Coordinator, "P1", "patients", "P1", "ecog", "ECOG?", Cancellation));
        var withdrawn = await Done(c.Close.RunAsync(c.Coordinator, "P1", 1, "Raised in error: the source says ECOG 0.", Cancellation));
        Assert.Equal([QueryAction.Raise, QueryAction.Close], withdrawn.Steps.Select(s => s.Action));

        await Done(c.Raise.RunAsync(c.Reviewer, "P1", "patients", "P1", "ecog", "ECOG again?", Cancellation));
        await Done(c.Answer.RunAsync(c.InvestigatorC1, "P1", 2, "ECOG 0, as entered.", Cancellation));
        var closed = await Done(c.Close.RunAsync(c.Reviewer, "P1", 2, "Confirmed by the answer.", Cancellation));
        Assert.Equal((QueryStatus.Closed, 3), (closed.Status, closed.Steps.Count));

        var again = await Refused(RefusalKind.Conflict, c.Close.RunAsync(c.Coordinator, "P1", 2, "again", Cancellation));
        Assert.Contains("is closed: it can be closed only when open or answered or resolution proposed; nothing was saved", again.Message, StringComparison.Ordinal);
        await Refused(RefusalKind.Invalid, c.Close.RunAsync(c.Coordinator, "P1", 1, " ", Cancellation));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_record_with_a_query_not_closed_cannot_be_locked_and_once_locked_its_forms_and_grids_open_read_only(DatabaseProvider provider)
    {
        using var study = WorkflowStudy.Create(provider);
        var c = new StudyCases(study);
        await Done(c.Raise.RunAsync(c.Coordinator, "P1", "patients", "P1", "ecog", "ECOG?", Cancellation));
        await Done(c.Answer.RunAsync(c.InvestigatorC1, "P1", 1, "ECOG 0.", Cancellation));
        var refused = await Refused(RefusalKind.Conflict, c.Lock().RunAsync(c.Coordinator, WorkflowStudy.Password, "P1", Cancellation));
        Assert.Equal("patient P1's record has 1 query not closed: P1/Q1 (answered). Close them on the patient's queries page " +
                     "(the centre may answer first) and lock again; nothing was signed", refused.Message);
        Assert.False(study.Db.Set<RecordLockRow>().AsNoTracking().Any());

        var open = new OpenForm(study.Db);
        Assert.True((await Done(open.RunAsync(c.InvestigatorC1, CrfForm.Tumour, "P1", Cancellation))).CanWrite);
        await Done(c.Close.RunAsync(c.Coordinator, "P1", 1, "Answered.", Cancellation));
        await Done(c.Lock().RunAsync(c.Coordinator, WorkflowStudy.Password, "P1", Cancellation));
        Assert.False((await Done(open.RunAsync(c.InvestigatorC1, CrfForm.Tumour, "P1", Cancellation))).CanWrite);
        Assert.False((await Done(open.RunAsync(c.Coordinator, CrfForm.Labs, "P1", Cancellation))).CanWrite);
        Assert.False((await Done(new OpenLesionGrid(study.Db).RunAsync(c.InvestigatorC1, "P1", "R3", Cancellation))).CanWrite);
        Assert.True((await Done(open.RunAsync(c.InvestigatorC2, CrfForm.Tumour, "P2", Cancellation))).CanWrite);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_queried_field_is_read_from_the_database_and_a_record_of_another_patient_is_refused(DatabaseProvider provider)
    {
        using var study = WorkflowStudy.Create(provider);
        var c = new StudyCases(study);
        var stored = study.Db.Patients.AsNoTracking().Single(p => p.PatientId == "P1");
        var field = await Done(new QueryField(study.Db).RunAsync(c.Coordinator, "P1", "patients", "P1", "ecog", Cancellation));
        Assert.Equal(("patients", "P1", "ecog", stored.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), stored.Ecog?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", false),
            (field.Table, field.RecordKey, field.Field, field.Row, field.Value, field.Hidden));

        var other = await Refused(RefusalKind.Invalid, new QueryField(study.Db).RunAsync(c.Coordinator, "P1", "reads", "R6", "exam_date", Cancellation));
        Assert.Equal("patient P1 has no reads record R6", other.Message);
        await Refused(RefusalKind.Forbidden, new QueryField(study.Db).RunAsync(c.InvestigatorC1, "P1", "patients", "P1", "ecog", Cancellation));
        await Refused(RefusalKind.NotFound, new QueryField(study.Db).RunAsync(c.InvestigatorC2, "P1", "patients", "P1", "ecog", Cancellation));

        await Done(c.Raise.RunAsync(c.Coordinator, "P1", "patients", "P1", "ecog", "ECOG?", Cancellation));
        var marks = await Done(new OpenFieldMarks(study.Db).RunAsync(c.InvestigatorC1, "P1", "patients", Cancellation));
        var cell = FormRows.Cell(FormRows.Key(stored), "ecog");
        Assert.Equal((false, 1, "P1"), (marks.CanRaise, marks.OpenQueries[cell], marks.RecordKeys[FormRows.Key(stored)]));
        Assert.True((await Done(new OpenFieldMarks(study.Db).RunAsync(c.Reviewer, "P1", "patients", Cancellation))).CanRaise);
        await Done(c.Close.RunAsync(c.Coordinator, "P1", 1, "fine", Cancellation));
        Assert.Empty((await Done(new OpenFieldMarks(study.Db).RunAsync(c.InvestigatorC1, "P1", "patients", Cancellation))).OpenQueries);
        await Refused(RefusalKind.NotFound, new OpenFieldMarks(study.Db).RunAsync(c.InvestigatorC2, "P1", "patients", Cancellation));
    }
}
