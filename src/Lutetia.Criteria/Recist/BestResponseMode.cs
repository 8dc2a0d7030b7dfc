namespace Lutetia.Criteria.Recist;

/// <summary>How best overall response treats CR and PR (RECIST 1.1 §4.4.3).</summary>
public enum BestResponseMode
{
    /// <summary>The best time-point response counts as is (default for retrospective data).</summary>
    Unconfirmed,

    /// <summary>CR and PR need a confirming read (RECIST 1.1 table 3).</summary>
    Confirmed,
}
