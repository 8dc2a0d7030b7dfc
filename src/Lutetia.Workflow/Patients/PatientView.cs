using Lutetia.Storage;

namespace Lutetia.Workflow.Patients;

/// <summary>A patient as one section's pages show it: the stored row, and whether the account may change that section of it.</summary>
public sealed record PatientView(PatientRow Patient, bool CanWrite);
