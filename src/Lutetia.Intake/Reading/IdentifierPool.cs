namespace Lutetia.Intake;

/// <summary>
/// Shares one string instance per distinct identifier across a whole cohort: the same patient_id
/// appears in every file, and a cohort of 10^5 patients holds millions of references to them.
/// The command line's table reader shares its group labels the same way. Not thread-safe: one
/// pool per thread.
/// </summary>
public sealed class IdentifierPool
{
    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public IdentifierPool() => _lookup = _pool.GetAlternateLookup<ReadOnlySpan<char>>();

    private string _last = "";

    public string Get(ReadOnlySpan<char> text)
    {
        // Rows referring to one patient or read come together: the last answer is often the next.
        if (text.SequenceEqual(_last))
            return _last;
        if (_lookup.TryGetValue(text, out var existing))
            return _last = existing;
        var created = text.ToString();
        _pool[created] = created;
        return _last = created;
    }
}
