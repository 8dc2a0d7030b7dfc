using Lutetia.Storage.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Storage.Tests.Workflow;

/// <summary>How a workflow save tells a lost race (the key was taken a moment before) from any other failure.</summary>
public sealed class WorkflowSaveTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_step_whose_key_another_save_took_is_a_lost_race_and_anything_else_propagates(DatabaseProvider provider)
    {
        using var study = WorkflowStudy.Create(provider);
        study.Queries.Raise(study.Reviewer, "P1", "patients", "P1", "ecog", "ECOG?");
        FieldQueryStepRow Step(int query, int step) => new()
        {
            PatientId = "P1", QueryNumber = query, Step = step, Action = QueryAction.Answer, Status = QueryStatus.Answered,
            By = "investigator1@lutetia.test", AtUtc = new DateTime(2026, 11, 25, 20, 0, 0, DateTimeKind.Utc), Text = "answer",
        };

        var taken = Step(1, 1);
        Assert.False(WorkflowSave.TrySave(study.Db, study.InvestigatorC1, "race", taken));
        Assert.Equal(EntityState.Detached, study.Db.Entry(taken).State);

        var orphan = Step(7, 1); // a step of a query that does not exist: a broken reference, not a race
        Assert.Throws<DbUpdateException>(() => WorkflowSave.TrySave(study.Db, study.InvestigatorC1, "orphan", orphan));
        study.Db.Entry(orphan).State = EntityState.Detached;

        Assert.True(WorkflowSave.TrySave(study.Db, study.InvestigatorC1, "answer", Step(1, 2)));
        Assert.Equal(("test:web", null), (study.Db.CurrentUser, study.Db.Reason));
        Assert.Equal(QueryStatus.Answered, study.Queries.Get(study.Coordinator, "P1", 1).Status);
    }
}
