using Lutetia.Storage;

namespace Lutetia.Workflow.DataQuality;

/// <summary>
/// Keeps "every save refreshes the data-quality issues of the patients it touched" true for every
/// path that saves — web forms, the lesion grid, workflow steps, an import, the command line: the
/// database calls it from inside each save (<see cref="ISavedDataObserver"/>, Storage's
/// <c>SavedDataInterceptor</c>), in the save's transaction, once the rows are written. The hosts
/// attach it to every context they open (the web application's database factory, the command
/// line's <see cref="WorkflowScope"/>). The rules judge dates against the study's date at the
/// instant of the save (<see cref="StudyClock"/>'s time zone), and the issues are stamped with the
/// save's instant.
/// </summary>
public sealed class DataQualityObserver(StudyClock clock) : ISavedDataObserver
{
    public Task PatientsSavedAsync(LutetiaDbContext db, IReadOnlyList<string> patientIds, DateTime savedAtUtc, bool async, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(patientIds);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(savedAtUtc, DateTimeKind.Utc), clock.Zone));
        return IssueRefresh.RunAsync(db, [.. patientIds], savedAtUtc, today, async, cancellationToken);
    }
}
