using Lutetia.Criteria;
using Lutetia.Criteria.Mesenteric;
using Lutetia.Criteria.Recist;
using Lutetia.Domain;

namespace Lutetia.Analysis;

/// <summary>
/// Every endpoint of one patient (one row of endpoints.csv, outputs.md), with the derivation of
/// each verdict and the problems that kept an endpoint from being computed. Null means not
/// applicable; <c>Ne</c> means applicable but not evaluable.
/// </summary>
public sealed record PatientEndpoints
{
    public required PatientRecord Record { get; init; }
    public required MesenLuthParameters Parameters { get; init; }
    public required EligibilityVerdict Eligibility { get; init; }
    public PatientImaging? Imaging { get; init; }
    public bool Included => Eligibility.IsIncluded;
    public int? AgeAtFirstDose { get; init; }

    /// <summary>The reader of the post-PRRT CT/MRI exam used.</summary>
    public Reader? Reader { get; init; }

    public decimal? MmBaselineMm { get; init; }
    public decimal? MmPostMm { get; init; }
    public decimal? MmChangePercent { get; init; }
    public MmResponse? MmResponse { get; init; }
    public OverallResponse? NonMmResponse { get; init; }
    public Outcome? MmMetabolicResponse { get; init; }
    public Outcome? NonMmMetabolicResponse { get; init; }
    public ClinicalResponse? MmClinicalResponse { get; init; }
    public ClinicalResponse? MmClinicalResponseLongTerm { get; init; }
    public ClinicalResponse? CsClinicalResponse { get; init; }
    public Outcome? CgaResponse { get; init; }
    public Resectability? Resectability { get; init; }

    /// <summary>True when the MM met the PD rule at any follow-up read (results.json rate mm_progression).</summary>
    public bool MmProgressed { get; init; }

    public TimeToEvent? MmPfs { get; init; }
    public TimeToEvent? NonMmPfs { get; init; }
    public TimeToEvent? Os { get; init; }
    public double? FollowUpMonths { get; init; }

    /// <summary>The MM and non-MM responses from the local reads alone and the central reads alone, when both read the baseline and post exams.</summary>
    public ReaderPair? Agreement { get; init; }

    public IReadOnlyList<Derivation> Derivations { get; init; } = [];

    /// <summary>Why an endpoint could not be computed for this patient (it is then <c>ne</c>).</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    public bool MmResponder => MmResponse is Criteria.Mesenteric.MmResponse.Cr or Criteria.Mesenteric.MmResponse.Pr;
    public bool NonMmResponder => NonMmResponse is OverallResponse.Cr or OverallResponse.Pr;
}
