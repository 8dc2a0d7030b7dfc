using Lutetia.Intake;
using Lutetia.Storage;
using Lutetia.Workflow.Access;
using Microsoft.EntityFrameworkCore;

namespace Lutetia.Workflow.Patients;

/// <summary>
/// Saves what a case report form posted (field name → value), all of it or nothing, with its
/// reason, through the audit trail (docs/web.md). Every cell is checked with the format's rules;
/// the rows are the stored ones, read again now: what the form says it was opened with (its hidden
/// <c>was:</c> and <c>version:</c> fields) only detects a concurrent change or an altered form — it
/// never becomes an original value, and the storage layer reads the stored values again when it
/// saves (the server is the only source of truth). The patient and its centre are the stored ones; a new patient's centre is one
/// the account reaches. Who may: whoever the matrix lets write the form's section, on the patient's
/// centre. Refusals: <see cref="RefusalKind.Invalid"/> with a message per cell (or per reason),
/// <see cref="RefusalKind.Conflict"/> with the other's change, <see cref="RefusalKind.Locked"/>,
/// <see cref="RefusalKind.Forbidden"/>, <see cref="RefusalKind.NotFound"/>.
/// </summary>
public sealed class SaveForm(LutetiaDbContext db) : IUseCase
{
    /// <summary>The one answer to an identifier that exists already, in any centre, locked or not.</summary>
    public const string UnavailableIdentifier = "This identifier cannot be used: choose another. Nothing was saved.";

    /// <summary>What the form says when a cell breaks a rule.</summary>
    public const string FieldsToCorrect = "Nothing was saved: correct the fields marked below.";

    private const string SameKey = "A row with the same key exists already (the same lesion, read, cycle or site): change that row instead. Nothing was saved.";
    private const string DatabaseRefused =
        "The database refused this change: a row with the same key exists already, it names something that does not exist " +
        "(a lesion, a read, a centre), or other rows still refer to the row you deleted. Nothing was saved.";

    /// <summary>Saves one form alone: its names as the form writes them (<c>new:date</c>, <c>reason</c>).</summary>
    public Task<Result> RunAsync(Account actor, CrfForm form, string patientId, IReadOnlyDictionary<string, string> posted, CancellationToken cancellation) =>
        SaveFormsAsync(actor, [(form, posted)], patientId, posted, cancellation);

    /// <summary>
    /// Saves the forms of one page in one audited save with the page's one reason: each form's names
    /// after its prefix (<see cref="FormRows.Posted"/>: <c>prrt_cycles/new-2:date</c>), so that a save
    /// keeps what was typed in every table of the page; a field's message names its prefixed cell.
    /// </summary>
    public Task<Result> RunAsync(Account actor, IReadOnlyList<CrfForm> forms, string patientId, IReadOnlyDictionary<string, string> posted,
        CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(forms);
        ArgumentNullException.ThrowIfNull(posted);
        var parts = forms.Select(f => (f, (IReadOnlyDictionary<string, string>)Unprefixed(posted, FormRows.Prefix(f)))).ToList();
        return SaveFormsAsync(actor, parts, patientId, posted, cancellation, prefixed: true);
    }

    private static Dictionary<string, string> Unprefixed(IReadOnlyDictionary<string, string> posted, string prefix) =>
        posted.Where(p => p.Key.StartsWith(prefix, StringComparison.Ordinal)).ToDictionary(p => p.Key[prefix.Length..], p => p.Value, StringComparer.Ordinal);

    private async Task<Result> SaveFormsAsync(Account actor, IReadOnlyList<(CrfForm Form, IReadOnlyDictionary<string, string> Posted)> parts, string patientId,
        IReadOnlyDictionary<string, string> page, CancellationToken cancellation, bool prefixed = false)
    {
        ArgumentNullException.ThrowIfNull(page);
        try
        {
            var adding = false;
            foreach (var (form, posted) in parts)
            {
                var access = await FormAccess.CheckAsync(db, actor, form, patientId, CrfAccess.Write, cancellation).ConfigureAwait(false);
                if (access.Refusal is { } refused)
                    return refused;
                var applied = await ApplyAsync(actor, form, access.Value.Table, patientId, posted, cancellation).ConfigureAwait(false);
                if (applied.Refusal is { } notApplied)
                    return prefixed ? Prefixed(notApplied, FormRows.Prefix(form)) : notApplied;
                adding |= applied.Value;
            }
            return await SaveAsync(actor, page, adding, cancellation).ConfigureAwait(false);
        }
        finally
        {
            CohortRowTracking.Forget(db);
        }
    }

    /// <summary>A refusal whose field messages name the cells as the page posted them.</summary>
    private static Refusal Prefixed(Refusal refusal, string prefix) =>
        refusal.Fields.Count == 0 ? refusal
            : refusal with { Fields = refusal.Fields.Select(f => f.Field == "reason" ? f : f with { Field = prefix + f.Field }).ToList() };

