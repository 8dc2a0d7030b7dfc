using Lutetia.Domain;

namespace Lutetia.Criteria.Mesenteric;

/// <summary>
/// The MM rule over a series up to the post exam (its last read): <see cref="Response"/> is
/// <c>pd</c> once PD was met at any read, otherwise the category at the last read (<c>ne</c> when
/// the mass was not measured there); <see cref="ChangePercent"/> is mm_change_pct.
/// </summary>
public sealed record MmCourse(
    ReadId BaselineRead,
    decimal BaselineMm,
    IReadOnlyList<MmReadVerdict> Reads,
    MmResponse Response,
    decimal? ChangePercent,
    Explanation Explanation)
{
    /// <summary>The first read where the mass met PD, or null (for MM-related PFS).</summary>
    public MmReadVerdict? FirstProgression
    {
        get
        {
            foreach (var r in Reads)
            {
                if (r.Response == MmResponse.Pd)
                    return r;
            }
            return null;
        }
    }

    /// <summary>Responder = cr or pr.</summary>
    public bool IsResponder => Response is MmResponse.Cr or MmResponse.Pr;
}
