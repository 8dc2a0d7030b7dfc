using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Lutetia.Storage;

/// <summary>
/// One audited table while the trail is replayed: its rows as the trail leaves them so far (key →
/// column → value as the trail writes it; a column absent is null), and how to compare a value of
/// the trail with a stored one.
/// </summary>
internal sealed class ReplayedTable
{
    private readonly Dictionary<string, IProperty> _columns = new(StringComparer.Ordinal);
    private readonly List<IProperty> _order = [];

    public ReplayedTable(string name, IEntityType type)
    {
        Name = name;
        Type = type;
        Skipped = AuditChanges.Skipped(type.ClrType);
        foreach (var (property, _) in AuditValues.Fields(type, _ => null, Skipped))
        {
            _columns[property.GetColumnName()] = property;
            _order.Add(property);
        }
    }

    public string Name { get; }
    public IEntityType Type { get; }
    public IReadOnlySet<string> Skipped { get; }
    public Dictionary<string, Dictionary<string, string>> Rows { get; } = new(StringComparer.Ordinal);

    /// <summary>A row of the trail as the trail would write it whole (columns in the format's order).</summary>
    public string Text(Dictionary<string, string> row)
    {
        var fields = _order.Select(p => (p, row.GetValueOrDefault(p.GetColumnName()))).ToList();
        var unknown = row.Keys.Where(k => !_columns.ContainsKey(k)).Select(k => $"{k}={row[k]}");
        return string.Join("; ", new[] { AuditValues.Row(fields) }.Concat(unknown).Where(t => t.Length > 0));
    }

    /// <summary>
    /// Whether a value of the trail and a stored value are the same: the same text, or for a time the
    /// same instant to the microsecond (what both databases keep; SQLite reads a UTC time back
    /// without its kind, so "…Z" and "…" are the same time).
    /// </summary>
    public bool Same(string column, string? trail, string? stored)
    {
        if (string.Equals(trail, stored, StringComparison.Ordinal))
            return true;
        if (trail is null || stored is null || !_columns.TryGetValue(column, out var property))
            return false;
        var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
        return (type == typeof(DateTime) || type == typeof(DateTimeOffset))
               && Instant(trail) is { } a && Instant(stored) is { } b && a == b;
    }

    /// <summary>The stored rows, one at a time (read without tracking; the table is never held whole).</summary>
    public IEnumerable<object> Stored(LutetiaDbContext db)
    {
        var method = typeof(ReplayedTable).GetMethod(nameof(StoredOf), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        return (IEnumerable<object>)method.MakeGenericMethod(Type.ClrType).Invoke(null, [db])!;
    }

    /// <summary>The formatted fields of a stored row, nulls included, in the format's order.</summary>
    public IEnumerable<(IProperty Property, string? Value)> Fields(object row) =>
        AuditValues.Fields(Type, p => p.GetGetter().GetClrValue(row), Skipped);

    private static IEnumerable<object> StoredOf<T>(LutetiaDbContext db) where T : class => db.Set<T>().AsNoTracking().AsEnumerable();

    private static long? Instant(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time.UtcTicks / 10
            : null;
}
