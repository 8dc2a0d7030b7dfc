using System.Data.Common;
using System.Globalization;

namespace Lutetia.Storage.Backup;

/// <summary>
/// A restore writes into an empty database only, so that nothing of another study mixes with the
/// backup and nothing is overwritten: no table holds a row, and the audit chain head (the one row a
/// new Lutetia database is created with) is still at the empty trail. A database with no table at all
/// is empty too.
/// </summary>
internal static class EmptyTarget
{
    /// <summary>Null when the database is empty; otherwise what it holds and what to do.</summary>
    public static string? Check(DbConnection connection, DatabaseProvider provider, string described)
    {
        var held = new List<string>();
        foreach (var table in DatabaseFacts.Tables(connection, null, provider))
        {
            if (table == "audit_chain_head")
            {
                var (entryId, _) = DatabaseFacts.Head(connection, null);
                if (entryId > 0)
                    held.Add(string.Create(CultureInfo.InvariantCulture, $"an audit trail of {entryId} entries"));
                continue;
            }
            var rows = DatabaseFacts.Count(connection, null, table);
            if (rows > 0)
                held.Add(string.Create(CultureInfo.InvariantCulture, $"{table} ({rows} rows)"));
        }
        if (held.Count == 0)
            return null;
        var shown = string.Join(", ", held.Take(6)) + (held.Count > 6 ? string.Create(CultureInfo.InvariantCulture, $" and {held.Count - 6} more tables") : "");
        return $"the database {described} is not empty: it holds {shown}. A restore goes into an empty database only: " +
               "give a new SQLite file, or create an empty PostgreSQL database (createdb -O OWNER NAME) and give its connection string";
    }
}
