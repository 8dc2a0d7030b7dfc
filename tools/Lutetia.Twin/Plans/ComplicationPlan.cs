using Lutetia.Domain;

namespace Lutetia.Twin;

/// <summary>A gastrointestinal complication: during PRRT (after cycle 2) or long-term (400 days after the last dose).</summary>
internal sealed record ComplicationPlan(bool DuringPrrt, ComplicationType Type, bool Corticosteroids);
