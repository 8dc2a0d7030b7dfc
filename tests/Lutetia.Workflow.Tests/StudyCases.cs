using Lutetia.Storage;
using Lutetia.Storage.Tests.Workflow;
using Lutetia.Workflow.Access;
using Lutetia.Workflow.Locks;
using Lutetia.Workflow.Queries;
using Lutetia.Workflow.Review;

namespace Lutetia.Workflow.Tests;

/// <summary>
/// The use cases of queries, locks and central review on a <see cref="WorkflowStudy"/> — its context,
/// its clock the test moves by hand — and its accounts as the use cases take them.
/// </summary>
internal sealed class StudyCases(WorkflowStudy study)
{
    public StudyClock Clock { get; } = new(study.Clock);

    public Account Coordinator { get; } = Of(study.Coordinator);
    public Account Reviewer { get; } = Of(study.Reviewer);
    public Account Statistician { get; } = Of(study.Statistician);
    public Account InvestigatorC1 { get; } = Of(study.InvestigatorC1);
    public Account InvestigatorC2 { get; } = Of(study.InvestigatorC2);

    public RaiseQuery Raise => new(study.Db, Clock);
    public AnswerQuery Answer => new(study.Db, Clock);
    public ProposeResolution Propose => new(study.Db, Clock);
    public CloseQuery Close => new(study.Db, Clock);
    public ReopenQuery Reopen => new(study.Db, Clock);
    public GetQuery Get => new(study.Db);
    public CenterQueries CenterQueries => new(study.Db);
    public PatientQueries PatientQueries => new(study.Db);
    public RecordQueries RecordQueries => new(PatientQueries);
    public QueryTargets Targets => new(study.Db);
    public Lutetia.Workflow.Centres.VisibleCentres VisibleCentres => new(study.Db);

    public ExamsToReview Queue => new(study.Db);
    public EnterCentralRead EnterRead => new(study.Db);

    public LockRecord Lock(LutetiaDbContext? db = null) => new(db ?? study.Db, UserAccounts.Manager(db ?? study.Db), Clock);
    public UnlockRecord Unlock => new(study.Db, UserAccounts.Manager(study.Db), Clock);
    public CurrentLock Current => new(study.Db);
    public LockHistory History => new(study.Db);
    public CenterLocks CenterLocks => new(study.Db);

    private static Account Of(LutetiaUser user) => new(user.UserName!, user.Role, user.CenterId);
}
