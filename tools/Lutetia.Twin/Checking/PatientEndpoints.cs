using Lutetia.Domain;

namespace Lutetia.Twin;

/// <summary>The endpoints of one patient, derived from the raw rows alone by the rules of mesenluth-protocol.md.</summary>
internal sealed record PatientEndpoints
{
    public required PatientRecord Record { get; init; }
    public required string? Exclusion { get; init; }
    public required ExamSeries Series { get; init; }
    public required MorphologicResponse.Result Mm { get; init; }
    public required MorphologicResponse.Result NonMm { get; init; }
    public required string? MmMetabolic { get; init; }
    public required string? NonMmMetabolic { get; init; }
    public required string? MmClinical { get; init; }
    public required string? MmClinicalLongTerm { get; init; }
    public required string? CsClinical { get; init; }
    public required (int Days, bool Event) MmPfs { get; init; }
    public required (int Days, bool Event) NonMmPfs { get; init; }
    public required (int Days, bool Event) Os { get; init; }
    public required int FollowUpDays { get; init; }

    /// <summary>MM and non-MM responses from the local reads alone and from the central reads alone; null without both reads of both exams.</summary>
    public required (string? LocalMm, string? CentralMm, string? LocalNonMm, string? CentralNonMm)? Agreement { get; init; }

    public Patient Patient => Record.Patient;
}
