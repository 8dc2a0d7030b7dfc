namespace Lutetia.Statistics.SampleSize;

/// <summary>Which responder counts reject the null hypothesis of a single-arm design.</summary>
public enum RejectionRegion
{
    /// <summary>At least the threshold (the alternative rate is above the null).</summary>
    AtLeast,

    /// <summary>At most the threshold (the alternative rate is below the null).</summary>
    AtMost,
}
