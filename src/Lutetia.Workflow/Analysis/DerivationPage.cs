using Lutetia.Analysis;

namespace Lutetia.Workflow.Analysis;

/// <summary>
/// One page of the patients' derivations (<see cref="PatientDerivations"/>): the patients whose
/// identifier contains <see cref="Search"/> (all when empty), page <see cref="Page"/> of
/// <see cref="PageCount"/>, <see cref="Matching"/> patients in all.
/// </summary>
public sealed record DerivationPage(string Search, int Page, int PageCount, int Matching, IReadOnlyList<PatientEndpoints> Patients);
