using System.Globalization;
using Lutetia.Storage;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Patients;

/// <summary>
/// The identifier a new row gets when it is left as proposed or blank: the next free cycle number
/// of the patient (1, 2, 3…), lesion (<c>L1</c>, <c>L2</c>… of the patient) or read
/// (<c>P-017-R1</c>…, free in the whole study since a read's identifier is the study's key). The
/// server decides: what is free is read from the database, and a proposal that another save took in
/// the meantime is refused like any taken identifier.
/// </summary>
internal sealed class KeyProposal
{
    private readonly Func<int, string> _format;
    private readonly HashSet<string> _taken;
    private int _next = 1;

    private KeyProposal(string column, Func<int, string> format, IEnumerable<string> taken)
    {
        Column = column;
        _format = format;
        _taken = new HashSet<string>(taken, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The key column it proposes for.</summary>
    public string Column { get; }

    /// <summary>A value typed by hand in another new row: not proposed again.</summary>
    public void Take(string value) => _taken.Add(value.Trim());

    /// <summary>The next free value, which is then taken.</summary>
    public string Next()
    {
        while (_taken.Contains(_format(_next)))
            _next++;
        var value = _format(_next++);
        _taken.Add(value);
        return value;
    }

    /// <summary>The next <paramref name="count"/> free values, without taking them.</summary>
    public IReadOnlyList<string> Preview(int count)
    {
        var copy = new KeyProposal(Column, _format, _taken);
        return Enumerable.Range(0, count).Select(_ => copy.Next()).ToList();
    }

    /// <summary>The proposal for a table of a patient (its stored rows given), or null when its key is not a number to count on.</summary>
    public static async Task<KeyProposal?> ForAsync(LutetiaDbContext db, CrfTable table, string patientId, IEnumerable<CohortRow> stored,
        CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(table);
        switch (table.Name)
        {
            case "prrt_cycles":
                return new KeyProposal("cycle", n => n.ToString(CultureInfo.InvariantCulture),
                    stored.OfType<PrrtCycleRow>().Select(c => c.Cycle.ToString(CultureInfo.InvariantCulture)));
            case "lesions":
                return new KeyProposal("lesion_id", n => string.Create(CultureInfo.InvariantCulture, $"L{n}"),
                    stored.OfType<LesionRow>().Select(l => l.LesionId));
            case "reads":
                // Every read of the study starting like the proposals, the central ones an account may not see included.
                var prefix = patientId + "-R";
                var taken = await db.Set<ReadRow>().AsNoTracking().Where(r => r.ReadId.StartsWith(prefix)).Select(r => r.ReadId)
                    .ToListAsync(cancellation).ConfigureAwait(false);
                return new KeyProposal("read_id", n => string.Create(CultureInfo.InvariantCulture, $"{prefix}{n}"), taken);
            default:
                return null;
        }
    }
}
