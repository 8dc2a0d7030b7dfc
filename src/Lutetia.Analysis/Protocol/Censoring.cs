namespace Lutetia.Analysis;

/// <summary>Where a progression-free survival time without event is censored (mesenluth-protocol.md, "Time to event").</summary>
public enum Censoring
{
    /// <summary>At last_news_date: a registry records progression at any contact (the protocol's default).</summary>
    LastNews,

    /// <summary>At the last CT/MRI exam.</summary>
    LastAssessment,
}
