namespace Lutetia.Analysis;

/// <summary>
/// One thing missing from a patient's data that the protocol needs: the endpoint or table row it
/// keeps from being computed, and what to enter to complete it.
/// </summary>
public sealed record DataGap(string Patient, string Center, string Endpoint, string Missing);