    /// <summary>Applies one form's changes to the context (nothing saved yet): whether it adds a row, or the refusal.</summary>
    private async Task<Result<bool>> ApplyAsync(Account actor, CrfForm form, CrfTable table, string patientId, IReadOnlyDictionary<string, string> posted,
        CancellationToken cancellation)
    {
        var shape = FormShape.Of(db, form, table);
        var stored = form.CreatesPatient
            ? []
            : await shape.Table.RowsOf(db, patientId).ToListAsync(cancellation).ConfigureAwait(false);
        var proposal = form.CreatesPatient ? null : await KeyProposal.ForAsync(db, shape.Table, patientId, stored, cancellation).ConfigureAwait(false);
        var read = ReadPosted(form, shape, patientId, stored, posted, proposal);
        if (read.Refusal is { } invalid)
            return invalid;
        var changes = read.Value;
        var stale = changes.Where(c => !c.Adds).Select(c => StaleForm.Check(db, shape, posted, c)).OfType<string>().ToList();
        if (stale.Count > 0)
            return Refusal.Conflict(string.Join(" ", stale));
        var adding = false;
        foreach (var change in changes)
        {
            if (change.Adds)
            {
                if (await AddAsync(actor, shape, stored, change, cancellation).ConfigureAwait(false) is { } notAdded)
                    return notAdded;
                stored.Add(change.Row);
                adding = true;
            }
            else if (change.Deletes)
            {
                db.Remove(change.Row);
            }
            else
            {
                // Only the new values: the old ones are the stored ones, which the storage layer reads again when it saves.
                var entry = db.Entry(change.Row);
                foreach (var i in change.Changed)
                    entry.Property(shape.Properties[i].Name).CurrentValue = change.Values[i];
            }
        }
        return adding;
    }

    /// <summary>
    /// Reads the posted cells of every row shown (the stored rows, then the new ones posted —
    /// <c>new</c>, <c>new-2</c>… — when rows may be added): the changes to make, or the cells that
    /// break a rule. A stored row's key cannot change: its posted value is ignored. A new row's key
    /// left blank is the <paramref name="proposal"/>'s next free value; a new row holding nothing but
    /// its key (the proposal shown) is no row.
    /// </summary>
    private static Result<List<FormChange>> ReadPosted(CrfForm form, FormShape shape, string patientId, List<CohortRow> stored,
        IReadOnlyDictionary<string, string> posted, KeyProposal? proposal)
    {
        var issues = new List<FieldProblem>();
        var changes = new List<FormChange>();
        var rows = stored.Select(r => (Key: FormRows.Key(r), Row: (CohortRow?)r)).ToList();
        if (form.CanAdd)
            rows.AddRange(NewRows(form, posted).Select(k => (k, (CohortRow?)null)));
        var proposed = proposal is null ? [] : Proposed(shape, posted, rows.Where(r => r.Row is null).Select(r => r.Key), proposal);
        foreach (var (key, row) in rows)
        {
            // Rows are deleted where they are added: a single-row form (the patient's) deletes nothing.
            var deleting = form.CanAdd && row is not null && posted.GetValueOrDefault($"delete:{key}") is "on" or "yes" or "true";
            var values = new object?[shape.Columns.Count];
            var any = false;
            var rowIssues = new List<FieldProblem>();
            for (var i = 0; i < shape.Columns.Count; i++)
            {
                var column = shape.Columns[i];
                var cell = FormRows.Cell(key, column.Name);
                var text = shape.IsEditable(key, column) ? posted.GetValueOrDefault(cell) ?? "" : RowCells.Text(shape.Properties[i], row!);
                if (row is null && column.Name == proposal?.Column)
                    text = proposed.GetValueOrDefault(key) ?? text;
                else
                    any |= text.Trim().Length > 0;
                if (deleting)
                    continue;
                var issue = RowCells.TryParse(shape.Properties[i], column, text, out values[i]);
                if (issue is null && values[i] is null && !shape.Properties[i].IsNullable)
                    issue = FieldRules.RequiredIssue(column.Name);
                if (issue is { } found)
                    rowIssues.Add(new FieldProblem(cell, RowCells.Message(found)));
            }
            if (row is null)
            {
                // An empty new row (or one holding only its proposed key) is no row.
                if (!any)
                    continue;
                issues.AddRange(rowIssues);
                changes.Add(new FormChange(key, shape.Table.NewRow(patientId), values, [], Deletes: false, Adds: true));
                continue;
            }
            issues.AddRange(rowIssues);
            var changed = Changed(shape, row, values);
            if (deleting || changed.Count > 0)
                changes.Add(new FormChange(key, row, values, changed, deleting, Adds: false));
        }
        if (issues.Count > 0)
            return Refusal.Invalid(FieldsToCorrect, issues);
        return changes;
    }

    /// <summary>The new rows posted, in order: <c>new</c>, then <c>new-2</c>… up to <see cref="FormRows.MaxNewRows"/>.</summary>
    private static IEnumerable<string> NewRows(CrfForm form, IReadOnlyDictionary<string, string> posted)
    {
        if (form.CreatesPatient)
            return [FormRows.NewRow];
        var keys = posted.Keys.Select(k => k.Split(':')).Where(p => p.Length == 2 && FormRows.IsNew(p[0])).Select(p => p[0]).ToHashSet(StringComparer.Ordinal);
        keys.Add(FormRows.NewRow);
        return keys.OrderBy(k => FormRows.NewRowNumber(k) ?? 1);
    }

