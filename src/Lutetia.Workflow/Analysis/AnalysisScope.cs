using Lutetia.Storage;
using Lutetia.Workflow.Access;

namespace Lutetia.Workflow.Analysis;

/// <summary>
/// What part of the study an account's analysis covers: the centres it reaches (an investigator's own,
/// <c>null</c> for every centre) and the reads its blinding hides (<see cref="ReadBlinding"/>: an
/// investigator's central reads until they are released, a reviewer's reads of the patients waiting for
/// a central read). With the data version fixed, these decide the cohort the analysis sees, so they are
/// part of the cache's key (<see cref="AnalysisKey"/>): one scope never gets an analysis made for another.
/// </summary>
public sealed record AnalysisScope(string? Center, bool HidesCentralReads, bool HidesWaitingReads)
{
    /// <summary>The scope of <paramref name="actor"/> under <paramref name="blinding"/> (the account's, decided from the database).</summary>
    public static AnalysisScope Of(Account actor, ReadBlinding blinding)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(blinding);
        // An investigator's reach is their centre; an investigator without one reaches none (the empty name matches no patient).
        var center = actor.Role == LutetiaRole.Investigator ? actor.CenterId ?? "" : null;
        return new AnalysisScope(center, blinding.HidesCentralReads, blinding.HidesWaitingReads);
    }
}
