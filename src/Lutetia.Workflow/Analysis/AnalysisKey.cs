using Lutetia.Analysis;

namespace Lutetia.Workflow.Analysis;

/// <summary>
/// One version of the study's analysis: the data version — the audit chain's head (its last entry's
/// number and hash; every audited save moves it) — the protocol's parameters in force and the
/// reader's <see cref="AnalysisScope"/>. Two requests with equal keys see the same analysis.
/// </summary>
public sealed record AnalysisKey(long HeadEntryId, string HeadHash, MesenLuthParameters Parameters, AnalysisScope Scope)
{
    /// <summary>Whether <paramref name="newer"/> is a later version of the same analysis (same protocol and scope, a later head): this one is then obsolete.</summary>
    public bool IsSupersededBy(AnalysisKey newer)
    {
        ArgumentNullException.ThrowIfNull(newer);
        return newer.HeadEntryId > HeadEntryId && Scope == newer.Scope && Parameters == newer.Parameters;
    }
}
