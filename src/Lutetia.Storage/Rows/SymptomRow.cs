using System.Globalization;
using Lutetia.Domain;

namespace Lutetia.Storage;

/// <summary>symptoms.csv: one symptom at one assessment. The format gives it no key: the sequence is its key.</summary>
public sealed class SymptomRow : CohortRow
{
    public string PatientId { get; set; } = "";
    public DateOnly Date { get; set; }
    public SymptomDomain Domain { get; set; }
    public Symptom Symptom { get; set; }
    public decimal? Intensity { get; set; }
    public decimal? EpisodesPerWeek { get; set; }

    public override string AuditKey => string.Create(CultureInfo.InvariantCulture, $"{PatientId}/#{Sequence}");
    public override string? AuditPatient => PatientId;

    public static SymptomRow From(SymptomAssessment s) => new()
    {
        PatientId = s.Patient.Value,
        Date = s.Date,
        Domain = s.Domain,
        Symptom = s.Symptom,
        Intensity = s.Intensity,
        EpisodesPerWeek = s.EpisodesPerWeek,
    };

    public SymptomAssessment ToDomain() => new(new PatientId(PatientId), Date, Domain, Symptom, Intensity, EpisodesPerWeek);
}
