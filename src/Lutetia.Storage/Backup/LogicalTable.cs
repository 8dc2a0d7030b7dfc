using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Lutetia.Storage.Backup;

/// <summary>A table of the model as a logical backup writes and reads it: its columns, its key (the order of its rows).</summary>
internal sealed record LogicalTable(string Name, IReadOnlyList<ColumnCodec> Columns, IReadOnlyList<string> Key)
{
    public string Part => $"tables/{Name}.jsonl";

    /// <summary>
    /// Every table of the model, each after the tables its foreign keys point to (so rows restore in
    /// that order without disabling a constraint); ties by name.
    /// </summary>
    public static IReadOnlyList<LogicalTable> Of(LutetiaDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var tables = db.Model.GetRelationalModel().Tables.Where(t => t.Schema is null || t.Schema == "public").ToList();
        var byName = tables.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<LogicalTable>();
        while (done.Count < tables.Count)
        {
            var ready = tables.Where(t => !done.Contains(t.Name)
                    && t.ForeignKeyConstraints.All(fk => fk.PrincipalTable.Name == t.Name || done.Contains(fk.PrincipalTable.Name)
                                                         || !byName.ContainsKey(fk.PrincipalTable.Name)))
                .OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
            if (ready.Count == 0)
                throw new InvalidOperationException("the model's foreign keys form a cycle between tables: a logical backup cannot order them");
            foreach (var table in ready)
            {
                done.Add(table.Name);
                ordered.Add(From(table));
            }
        }
        return ordered;
    }

    private static LogicalTable From(ITable table) => new(
        table.Name,
        table.Columns.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => new ColumnCodec(c)).ToList(),
        table.PrimaryKey?.Columns.Select(c => c.Name).ToList() ?? []);
}
