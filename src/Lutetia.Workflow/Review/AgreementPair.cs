namespace Lutetia.Workflow.Review;

/// <summary>
/// One patient of a cell of an agreement table: the centre, the response from the local reads and
/// from the central reads (codes of the format, e.g. <c>pr</c>, <c>sd</c>), and the baseline and
/// post-PRRT exams they were derived from.
/// </summary>
public sealed record AgreementPair(string PatientId, string CenterId, string Local, string Central, DateOnly? Baseline, DateOnly? Post);
