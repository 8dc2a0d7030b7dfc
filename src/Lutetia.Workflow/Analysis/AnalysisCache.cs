using Lutetia.Analysis;

namespace Lutetia.Workflow.Analysis;

/// <summary>
/// The study's analyses, computed once per <see cref="AnalysisKey"/> (data version, protocol, scope) and
/// kept in memory, one per host process (docs/analysis.md, "The analysis cache"): a singleton of the
/// application layer. Requests for a version being computed wait for that one computation instead of
/// starting their own. It holds at most <see cref="Capacity"/> analyses, dropping the least recently used,
/// and drops an analysis as soon as a later version of the same protocol and scope is asked for (the
/// head only moves on, so nobody asks for the old one again). A computation that fails is not kept.
/// </summary>
public sealed class AnalysisCache
{
    /// <summary>A few scopes at once (coordinator and statistician share one; a reviewer or an investigator's centre each have their own).</summary>
    public const int DefaultCapacity = 4;

    private readonly Lock _gate = new();
    private readonly Dictionary<AnalysisKey, Entry> _entries = [];
    private long _tick;
    private long _computations;

    public AnalysisCache() : this(DefaultCapacity)
    {
    }

    public AnalysisCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    /// <summary>How many analyses the cache keeps at most.</summary>
    public int Capacity { get; }

    /// <summary>How many analyses this cache has computed since it was created (the tests count them; a hit adds none).</summary>
    public long Computations => Interlocked.Read(ref _computations);

    /// <summary>How many analyses the cache holds now (computed or being computed).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
                return _entries.Count;
        }
    }

    /// <summary>
    /// The analysis of <paramref name="key"/>: the one kept, the one being computed, or <paramref name="compute"/>'s,
    /// run now on the caller's thread. The caller that computes does so to the end, whatever its
    /// <paramref name="cancellation"/> (others wait for it); one that waits stops waiting when cancelled.
    /// </summary>
    public async Task<StudyResults> GetOrComputeAsync(AnalysisKey key, Func<StudyResults> compute, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(compute);
        var (task, mine) = Claim(key);
        if (mine is null)
            return await task.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            Interlocked.Increment(ref _computations);
            var results = compute();
            mine.SetResult(results);
            return results;
        }
        catch (Exception failure)
        {
            Forget(key, mine);
            mine.SetException(failure);
            _ = mine.Task.Exception; // observed here: the callers waiting get it, nobody else must
            throw;
        }
    }

    /// <summary>The entry of <paramref name="key"/>, or a new one this caller must fill (<c>mine</c>).</summary>
    private (Task<StudyResults> Task, TaskCompletionSource<StudyResults>? Mine) Claim(AnalysisKey key)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var found))
            {
                found.LastUsed = ++_tick;
                return (found.Results.Task, null);
            }
            MakeRoomFor(key);
            var mine = new TaskCompletionSource<StudyResults>(TaskCreationOptions.RunContinuationsAsynchronously);
            _entries[key] = new Entry(mine) { LastUsed = ++_tick };
            return (mine.Task, mine);
        }
    }

    /// <summary>Drops the versions <paramref name="key"/> supersedes, then the least recently used while full. Under the gate.</summary>
    private void MakeRoomFor(AnalysisKey key)
    {
        foreach (var old in _entries.Keys.Where(k => k.IsSupersededBy(key)).ToList())
            _entries.Remove(old);
        while (_entries.Count >= Capacity)
            _entries.Remove(_entries.MinBy(e => e.Value.LastUsed).Key);
    }

    private void Forget(AnalysisKey key, TaskCompletionSource<StudyResults> mine)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var entry) && entry.Results == mine)
                _entries.Remove(key);
        }
    }

    private sealed class Entry(TaskCompletionSource<StudyResults> results)
    {
        public TaskCompletionSource<StudyResults> Results { get; } = results;

        public long LastUsed { get; set; }
    }
}
