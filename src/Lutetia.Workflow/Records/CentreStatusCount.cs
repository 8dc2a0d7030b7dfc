namespace Lutetia.Workflow.Records;

/// <summary>
/// A centre's line of the dashboard's counts: its patients, and per state how many of them have at
/// least one form in that state (<see cref="Patients"/> for "complete" means every form complete).
/// </summary>
public sealed record CentreStatusCount(string CenterId, int Patients, IReadOnlyDictionary<RecordState, int> ByState);
