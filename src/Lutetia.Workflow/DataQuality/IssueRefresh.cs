using System.Text;
using Lutetia.Domain;
using Lutetia.Intake;
using Lutetia.Storage;
using Lutetia.Storage.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.DataQuality;

/// <summary>
/// Recomputes the data-quality issues of some patients from their rows as the database holds them
/// now — Lutetia.Intake's one rule set through <see cref="CohortCheck"/> — and replaces their rows
/// of data_quality_issues, in the caller's transaction. Written with SQL rather than through
/// SaveChanges, so that the derived list does not enter the audit trail. The date given is
/// what "in the future" means for the date rules: the study's date (<see cref="StudyClock"/>).
/// </summary>
internal static class IssueRefresh
{
    private const int RowsPerInsert = 100;

    /// <summary>Patients checked together: few enough that their problems stay far below ProblemList.Capacity.</summary>
    private const int PatientsPerCheck = 100;
    private const string Columns = "center_id, patient_id, table_name, record_key, field, value, rule, severity, message, hint, found_at_utc";

    public static async Task RunAsync(LutetiaDbContext db, List<string> patients, DateTime nowUtc, DateOnly today, bool async, CancellationToken cancellationToken)
    {
        var cohort = await PatientCohort.LoadAsync(db, patients, async, cancellationToken).ConfigureAwait(false);
        var unkeyed = await UnkeyedRows.LoadAsync(db, patients, async, cancellationToken).ConfigureAwait(false);
        var issues = Find(cohort, today, unkeyed);
        var stale = db.Set<DataQualityIssueRow>().Where(i => patients.Contains(i.PatientId));
        if (async)
            await stale.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        else
            stale.ExecuteDelete();
        for (var start = 0; start < issues.Count; start += RowsPerInsert)
        {
            var chunk = issues.Skip(start).Take(RowsPerInsert).ToList();
            var sql = new StringBuilder($"INSERT INTO data_quality_issues ({Columns}) VALUES ");
            var values = new List<object>(chunk.Count * 11);
            foreach (var issue in chunk)
            {
                sql.Append(sql[^1] == ' ' ? "(" : ", (");
                object?[] row = [issue.CenterId, issue.PatientId, issue.Table, issue.RecordKey, issue.Field, issue.Value, issue.Rule,
                    Codes<Severity>.ToCode(issue.Severity), issue.Message, issue.Hint, nowUtc];
                for (var i = 0; i < row.Length; i++)
                {
                    sql.Append(i == 0 ? "" : ", ");
                    if (row[i] is { } value)
                    {
                        sql.Append('{').Append(values.Count).Append('}');
                        values.Add(value);
                    }
                    else
                    {
                        sql.Append("NULL"); // an untyped null parameter has no store type
                    }
                }
                sql.Append(')');
            }
#pragma warning disable EF1002 // Only placeholders are interpolated; every value is a parameter.
            if (async)
                await db.Database.ExecuteSqlRawAsync(sql.ToString(), values, cancellationToken).ConfigureAwait(false);
            else
                db.Database.ExecuteSqlRaw(sql.ToString(), values);
#pragma warning restore EF1002
        }
    }

    /// <summary>
    /// The issues of a cohort's patients, each located on its patient and record, checked
    /// <see cref="PatientsPerCheck"/> patients at a time; a group whose problems overflow the
    /// problem list's capacity is checked again patient by patient, so none is dropped.
    /// </summary>
    public static List<DataQualityIssue> Find(Cohort cohort, DateOnly today, UnkeyedRows? unkeyed = null)
    {
        var issues = new List<DataQualityIssue>();
        var records = cohort.PatientRecords();
        var centers = cohort.Centers.ToDictionary(c => c.Id);
        for (var start = 0; start < records.Count; start += PatientsPerCheck)
        {
            var group = records.Skip(start).Take(PatientsPerCheck).ToList();
            if (!TryFind(PatientCohort.Of(group, centers), today, unkeyed ?? UnkeyedRows.None, issues, allowTruncated: group.Count == 1))
            {
                foreach (var record in group)
                    TryFind(PatientCohort.Of([record], centers), today, unkeyed ?? UnkeyedRows.None, issues, allowTruncated: true);
            }
        }
        return issues;
    }

    private static bool TryFind(Cohort cohort, DateOnly today, UnkeyedRows unkeyed, List<DataQualityIssue> issues, bool allowTruncated)
    {
        var problems = CohortCheck.Check(cohort, new ReadOptions(today));
        if (!allowTruncated && (problems.Errors.Count < problems.ErrorCount || problems.Warnings.Count < problems.WarningCount))
            return false;
        var centerOf = cohort.Patients.ToDictionary(p => p.Id.Value, p => p.Center.Value, StringComparer.Ordinal);
        var locate = new IssueLocator(cohort, unkeyed);
        foreach (var problem in problems.Errors.Concat(problems.Warnings))
        {
            var table = problem.File.EndsWith(".csv", StringComparison.Ordinal) ? problem.File[..^4] : problem.File;
            var (patient, key) = locate.Find(table, problem.Row);
            if (patient is not null && centerOf.TryGetValue(patient, out var center))
                issues.Add(new DataQualityIssue(center, patient, table, key, problem.Column, problem.Value, problem.Rule,
                    problem.Message, problem.Hint, problem.Severity));
        }
        return true;
    }
}
