using System.Globalization;
using Lutetia.Domain;
using Lutetia.Storage;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.DataQuality;

/// <summary>
/// The insertion sequences of the rows of the tables without a key of their own (symptoms, labs,
/// complications, progression), per patient in the order <see cref="Storage.Workflow.PatientCohort"/>
/// loads them: the n-th symptom of a patient in the checked cohort is the n-th here. An issue on
/// such a row is then keyed as the audit trail keys it (<c>P1/#12</c>), so that a page can find the
/// row and its field.
/// </summary>
internal sealed class UnkeyedRows
{
    private readonly Dictionary<(string Table, string Patient), List<long>> _sequences = [];

    /// <summary>No row known: issues on unkeyed rows keep no key.</summary>
    public static UnkeyedRows None { get; } = new();

    public static async Task<UnkeyedRows> LoadAsync(LutetiaDbContext db, List<string> patients, bool async, CancellationToken cancellationToken)
    {
        var rows = new UnkeyedRows();
        rows.Add("symptoms", await ListAsync(db.Symptoms.Where(r => patients.Contains(r.PatientId)).OrderBy(r => r.Sequence)
            .Select(r => new RowSequence(r.PatientId, r.Sequence)), async, cancellationToken).ConfigureAwait(false));
        rows.Add("labs", await ListAsync(db.Labs.Where(r => patients.Contains(r.PatientId)).OrderBy(r => r.Sequence)
            .Select(r => new RowSequence(r.PatientId, r.Sequence)), async, cancellationToken).ConfigureAwait(false));
        rows.Add("complications", await ListAsync(db.Complications.Where(r => patients.Contains(r.PatientId)).OrderBy(r => r.Sequence)
            .Select(r => new RowSequence(r.PatientId, r.Sequence)), async, cancellationToken).ConfigureAwait(false));
        rows.Add("progression", await ListAsync(db.Progressions.Where(r => patients.Contains(r.PatientId)).OrderBy(r => r.Sequence)
            .Select(r => new RowSequence(r.PatientId, r.Sequence)), async, cancellationToken).ConfigureAwait(false));
        return rows;
    }

    private static async Task<List<RowSequence>> ListAsync(IQueryable<RowSequence> rows, bool async, CancellationToken cancellationToken) =>
        async ? await rows.ToListAsync(cancellationToken).ConfigureAwait(false) : rows.ToList();

    private void Add(string table, List<RowSequence> rows)
    {
        foreach (var row in rows)
        {
            if (!_sequences.TryGetValue((table, row.PatientId), out var sequences))
                _sequences[(table, row.PatientId)] = sequences = [];
            sequences.Add(row.Sequence);
        }
    }

    private sealed record RowSequence(string PatientId, long Sequence);

    /// <summary>The audit key of a patient's <paramref name="ordinal"/>-th row (from 0) of an unkeyed table, or null.</summary>
    public string? KeyOf(string table, PatientId patient, int ordinal) =>
        _sequences.TryGetValue((table, patient.Value), out var sequences) && ordinal < sequences.Count
            ? string.Create(CultureInfo.InvariantCulture, $"{patient.Value}/#{sequences[ordinal]}")
            : null;
}
