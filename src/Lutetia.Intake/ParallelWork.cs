using System.Runtime.ExceptionServices;

namespace Lutetia.Intake;

/// <summary>Independent pieces of work run on every core, failing as the sequential code would.</summary>
public static class ParallelWork
{
    /// <summary>
    /// Runs <paramref name="actions"/> in parallel, or one after the other when
    /// <paramref name="parallel"/> is false; an exception (an unreadable file, say) surfaces as
    /// itself, not wrapped in an <see cref="AggregateException"/>, so that the command line's
    /// message for it stays the same.
    /// </summary>
    public static void Invoke(bool parallel, params Action[] actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        if (!parallel)
        {
            foreach (var action in actions)
                action();
            return;
        }
        try
        {
            Parallel.Invoke(actions);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
    }
}
