using Lutetia.Domain;

namespace Lutetia.Twin;

/// <summary>Last news, days after the first dose; death with its cause, or alive.</summary>
internal sealed record EndPlan(int Day, DeathCause? DeathCause)
{
    public bool Died => DeathCause is not null;
}