    /// <summary>The key of each new row whose key is blank: the proposal's next free value (after the keys typed in the other new rows).</summary>
    private static Dictionary<string, string> Proposed(FormShape shape, IReadOnlyDictionary<string, string> posted, IEnumerable<string> newRows, KeyProposal proposal)
    {
        var keys = newRows.ToList();
        var blank = new List<string>();
        foreach (var key in keys)
        {
            if ((posted.GetValueOrDefault(FormRows.Cell(key, proposal.Column)) ?? "").Trim() is { Length: > 0 } typed)
                proposal.Take(typed);
            else if (shape.Columns.Any(c => c.Name != proposal.Column && (posted.GetValueOrDefault(FormRows.Cell(key, c.Name)) ?? "").Trim().Length > 0))
                blank.Add(key);
        }
        return blank.ToDictionary(k => k, _ => proposal.Next(), StringComparer.Ordinal);
    }

    /// <summary>The editable columns whose posted value is not the stored one (as the trail writes values: 2.5 and 2.50 differ).</summary>
    private static List<int> Changed(FormShape shape, CohortRow row, object?[] values)
    {
        var changed = new List<int>();
        for (var i = 0; i < shape.Columns.Count; i++)
        {
            if (!shape.KeyColumns.Contains(shape.Columns[i].Name)
                && !string.Equals(AuditValues.Format(shape.Properties[i], values[i]),
                    RowCells.Text(shape.Properties[i], row) is { Length: > 0 } t ? t : null, StringComparison.Ordinal))
                changed.Add(i);
        }
        return changed;
    }

    /// <summary>Adds the new row, unless its centre is not the account's or its key is taken (in a row the account may not see too).</summary>
    private async Task<Refusal?> AddAsync(Account actor, FormShape shape, List<CohortRow> stored, FormChange change, CancellationToken cancellation)
    {
        var row = change.Row;
        for (var i = 0; i < shape.Columns.Count; i++)
            shape.Properties[i].PropertyInfo!.SetValue(row, change.Values[i]);
        if (row is PatientRow patient && !Permissions.Reaches(actor, patient.CenterId))
            return Refusal.Forbidden($"You enter the patients of your own centre, {actor.CenterId}, only: set center_id to {actor.CenterId}.");
        if (stored.Any(r => HasSameKey(r, row)))
            return Refusal.Invalid(SameKey);
        if (await KeyTakenAsync(row, cancellation).ConfigureAwait(false))
            return Refusal.Conflict(UnavailableIdentifier);
        db.Add(row);
        return null;
    }

    private async Task<Result> SaveAsync(Account actor, IReadOnlyDictionary<string, string> posted, bool adding, CancellationToken cancellation)
    {
        var reason = (posted.GetValueOrDefault("reason") ?? "").Trim();
        Result saved;
        try
        {
            saved = await AuditedSave.SaveAsync(db, actor, reason, cancellation).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // A name that does not exist, or rows that still refer to a deleted one (an added row meanwhile elsewhere
            // gets the same answer as a taken key, which says nothing of where).
            return adding ? Refusal.Conflict(UnavailableIdentifier) : Refusal.Invalid(DatabaseRefused);
        }
        return saved.Refusal switch
        {
            null => Result.Done,
            { Kind: RefusalKind.Conflict, KeyTaken: true } => adding ? Refusal.Conflict(UnavailableIdentifier) : Refusal.Invalid(DatabaseRefused),
            { Kind: RefusalKind.Invalid } r when r.Fields.Any(f => f.Field != "reason") => Refusal.Invalid(r.Message + "."),
            var r => r,
        };
    }

    /// <summary>
    /// Whether the added row's key (a patient's or a read's identifier…) is used anywhere, in a row the
    /// account may not see included: the answer is then <see cref="UnavailableIdentifier"/>, whoever owns
    /// it and whether it is locked, so that it tells nobody that another centre has that identifier
    /// (docs/security.md, "Blinding and confidentiality").
    /// </summary>
    private async Task<bool> KeyTakenAsync(CohortRow added, CancellationToken cancellation)
    {
        var key = db.Model.FindEntityType(added.GetType())!.FindPrimaryKey()!;
        var values = key.Properties.Select(p => p.PropertyInfo!.GetValue(added)).ToArray();
        return await db.FindAsync(added.GetType(), values, cancellation).ConfigureAwait(false) is not null;
    }

    private bool HasSameKey(CohortRow stored, CohortRow added)
    {
        var key = db.Model.FindEntityType(stored.GetType())!.FindPrimaryKey()!;
        return key.Properties.All(p => p.Name != nameof(CohortRow.Sequence)
            && Equals(p.PropertyInfo!.GetValue(stored), p.PropertyInfo.GetValue(added)));
    }
}
