using Lutetia.Analysis;
using Lutetia.Domain;
using Lutetia.Intake;

namespace Lutetia.Storage.Workflow;

/// <summary>
/// Data quality (issue 8): the one rule set of Lutetia.Intake — every cell rule
/// (<see cref="FieldSpec.Check"/>: blank required, out of range, impossible dates, dates in the
/// future), the rules within a row and the cross-file rules (out-of-order dates, values that
/// contradict another form) — run on a centre's data as saved, through <see cref="CohortCheck"/>.
/// The list is computed from the saved rows each time it is asked for, so it refreshes with every
/// save and can never be stale; and completeness, what each included patient lacks for each
/// endpoint (Lutetia.Analysis's <see cref="Completeness"/>).
/// </summary>
public sealed class DataQualityService(LutetiaDbContext db, TimeProvider clock)
{
    /// <summary>Every open issue of the centre's data, in table order, the way a data manager works through them.</summary>
    public IReadOnlyList<DataQualityIssue> ForCenter(LutetiaUser user, string centerId)
    {
        WorkflowAccess.RequireCenter(user, centerId, "see the data-quality issues");
        var cohort = CohortStore.Export(db, centerId);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var problems = CohortCheck.Check(cohort, new ReadOptions(today));
        var issues = new List<DataQualityIssue>(problems.Errors.Count + problems.Warnings.Count);
        var locate = new IssueLocator(cohort);
        foreach (var problem in problems.Errors.Concat(problems.Warnings))
        {
            var table = problem.File.EndsWith(".csv", StringComparison.Ordinal) ? problem.File[..^4] : problem.File;
            var (patient, key) = locate.Find(table, problem.Row);
            issues.Add(new DataQualityIssue(centerId, patient, table, key, problem.Column, problem.Value, problem.Rule,
                problem.Message, problem.Hint, problem.Severity));
        }
        return issues;
    }

    /// <summary>The open issues of one patient's data.</summary>
    public IReadOnlyList<DataQualityIssue> ForPatient(LutetiaUser user, string patientId)
    {
        var center = db.Patients.Where(p => p.PatientId == patientId).Select(p => p.CenterId).SingleOrDefault()
            ?? throw new ArgumentException($"there is no patient \"{patientId}\"", nameof(patientId));
        return ForCenter(user, center).Where(i => i.PatientId == patientId).ToList();
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
}
