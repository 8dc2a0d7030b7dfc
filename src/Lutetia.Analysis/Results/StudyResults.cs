using Lutetia.Criteria;

namespace Lutetia.Analysis;

/// <summary>
/// The MesenLuth study's results (outputs.md, results.json): every patient's endpoints, the
/// screening flow, rates, survival, follow-up, imaging timing, agreement and tables 1 and 3.
/// </summary>
public sealed record StudyResults
{
    public required MesenLuthParameters Parameters { get; init; }
    public required IReadOnlyList<PatientEndpoints> Patients { get; init; }
    public IReadOnlyList<PatientEndpoints> Included => Patients.Where(p => p.Included).ToArray();

    /// <summary>Excluded patients by their first failing reason, in the protocol's order; only reasons that occur.</summary>
    public required IReadOnlyList<(ExclusionReason Reason, int Count)> Excluded { get; init; }

    public required IReadOnlyList<NamedRate> Rates { get; init; }
    public required IReadOnlyList<SurvivalResult> Survival { get; init; }
    public double? MedianFollowUpMonths { get; init; }
    public double? MedianFollowUpReverseKmMonths { get; init; }
    public required IReadOnlyList<TimingSummary> ImagingTiming { get; init; }
    public required IReadOnlyList<AgreementResult> Agreement { get; init; }
    public required IReadOnlyList<TableRow> Table1 { get; init; }
    public required IReadOnlyList<TableRow> Table3 { get; init; }

    /// <summary>Every endpoint that could not be computed, each naming the patient and why.</summary>
    public IReadOnlyList<string> Problems => Patients.SelectMany(p => p.Problems).ToArray();

    public NamedRate Rate(string id) => Rates.First(r => r.Id == id);
}
