using Lutetia.Analysis;
using Lutetia.Intake;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Storage.Workflow;

/// <summary>
/// Data quality (issue 8). Every save runs Lutetia.Intake's one rule set — the cell rules of
/// <see cref="FieldSpec.Check"/> (blank required, out of range, impossible dates, dates in the
/// future), the rules within a row and the cross-file rules (out-of-order dates, values that
/// contradict another form) — on the patients it touched and rewrites their open issues
/// (<see cref="DataQualityInterceptor"/>); this service reads that list per centre and patient,
/// and gives completeness: what each included patient lacks for each endpoint
/// (Lutetia.Analysis's <see cref="Completeness"/>).
/// </summary>
public sealed class DataQualityService(LutetiaDbContext db, TimeProvider clock)
{
    /// <summary>Every open issue of the centre's patients, errors first, in table order: the list a data manager works through.</summary>
    public IReadOnlyList<DataQualityIssue> ForCenter(LutetiaUser user, string centerId)
    {
        WorkflowAccess.RequireCenter(user, centerId, "see the data-quality issues");
        return Read(db.Set<DataQualityIssueRow>().Where(i => i.CenterId == centerId));
    }

    /// <summary>The open issues of one patient's data.</summary>
    public IReadOnlyList<DataQualityIssue> ForPatient(LutetiaUser user, string patientId)
    {
        var center = CohortRecords.Patient(db, patientId).CenterId;
        WorkflowAccess.RequireCenter(user, center, "see the data-quality issues");
        return Read(db.Set<DataQualityIssueRow>().Where(i => i.PatientId == patientId));
    }

    /// <summary>
    /// Recomputes the list of every patient of the centre (a coordinator's action, for data saved
    /// before this version, or after the rules changed); returns the number of issues found.
    /// </summary>
    public int Refresh(LutetiaUser user, string centerId)
    {
        WorkflowAccess.Require(user, "recompute the data-quality issues", LutetiaRole.Coordinator);
        var patients = db.Patients.Where(p => p.CenterId == centerId).Select(p => p.PatientId).ToList();
        using var transaction = db.Database.BeginTransaction();
        DataQualityRefresh.RunAsync(db, patients, WorkflowSave.Now(clock), async: false, CancellationToken.None).GetAwaiter().GetResult();
        transaction.Commit();
        return db.Set<DataQualityIssueRow>().Count(i => i.CenterId == centerId);
    }

    /// <summary>
    /// What each included patient of the centre lacks for each endpoint of the protocol, with the
    /// criterion's reason (the MesenLuth protocol with its published parameters).
    /// </summary>
    public IReadOnlyList<DataGap> Completeness(LutetiaUser user, string centerId)
    {
        WorkflowAccess.RequireCenter(user, centerId, "see the completeness");
        var cohort = CohortStore.Export(db, centerId);
        return Analysis.Completeness.Of(StudyAnalysis.Analyze(cohort, new MesenLuthParameters()));
    }

    private static List<DataQualityIssue> Read(IQueryable<DataQualityIssueRow> rows) =>
        rows.AsNoTracking().OrderBy(i => i.Severity == Severity.Error ? 0 : 1).ThenBy(i => i.Id).AsEnumerable()
            .Select(i => new DataQualityIssue(i.CenterId, i.PatientId, i.TableName, i.RecordKey, i.Field, i.Value, i.Rule, i.Message, i.Hint, i.Severity))
            .ToList();
}
