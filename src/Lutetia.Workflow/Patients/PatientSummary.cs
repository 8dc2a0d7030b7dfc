using Lutetia.Storage;

namespace Lutetia.Workflow.Patients;

/// <summary>One line of the patient list: the patient, and how many PRRT cycles and reads it has.</summary>
public sealed record PatientSummary(PatientRow Patient, int Cycles, int Reads);
