namespace Lutetia.Web.Forms;

/// <summary>What the criteria library says of the read being entered, for the lesion grid.</summary>
public sealed record GridVerdict
{
    /// <summary>The mesenteric mass's short-axis change from baseline, percent, or null.</summary>
    public decimal? MmChangePercent { get; init; }

    /// <summary>The MM rule's category at this read (CR, PR, SD, PD, NE), or null.</summary>
    public string? MmCategory { get; init; }

    public string? MmExplanation { get; init; }

    /// <summary>The RECIST 1.1 time-point response at this read, or null.</summary>
    public string? RecistCategory { get; init; }

    public string? RecistExplanation { get; init; }

    /// <summary>Why there is no category (a baseline read, a read that is not CT/MRI, data the rules cannot use).</summary>
    public string? Note { get; init; }
}
